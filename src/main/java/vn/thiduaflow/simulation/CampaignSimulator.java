package vn.thiduaflow.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.campaign.LowerReportRepository;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.dossier.DossierDecision;
import vn.thiduaflow.dossier.DossierReviewRepository;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ScheduleEntry;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.quota.DelegateQuotaService;
import vn.thiduaflow.report.UpperDelegateRepository;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecisionRepository;
import vn.thiduaflow.rule.RuleViolationException;
import vn.thiduaflow.simulation.SimulationResult.Refusal;
import vn.thiduaflow.simulation.SimulationResult.TimelineEntry;
import vn.thiduaflow.simulation.SimulationResult.WindowProbe;
import vn.thiduaflow.submission.ConferenceSubmission;
import vn.thiduaflow.submission.SubmissionService;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Runs a plan's whole campaign chain through the engine with scripted actors, moving the engine clock
 * ({@link ClockUtil}) through the plan's real timeline: every open task of the chain is completed on the day its actor
 * would act (the plan's dated schedule where it has one, otherwise days derived from the conference date and the
 * plan's deadlines), due jobs run as the clock passes them (timers, and the asynchronous continuations: ballots, lower
 * campaigns and conferences started, reports sent up). Tasks due at the same time are completed in one batch, so a
 * country's 3,000+ conferences advance together. Requires the job executor to be off. Used by the simulation mode
 * and the scenario tests.
 *
 * <p>Issue 22: every conference's scheduling actor first tries the day before its window opens, which rule
 * DATE_IN_WINDOW refuses (kept as {@link SimulationResult#windowProbes}), then goes on as its script says; the
 * secretary of an organization with a vertical line sends its nominee list with one person of its sector in a district
 * or commune as the unit of origin, which the plan's origin check accepts.
 *
 * <p>Issue 23: each task key has one scripted actor ({@link ConferenceTaskActor}, {@link CampaignTaskActor}, found by
 * {@link ScriptedActors}) that says when it acts and what it sends; this class drives the clock, completes the forms
 * and records the outcome. A task without an actor stops the run with an {@link IllegalStateException} when due.
 */
@Service
public class CampaignSimulator {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CampaignSimulator.class);

  /** Upper bound on simulation batches: far above what any chain needs; reaching it means the campaign is stuck. */
  static final int MAX_STEPS = 200_000;

  /** Gateway decisions shown in the timeline even when they pass (failures are always shown). */
  private static final Set<Rule> SHOWN_WHEN_PASSED =
      Set.of(Rule.ATTENDANCE_MODE, Rule.VOTED_COMPOSITION, Rule.DOSSIER_ON_TIME, Rule.LOWER_REPORTS, Rule.DELEGATIONS);

  private final CampaignService campaigns;
  private final ConferenceQueries conferences;
  private final ConferenceRepository conferenceRepository;
  private final PlanCatalog plans;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final RuleDecisionRepository decisions;
  private final EscalationRepository escalations;
  private final UpperDelegateRepository delegates;
  private final DossierReviewRepository dossiers;
  /** The plan's submissions before the conference (issue 22), reported with the result. */
  private final SubmissionService submissions;
  /** Quotas the standing office decides during the campaign (issue 22), reported with the result. */
  private final DelegateQuotaService quotas;
  private final LowerReportRepository lowerReports;
  private final NominationRepository nominations;
  private final NotificationRepository notifications;
  /** The scripted actor of each task key. */
  private final ScriptedActors actors;
  private final vn.thiduaflow.award.CommendationService commendations;

  CampaignSimulator(CampaignService campaigns, ConferenceQueries conferences, ConferenceRepository conferenceRepository,
      PlanCatalog plans, TaskService taskService, ManagementService managementService, RuntimeService runtimeService,
      RuleDecisionRepository decisions, EscalationRepository escalations, UpperDelegateRepository delegates,
      DossierReviewRepository dossiers, LowerReportRepository lowerReports, NominationRepository nominations,
      NotificationRepository notifications, SubmissionService submissions, DelegateQuotaService quotas,
      ScriptedActors actors, vn.thiduaflow.award.CommendationService commendations) {
    this.commendations = commendations;
    this.campaigns = campaigns;
    this.conferences = conferences;
    this.conferenceRepository = conferenceRepository;
    this.plans = plans;
    this.taskService = taskService;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.decisions = decisions;
    this.escalations = escalations;
    this.delegates = delegates;
    this.dossiers = dossiers;
    this.submissions = submissions;
    this.quotas = quotas;
    this.lowerReports = lowerReports;
    this.nominations = nominations;
    this.notifications = notifications;
    this.actors = actors;
  }

  /** Runs a plan's campaign with its default script ({@link SimulationScript#defaultFor}). */
  public SimulationResult run(String planId) {
    return run(planId, SimulationScript.defaultFor(plans.get(planId), plans));
  }

  /**
   * Runs a plan's campaign chain with the given script, from the plan's first scheduled day (or its issue date) at
   * 08:00 until the top campaign's process instance ends.
   *
   * @throws IllegalStateException when the campaign gets stuck (no open task and no pending timer)
   */
  public SimulationResult run(String planId, SimulationScript script) {
    Plan plan = plans.get(planId);
    LocalDate first = plan.scheduled(ScheduleStep.COUNCIL_KICKOFF).map(ScheduleEntry::from).orElse(plan.issuedOn().firstDay());
    ClockUtil.setCurrentTime(EngineClock.toDate(first.atTime(8, 0)));
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    SimulationRun run = new SimulationRun(script, plan, plans, campaigns);
    Campaign top = run.inEngine("start " + planId, () -> campaigns.start(planId));
    String root = top.getProcessInstanceId();
    run.record(new TimelineEntry(EngineClock.now(), top.getIssuerName(),
        "Kế hoạch " + plan.number() + " ban hành; chiến dịch bắt đầu"));
    for (int step = 0; step < MAX_STEPS; step++) {
      if (step % 200 == 0 && step > 0) {
        log.info("Simulation {}: batch {}, engine time {}, {} s", planId, step, EngineClock.now(),
            (System.nanoTime() - started) / 1_000_000_000);
      }
      if (ended(root)) {
        return result(top, plan, run, true, started);
      }
      Map<String, ProcessInstance> chain = new HashMap<>();
      runtimeService.createProcessInstanceQuery().rootProcessInstanceId(root).list()
          .forEach(p -> chain.put(p.getId(), p));
      List<Task> tasks = taskService.createTaskQuery().active().orderByTaskCreateTime().asc().list().stream()
          .filter(t -> chain.containsKey(t.getProcessInstanceId())).toList();
      Set<Long> conferenceIds = new HashSet<>();
      for (Task task : tasks) {
        ProcessInstance p = chain.get(task.getProcessInstanceId());
        if (conferenceInstance(p)) {
          conferenceIds.add(Long.valueOf(p.getBusinessKey()));
        }
      }
      Map<Long, Conference> byId = new HashMap<>();
      conferenceRepository.findAllById(conferenceIds).forEach(c -> byId.put(c.getId(), c));
      LocalDateTime now = EngineClock.now();
      LocalDateTime next = null;
      boolean acted = false;
      for (Task task : tasks) {
        ProcessInstance p = chain.get(task.getProcessInstanceId());
        boolean isConference = conferenceInstance(p);
        Conference conference = isConference ? byId.get(Long.valueOf(p.getBusinessKey())) : null;
        LocalDateTime at = isConference ? plannedTime(run, task, conference)
            : actors.ofCampaignTask(task.getTaskDefinitionKey()).when(task);
        if (at.isAfter(now)) {
          next = min(next, at);
          continue;
        }
        try {
          if (isConference) {
            act(run, task, conference);
          } else {
            actors.ofCampaignTask(task.getTaskDefinitionKey()).act(task, Long.valueOf(p.getBusinessKey()), run);
          }
          acted = true;
        } catch (NullValueException | NotFoundException gone) {
          // the task ended with an earlier one of this batch (e.g. a waiver question answered by the report arriving)
        }
      }
      if (acted) {
        continue;
      }
      // due jobs and the next due date by indexed queries, never the whole job table (a whole country has thousands of
      // timers); a repeating timer's next job (the monthly progress report) is created without the root instance id,
      // so those are picked by activity and instance
      List<Job> cycles = managementService.createJobQuery().activityId(Elements.PROGRESS_REPORT_DUE).list().stream()
          .filter(j -> chain.containsKey(j.getProcessInstanceId()) && !root.equals(j.getRootProcessInstanceId()))
          .toList();
      List<Job> due = new ArrayList<>(managementService.createJobQuery().rootProcessInstanceId(root).executable().list());
      cycles.stream().filter(j -> !j.getDuedate().after(ClockUtil.getCurrentTime())).forEach(due::add);
      if (!due.isEmpty()) {
        for (Job job : due) {
          run.inEngine("job " + job.getJobDefinitionId(), () -> managementService.executeJob(job.getId()));
          if (job.getDuedate() != null) {
            ProcessInstance p = chain.get(job.getProcessInstanceId());
            run.record(new TimelineEntry(now, p == null ? "?" : unitName(run, p),
                "⏰ Hẹn giờ (timer): nhắc việc, quá hạn hoặc báo cáo định kỳ"));
          }
        }
        continue;
      }
      List<Job> upcoming = new ArrayList<>(cycles);
      upcoming.addAll(managementService.createJobQuery().rootProcessInstanceId(root).timers().orderByJobDuedate().asc()
          .listPage(0, 1));
      for (Job job : upcoming) {
        next = min(next, EngineClock.toLocal(job.getDuedate()));
      }
      if (next == null) {
        throw new IllegalStateException("Campaign " + top.getId() + " of plan " + planId
            + " is stuck: no open task and no pending timer at " + now);
      }
      ClockUtil.setCurrentTime(EngineClock.toDate(next));
    }
    throw new IllegalStateException("Campaign of plan " + planId + " did not finish in " + MAX_STEPS + " steps");
  }

  private SimulationResult result(Campaign top, Plan plan, SimulationRun run, boolean completed, long started) {
    logEngineTime(run);
    List<Campaign> chain = campaigns.chain(top.getId());
    List<Long> campaignIds = chain.stream().map(Campaign::getId).toList();
    List<Conference> list = conferenceRepository.findByCampaignIdInOrderById(campaignIds);
    List<Long> ids = list.stream().map(Conference::getId).toList();
    var ruleDecisions = decisions.findByCampaignIdInOrderById(campaignIds);
    var escalated = escalations.findByConferenceIdInOrderById(ids);
    List<TimelineEntry> timeline = new ArrayList<>(run.timeline());
    Map<Long, String> names = new HashMap<>();
    list.forEach(c -> names.put(c.getId(), c.getUnitName()));
    ruleDecisions.stream().filter(d -> !d.isPassed() || SHOWN_WHEN_PASSED.contains(d.getRule()))
        .forEach(d -> timeline.add(new TimelineEntry(d.getDecidedAt(), names.get(d.getConferenceId()),
            (d.isPassed() ? "✓ " : "✗ ") + d.getRule() + ": " + d.getDetail() + " [" + d.getClause() + "]")));
    escalated.forEach(e -> timeline.add(new TimelineEntry(e.getEscalatedAt(), names.get(e.getConferenceId()),
        "⚠ Leo thang " + e.getDeadline() + " (hạn " + e.getDueOn() + ") → " + e.getEscalatedTo())));
    Map<Long, String> issuers = new HashMap<>();
    chain.forEach(c -> issuers.put(c.getId(), c.getIssuerName()));
    List<Notification> sent = notifications.findByCampaignIdIn(campaignIds).stream()
        .sorted(Comparator.comparing(Notification::getId)).toList();
    sent.stream()
        .filter(n -> n.getKind() == NotificationKind.PROGRESS_REPORT)
        .forEach(n -> timeline.add(new TimelineEntry(n.getCreatedAt(), issuers.get(n.getCampaignId()),
            "✉ " + n.getSubject().replace("[Thi Đua Flow] ", ""))));
    timeline.sort(Comparator.comparing(TimelineEntry::at));
    long returns = dossiers.findByConferenceIdInOrderById(ids).stream()
        .filter(r -> r.getDecision() == DossierDecision.RETURN).count();
    Conference topConference = list.stream()
        .filter(c -> c.getCampaignId().equals(top.getId()) && c.getTier() == Tier.OWN).findFirst().orElseThrow();
    List<Nomination> reachedTop = nominations.findByConferenceIdOrderById(topConference.getId()).stream()
        .filter(n -> Boolean.TRUE.equals(n.getApproved())).toList();
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new SimulationResult(top.getId(), plan.id(), completed, timeline, chain, list,
        lowerReports.findByCampaignIdInOrderById(campaignIds), ruleDecisions, run.refusals(), escalated,
        sent,
        delegates.findByConferenceIdInOrderById(ids), reachedTop, returns,
        (System.nanoTime() - started) / 1_000_000, run.engineNanos() / 1_000_000, peak,
        SimulationResult.PilotWindow.of(list, conferences), List.copyOf(run.probes()), submissionsOf(list),
        chain.stream().flatMap(c -> quotas.decidedIn(c.getId()).stream()).toList(), commendationsOf(list));
  }

  /** The commendation decisions the conferences issued (issue 24), each with its unit and number of certificates. */
  private List<SimulationResult.Commended> commendationsOf(List<Conference> list) {
    List<SimulationResult.Commended> issued = new java.util.ArrayList<>();
    for (Conference c : list) {
      for (var d : commendations.decisions(c.getId())) {
        issued.add(new SimulationResult.Commended(c.getUnitName(), d, commendations.recipientCount(d.getId())));
      }
    }
    return issued;
  }

  /** The submissions of the conferences whose plan asks for any (issue 22), in conference order. */
  private List<ConferenceSubmission> submissionsOf(List<Conference> list) {
    Map<Long, Boolean> asks = new HashMap<>();
    return list.stream().filter(c -> asks.computeIfAbsent(c.getCampaignId(),
            id -> !plans.get(campaigns.get(id).getPlanId()).submissions().isEmpty()))
        .flatMap(c -> submissions.of(c.getId()).stream()).toList();
  }

  /**
   * Whether an instance works on one conference (business key = conference id): UnitConference, the duties it calls
   * (UnitDuties, issue 22), or its commendation (Commendation, issue 24).
   */
  private static boolean conferenceInstance(ProcessInstance p) {
    return p.getProcessDefinitionId().startsWith(ProcessModel.UNIT_CONFERENCE + ":")
        || p.getProcessDefinitionId().startsWith(ProcessModel.UNIT_DUTIES + ":")
        || p.getProcessDefinitionId().startsWith(ProcessModel.COMMENDATION + ":");
  }

  private boolean ended(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a == null || b.isBefore(a) ? b : a;
  }


  /** When the scripted actor completes this conference task (engine time): never before an hour after its creation. */
  private LocalDateTime plannedTime(SimulationRun run, Task task, Conference c) {
    LocalDateTime created = EngineClock.toLocal(task.getCreateTime());
    var view = new ConferenceTask(task, c, run.attempts(attemptKey(task, c)), run.plan(c), run);
    LocalDateTime at = actors.ofConferenceTask(task.getTaskDefinitionKey()).when(view);
    return at.isAfter(created) ? at : created.plusHours(1);
  }

  /**
   * Completes the conference task as its actor would; a form that breaks a plan rule is refused at submission (nothing
   * kept, the refusal recorded) and the actor corrects it next time.
   */
  private void act(SimulationRun run, Task task, Conference c) {
    int attempt = run.countAttempt(attemptKey(task, c));
    var view = new ConferenceTask(task, c, attempt, run.plan(c), run);
    TaskForm form = new TaskForm(task.getName());
    actors.ofConferenceTask(task.getTaskDefinitionKey()).complete(view, form);
    WindowProbe probing = form.probe();
    try {
      run.inEngine("complete " + task.getTaskDefinitionKey(), () -> taskService.complete(task.getId(), form.variables()));
    } catch (RuntimeException e) {
      var refused = InvalidInputException.in(e).orElseThrow(() -> e);
      if (refused instanceof RuleViolationException violation) {
        run.refusals().add(new Refusal(EngineClock.now(), c.getId(), violation.result()));
        if (probing != null) {
          run.probes().add(probing.refusedBy(violation.result()));
        }
      }
      run.record(new TimelineEntry(EngineClock.now(), c.getUnitName(), form.what() + " — ✗ bị từ chối (refused): "
          + refused.vietnamese()));
      return;
    }
    if (probing != null) {
      run.probes().add(probing); // accepted: a day before the window passed, which the scenario tests refuse to see
    }
    run.record(new TimelineEntry(EngineClock.now(), c.getUnitName(), form.what()));
  }

  /** How a conference task's attempts are counted: per conference and task key. */
  private static String attemptKey(Task task, Conference c) {
    return c.getId() + "/" + task.getTaskDefinitionKey();
  }

  /** The unit an instance works for: its conference's unit, or its campaign's issuer. */
  private String unitName(SimulationRun run, ProcessInstance p) {
    Long key = Long.valueOf(p.getBusinessKey());
    return conferenceInstance(p)
        ? conferences.get(key).getUnitName() : run.campaign(key).getIssuerName();
  }

  /** Logs where the engine time went, largest first (jobs named by activity where known). */
  private void logEngineTime(SimulationRun run) {
    if (!log.isInfoEnabled()) {
      return;
    }
    Map<String, String> activities = new HashMap<>();
    managementService.createJobDefinitionQuery().list()
        .forEach(d -> activities.put(d.getId(), d.getActivityId() + " (" + d.getJobType() + ")"));
    run.engineByKind().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .limit(15).forEach(e -> {
          String kind = e.getKey().startsWith("job ")
              ? "job " + activities.getOrDefault(e.getKey().substring(4), e.getKey().substring(4)) : e.getKey();
          log.info("Engine time {}: {} ms in {} transactions ({} ms each)", kind, e.getValue()[0] / 1_000_000,
              e.getValue()[1], String.format("%.1f", e.getValue()[0] / 1e6 / e.getValue()[1]));
        });
  }
}

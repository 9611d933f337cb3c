package vn.thiduaflow.simulation;

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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.AttendanceMode;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.campaign.LowerReportRepository;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.CouncilRole;
import vn.thiduaflow.plan.Plan;
import vn.thiduaflow.plan.Plan.TierRules;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.PresentationSource;
import vn.thiduaflow.plan.ScheduleStep;
import vn.thiduaflow.report.DossierDecision;
import vn.thiduaflow.report.DossierReviewRepository;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.report.UpperDelegateRepository;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecisionRepository;
import vn.thiduaflow.rule.RuleViolationException;
import vn.thiduaflow.simulation.SimulationResult.Refusal;
import vn.thiduaflow.simulation.SimulationResult.TimelineEntry;
import vn.thiduaflow.simulation.SimulationResult.WindowProbe;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

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
  private final ConferenceScheduling scheduling;
  private final ConferenceRepository conferenceRepository;
  private final CouncilDirectory councils;
  private final PlanCatalog plans;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final RuleDecisionRepository decisions;
  private final EscalationRepository escalations;
  private final UpperDelegateRepository delegates;
  private final DossierReviewRepository dossiers;
  private final vn.thiduaflow.dossier.ConferenceDocumentService conferenceDocuments;
  /** The plan's submissions before the conference (issue 22): their due days and documents. */
  private final vn.thiduaflow.submission.SubmissionService submissions;
  /** Quotas the standing office decides during the campaign (issue 22). */
  private final vn.thiduaflow.quota.DelegateQuotaService quotas;
  /** The plan's division of work (issue 22): each duty's due day. */
  private final vn.thiduaflow.submission.DutyService duties;
  /** Who of the council above may supervise a unit (issue 22). */
  private final vn.thiduaflow.submission.SupervisionService supervision;
  /** A one-page PDF standing for a signed scan of a dossier document (the simulation uploads it). */
  private static final byte[] SIGNED_SCAN = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"
      + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private final LowerReportRepository lowerReports;
  private final NominationRepository nominations;
  private final WorkingCalendar calendar;
  private final NotificationRepository notifications;
  private final vn.thiduaflow.council.BallotService ballots;

  public CampaignSimulator(CampaignService campaigns, ConferenceQueries conferences, ConferenceScheduling scheduling,
      ConferenceRepository conferenceRepository, CouncilDirectory councils, PlanCatalog plans, TaskService taskService,
      ManagementService managementService, RuntimeService runtimeService, RuleDecisionRepository decisions,
      EscalationRepository escalations, UpperDelegateRepository delegates, DossierReviewRepository dossiers,
      LowerReportRepository lowerReports, NominationRepository nominations, WorkingCalendar calendar,
      NotificationRepository notifications, vn.thiduaflow.council.BallotService ballots,
      vn.thiduaflow.dossier.ConferenceDocumentService conferenceDocuments,
      vn.thiduaflow.submission.SubmissionService submissions, vn.thiduaflow.quota.DelegateQuotaService quotas,
      vn.thiduaflow.submission.DutyService duties, vn.thiduaflow.submission.SupervisionService supervision) {
    this.quotas = quotas;
    this.duties = duties;
    this.supervision = supervision;
    this.conferenceDocuments = conferenceDocuments;
    this.submissions = submissions;
    this.campaigns = campaigns;
    this.ballots = ballots;
    this.conferences = conferences;
    this.scheduling = scheduling;
    this.conferenceRepository = conferenceRepository;
    this.councils = councils;
    this.plans = plans;
    this.taskService = taskService;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.decisions = decisions;
    this.escalations = escalations;
    this.delegates = delegates;
    this.dossiers = dossiers;
    this.lowerReports = lowerReports;
    this.nominations = nominations;
    this.calendar = calendar;
    this.notifications = notifications;
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
    LocalDate first = plan.scheduled(ScheduleStep.COUNCIL_KICKOFF).map(Plan.ScheduleEntry::from).orElse(plan.issuedOn().firstDay());
    ClockUtil.setCurrentTime(EngineClock.toDate(first.atTime(8, 0)));
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    Run run = new Run(script);
    run.rootPlan = plan;
    Campaign top = run.inEngine("start " + planId, () -> campaigns.start(planId));
    String root = top.getProcessInstanceId();
    run.timeline.add(new TimelineEntry(EngineClock.now(), top.getIssuerName(),
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
        LocalDateTime at = isConference ? run.plannedTime(task, conference) : run.plannedCampaignTime(task);
        if (at.isAfter(now)) {
          next = min(next, at);
          continue;
        }
        try {
          if (isConference) {
            run.act(task, conference);
          } else {
            run.actForCampaign(task, Long.valueOf(p.getBusinessKey()));
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
            run.timeline.add(new TimelineEntry(now, p == null ? "?" : run.unitName(p),
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

  private SimulationResult result(Campaign top, Plan plan, Run run, boolean completed, long started) {
    run.logEngineTime();
    List<Campaign> chain = campaigns.chain(top.getId());
    List<Long> campaignIds = chain.stream().map(Campaign::getId).toList();
    List<Conference> list = conferenceRepository.findByCampaignIdInOrderById(campaignIds);
    List<Long> ids = list.stream().map(Conference::getId).toList();
    var ruleDecisions = decisions.findByCampaignIdInOrderById(campaignIds);
    var escalated = escalations.findByConferenceIdInOrderById(ids);
    List<TimelineEntry> timeline = new ArrayList<>(run.timeline);
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
        .filter(c -> c.getCampaignId().equals(top.getId()) && c.getTier() == Plan.Tier.OWN).findFirst().orElseThrow();
    List<Nomination> reachedTop = nominations.findByConferenceIdOrderById(topConference.getId()).stream()
        .filter(n -> Boolean.TRUE.equals(n.getApproved())).toList();
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new SimulationResult(top.getId(), plan.id(), completed, timeline, chain, list,
        lowerReports.findByCampaignIdInOrderById(campaignIds), ruleDecisions, run.refusals, escalated,
        sent,
        delegates.findByConferenceIdInOrderById(ids), reachedTop, returns,
        (System.nanoTime() - started) / 1_000_000, run.engineNanos / 1_000_000, peak,
        SimulationResult.PilotWindow.of(list, conferences), List.copyOf(run.probes), submissionsOf(list),
        chain.stream().flatMap(c -> quotas.decidedIn(c.getId()).stream()).toList());
  }

  /** The submissions of the conferences whose plan asks for any (issue 22), in conference order. */
  private List<vn.thiduaflow.submission.ConferenceSubmission> submissionsOf(List<Conference> list) {
    Map<Long, Boolean> asks = new HashMap<>();
    return list.stream().filter(c -> asks.computeIfAbsent(c.getCampaignId(),
            id -> !plans.get(campaigns.get(id).getPlanId()).submissions().isEmpty()))
        .flatMap(c -> submissions.of(c.getId()).stream()).toList();
  }

  /**
   * Whether an instance works on one conference (business key = conference id): UnitConference, or the duties it calls
   * (UnitDuties, issue 22).
   */
  private static boolean conferenceInstance(ProcessInstance p) {
    return p.getProcessDefinitionId().startsWith(ProcessModel.UNIT_CONFERENCE + ":")
        || p.getProcessDefinitionId().startsWith(ProcessModel.UNIT_DUTIES + ":");
  }

  private boolean ended(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /** The state of one simulation: the plan, the script, how often each actor has acted, the timeline. */
  private final class Run {
    private final SimulationScript script;
    private final Map<String, Integer> attempts = new HashMap<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    /** Each conference's first scheduling try, the day before its window opens (issue 22), and how it was refused. */
    private final List<WindowProbe> probes = new ArrayList<>();
    /** The plan started at the top of the chain (its unit selections guide the scripted nominee source). */
    private Plan rootPlan;
    private final Map<Long, Plan> planOfCampaign = new HashMap<>();
    private final Map<Long, Campaign> campaignById = new HashMap<>();
    /** When a late-reporting unit records its conference: fixed the first time (30 days after its report was due). */
    private final Map<Long, LocalDateTime> lateHolding = new HashMap<>();
    /** Wall-clock nanoseconds spent in the engine's transactions (see {@link SimulationResult#engineMillis}). */
    private long engineNanos;
    /** Engine nanoseconds and count per kind of transaction ("complete UserTask_VoteOnNominees", "job <id>"). */
    private final Map<String, long[]> engineByKind = new HashMap<>();

    Run(SimulationScript script) {
      this.script = script;
    }

    /** Runs one engine transaction of the given kind, its time counted as engine time. */
    <T> T inEngine(String kind, java.util.function.Supplier<T> transaction) {
      long before = System.nanoTime();
      try {
        return transaction.get();
      } finally {
        long nanos = System.nanoTime() - before;
        engineNanos += nanos;
        long[] sum = engineByKind.computeIfAbsent(kind, k -> new long[2]);
        sum[0] += nanos;
        sum[1]++;
      }
    }

    void inEngine(String kind, Runnable transaction) {
      inEngine(kind, () -> {
        transaction.run();
        return null;
      });
    }

    /** Logs where the engine time went, largest first (jobs named by activity where known). */
    void logEngineTime() {
      if (!log.isInfoEnabled()) {
        return;
      }
      Map<String, String> activities = new HashMap<>();
      managementService.createJobDefinitionQuery().list()
          .forEach(d -> activities.put(d.getId(), d.getActivityId() + " (" + d.getJobType() + ")"));
      engineByKind.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
          .limit(15).forEach(e -> {
            String kind = e.getKey().startsWith("job ")
                ? "job " + activities.getOrDefault(e.getKey().substring(4), e.getKey().substring(4)) : e.getKey();
            log.info("Engine time {}: {} ms in {} transactions ({} ms each)", kind, e.getValue()[0] / 1_000_000,
                e.getValue()[1], String.format("%.1f", e.getValue()[0] / 1e6 / e.getValue()[1]));
          });
    }

    private Plan plan(Conference c) {
      return planOfCampaign.computeIfAbsent(c.getCampaignId(), id -> plans.get(campaign(id).getPlanId()));
    }

    private Campaign campaign(Long id) {
      return campaignById.computeIfAbsent(id, campaigns::get);
    }

    String unitName(ProcessInstance p) {
      Long key = Long.valueOf(p.getBusinessKey());
      return conferenceInstance(p)
          ? conferences.get(key).getUnitName() : campaign(key).getIssuerName();
    }

    /** The chair of the unit above decides on a missing report the day after being asked. */
    LocalDateTime plannedCampaignTime(Task task) {
      LocalDateTime created = EngineClock.toLocal(task.getCreateTime());
      return created.toLocalDate().plusDays(1).atTime(9, 0);
    }

    /**
     * The chair's decision on a missing report: wait 7 more days; the second time, waive the unit if the script says
     * so, else keep waiting.
     */
    void actForCampaign(Task task, Long campaignId) {
      if (Elements.DECIDE_DELEGATE_QUOTA.equals(task.getTaskDefinitionKey())) {
        decideQuota(task, campaignId);
        return;
      }
      if (!Elements.DECIDE_MISSING_REPORT.equals(task.getTaskDefinitionKey())) {
        throw new IllegalStateException("No scripted actor for task " + task.getTaskDefinitionKey());
      }
      String unit = (String) taskService.getVariable(task.getId(), ProcessModel.Vars.LOWER_UNIT_CODE);
      Campaign above = campaign(campaignId);
      String chair = councils.holder(above.getAdminStructure(), above.getIssuerCode(), CouncilRole.CHAIR);
      inEngine("claim " + task.getTaskDefinitionKey(), () -> taskService.claim(task.getId(), chair));
      String key = campaignId + "/" + unit + "/" + task.getTaskDefinitionKey();
      int attempt = attempts.getOrDefault(key, 0);
      attempts.put(key, attempt + 1);
      Map<String, Object> vars = new HashMap<>();
      String unitName = campaigns.lowerReports(campaignId).stream().filter(r -> r.getUnitCode().equals(unit))
          .findFirst().map(LowerReport::getUnitName).orElse(unit);
      String what;
      if (attempt >= 1 && script.waivedReport().contains(unit)) {
        vars.put(Fields.MISSING_REPORT_DECISION, "WAIVE");
        vars.put(Fields.WAIVER_REASON, "Đơn vị chưa tổ chức xong Hội nghị; miễn để kịp tiến độ Đại hội cấp trên");
        what = task.getName() + ": MIỄN " + unitName + " (có lý do)";
      } else {
        LocalDate until = EngineClock.today().plusDays(7);
        vars.put(Fields.MISSING_REPORT_DECISION, "WAIT");
        vars.put(Fields.WAIT_UNTIL, until.toString());
        what = task.getName() + ": chờ " + unitName + " đến " + until;
      }
      inEngine("complete " + task.getTaskDefinitionKey(), () -> taskService.complete(task.getId(), vars));
      timeline.add(new TimelineEntry(EngineClock.now(), campaign(campaignId).getIssuerName(), what));
    }

    private String dutyCode(Task task) {
      return (String) taskService.getVariable(task.getId(), ProcessModel.Vars.DUTY_CODE);
    }

    private String submissionCode(Task task) {
      return (String) taskService.getVariable(task.getId(), ProcessModel.Vars.SUBMISSION_CODE);
    }

    /**
     * The scripted standing office decides a lower unit's quota: the plan's starting proposal where it gives one, else
     * an equal share of the congress's official delegates (one collective, the rest individuals, at most five); the
     * first unit's first decision gives it the whole congress, which is refused (the total would exceed it), and the
     * office then decides the share.
     */
    private void decideQuota(Task task, Long campaignId) {
      String unit = (String) taskService.getVariable(task.getId(), ProcessModel.Vars.LOWER_UNIT_CODE);
      Campaign campaign = campaign(campaignId);
      String office = councils.holder(campaign.getAdminStructure(), campaign.getIssuerCode(), CouncilRole.STANDING_OFFICE);
      inEngine("claim " + task.getTaskDefinitionKey(), () -> taskService.claim(task.getId(), office));
      String key = campaignId + "/" + unit + "/" + task.getTaskDefinitionKey();
      int attempt = attempts.getOrDefault(key, 0);
      attempts.put(key, attempt + 1);
      Plan plan = plans.get(campaign.getPlanId());
      List<String> units = quotas.unitsToDecide(campaignId);
      int cap = vn.thiduaflow.quota.DelegateQuotaService.totalCap(plan);
      var report = campaigns.lowerReports(campaignId).stream().filter(r -> r.getUnitCode().equals(unit)).findFirst()
          .orElseThrow();
      var rule = plan.levels().get(report.getUnitLevel()).upperQuota();
      int share = Math.max(1, cap / Math.max(1, units.size()));
      int collectives = rule.collectives() + rule.individuals() > 0 ? rule.collectives() : 1;
      int individuals = rule.collectives() + rule.individuals() > 0 ? rule.individuals() : Math.min(5, share - 1);
      if (attempt == 0 && unit.equals(units.get(0)) && units.size() > 1) {
        collectives = 0;
        individuals = cap + 1; // more than the whole congress: refused
      }
      Map<String, Object> vars = new HashMap<>();
      vars.put(vn.thiduaflow.quota.DelegateQuotaService.FIELD_COLLECTIVES, collectives);
      vars.put(vn.thiduaflow.quota.DelegateQuotaService.FIELD_INDIVIDUALS, individuals);
      String what = task.getName() + ": " + collectives + " tập thể, " + individuals + " cá nhân";
      try {
        inEngine("complete " + task.getTaskDefinitionKey(), () -> taskService.complete(task.getId(), vars));
      } catch (RuntimeException e) {
        var refused = InvalidInputException.in(e).orElseThrow(() -> e);
        timeline.add(new TimelineEntry(EngineClock.now(), campaign.getIssuerName(), what + " — ✗ bị từ chối (refused): "
            + refused.vietnamese()));
        return;
      }
      timeline.add(new TimelineEntry(EngineClock.now(), campaign.getIssuerName(), what));
    }

    private int attempt(Task task, Conference c) {
      return attempts.getOrDefault(c.getId() + "/" + task.getTaskDefinitionKey(), 0);
    }

    /** When the scripted actor completes this task (engine time). */
    LocalDateTime plannedTime(Task task, Conference c) {
      LocalDateTime created = EngineClock.toLocal(task.getCreateTime());
      LocalDate d = c.getScheduledOn();
      Plan plan = plan(c);
      int attempt = attempt(task, c);
      String unit = c.getUnitCode();
      LocalDateTime at = switch (task.getTaskDefinitionKey()) {
        case Elements.CONSULT_UPPER_COUNCIL -> created.toLocalDate().plusDays(1).atTime(9, 0);
        case Elements.PROPOSE_COMPOSITION -> attempt == 0
            ? scheduled(plan, ScheduleStep.COUNCIL_VOTE, 8, created.toLocalDate().plusDays(1).atTime(9, 0))
            : created.toLocalDate().plusDays(1).atTime(9, 0);
        // the try of the day before the window and the next one are made together (issue 22)
        case Elements.SCHEDULE_CONFERENCE -> attempt <= 1
            ? scheduled(plan, ScheduleStep.PLAN_DISTRIBUTION, 9, created.toLocalDate().plusDays(1).atTime(9, 0))
            : created.toLocalDate().plusDays(1).atTime(9, 0);
        case Elements.SUBMIT_NOMINATIONS -> {
          LocalDate deadline = plan.nominationDeadlineFor(conferences.tierOf(c)).deadlineFor(d, calendar);
          yield script.lateNominations().contains(unit) ? deadline.plusDays(3).atTime(9, 0)
              : scheduled(plan, ScheduleStep.NOMINATION_SUBMISSION, 9, deadline.minusDays(2).atTime(9, 0));
        }
        case Elements.VOTE_ON_NOMINEES -> scheduled(plan, ScheduleStep.COUNCIL_VOTE, 14,
            created.toLocalDate().atTime(14, 0));
        case Elements.SUBMIT_DOSSIER -> {
          LocalDate deadline = plan.dossierDeadlineFor(conferences.tierOf(c)).deadlineFor(d, calendar);
          if (attempt > 0) {
            yield created.toLocalDate().plusDays(1).atTime(9, 0);
          }
          yield script.lateDossier().contains(unit) ? deadline.minusDays(1).atTime(9, 0)
              : scheduled(plan, ScheduleStep.DOSSIER_PREPARATION, 16, deadline.minusDays(5).atTime(9, 0));
        }
        case Elements.REVIEW_DOSSIER -> {
          LocalDate deadline = plan.dossierDeadlineFor(conferences.tierOf(c)).deadlineFor(d, calendar);
          if (script.lateDossier().contains(unit)) {
            yield deadline.plusDays(2).atTime(10, 0);
          }
          yield plan.scheduled(ScheduleStep.DOSSIER_PREPARATION).map(e -> e.end().atTime(15, 0))
              .orElse(created.toLocalDate().plusDays(1).atTime(10, 0));
        }
        case Elements.HOLD_CONFERENCE -> script.lateReport().contains(unit)
            ? lateHolding.computeIfAbsent(c.getId(), id -> reportDue(c).plusDays(30).atTime(11, 0))
            : d.atTime(11, 0);
        // issue 22: the office sets up the committee the next morning; the secretary sends each submission the next
        // morning or on its last day if that comes first — a secretary who is late with the nominations is late with
        // these too (3 days after the due day)
        case Elements.ESTABLISH_ORGANIZING_COMMITTEE -> created.toLocalDate().plusDays(1).atTime(9, 0);
        case Elements.SEND_SUBMISSION -> {
          LocalDate due = submissions.dueDay(c.getId(), submissionCode(task));
          LocalDateTime next = created.toLocalDate().plusDays(1).atTime(9, 0);
          yield script.lateNominations().contains(unit) ? due.plusDays(3).atTime(9, 0)
              : next.isAfter(due.atTime(9, 0)) ? due.atTime(9, 0) : next;
        }
        // issue 22: each duty's holder reports it done the next morning, or on its last day if that comes first (a unit
        // late with its nominations is late with its duties too); the office above assigns a supervisor the next morning
        case Elements.REPORT_DUTY_DONE -> {
          LocalDate due = duties.dueDay(c.getId(), dutyCode(task));
          LocalDateTime next = created.toLocalDate().plusDays(1).atTime(9, 0);
          yield script.lateNominations().contains(unit) ? due.plusDays(3).atTime(9, 0)
              : next.isAfter(due.atTime(9, 0)) ? due.atTime(9, 0) : next;
        }
        case Elements.ASSIGN_SUPERVISOR -> created.toLocalDate().plusDays(1).atTime(9, 0);
        default -> created.plusHours(1);
      };
      return at.isAfter(created) ? at : created.plusHours(1);
    }

    /** The day the unit's report is due at the campaign above (its conference is held after it when reporting late). */
    private LocalDate reportDue(Conference c) {
      Long above = c.getTier() == Plan.Tier.LOWER ? c.getCampaignId() : campaign(c.getCampaignId()).getParentCampaignId();
      return above == null ? c.getScheduledOn() : lowerReports.findByCampaignIdAndUnitCode(above, c.getUnitCode())
          .map(LowerReport::getDueOn).orElse(c.getScheduledOn());
    }

    private LocalDateTime scheduled(Plan plan, ScheduleStep step, int hour, LocalDateTime otherwise) {
      return plan.scheduled(step).map(e -> e.from().atTime(hour, 0)).orElse(otherwise);
    }

    /** Completes the task as its actor would. */
    void act(Task task, Conference c) {
      int attempt = attempt(task, c);
      attempts.put(c.getId() + "/" + task.getTaskDefinitionKey(), attempt + 1);
      Map<String, Object> vars = new HashMap<>();
      String what = task.getName();
      String unit = c.getUnitCode();
      Plan plan = plan(c);
      TierRules tier = conferences.tierOf(c);
      WindowProbe probing = null;
      switch (task.getTaskDefinitionKey()) {
        case Elements.CONSULT_UPPER_COUNCIL -> {
          vars.put(Fields.PILOT_PLAN_AGREED, true);
          vars.put(Fields.PILOT_PLAN_OPINION, "Thống nhất kế hoạch đơn vị điểm");
        }
        case Elements.SCHEDULE_CONFERENCE -> {
          LocalDate date = keepOutsideEventOrder(c, conferenceDate(plan, c));
          boolean wrongDate = script.wrongDateFirst().contains(unit);
          if (attempt == 0) {
            // issue 22 ("the simulation also tries a date before each window opens"): the first try is the day before
            // the conference's window opens, refused with rule DATE_IN_WINDOW; the actor then goes on as scripted
            date = conferences.windowOf(c).from().minusDays(1);
            probing = new WindowProbe(EngineClock.now(), c.getId(), c.getUnitName(), conferences.windowOf(c), date,
                null);
            what += " (thử ngày trước khi mở thời gian tổ chức)";
          } else if (wrongDate && attempt == 1) {
            date = conferences.windowOf(c).to().plusDays(10);
          } else if (attempt == (wrongDate ? 2 : 1)) {
            // a tier held before (or after) an outside event first tries the nearest day on the wrong side: refused
            // with rule OUTSIDE_EVENT_ORDER, then the day kept on the right side
            date = wrongSideOfOutsideEvent(c, date).orElse(date);
          }
          vars.put(Fields.CONFERENCE_FORM, tier.forms().get(0).name());
          vars.put(Fields.CONFERENCE_DATE, date.toString());
          if (tier.edition() == null) {
            vars.put(Fields.EDITION, "III");
          }
          what += ": " + tier.forms().get(0).label() + ", ngày " + date;
        }
        case Elements.SUBMIT_NOMINATIONS -> {
          vars.put(Fields.NOMINATIONS_SENT, true);
          if (attempt == 0) {
            // issue 22: a department with a vertical line nominates one person of its sector in a district or commune
            var origin = verticalLineOrigin(c);
            if (origin.isPresent()) {
              vars.put(Fields.NOMINEES, nomineeRowsWithOrigin(c, origin.get().code()));
              what += ": 1 cá nhân đề cử từ hệ thống dọc — " + origin.get().name();
            }
          }
        }
        case Elements.PROPOSE_COMPOSITION -> {
          boolean bad = script.badCompositionFirst().contains(unit) && attempt == 0;
          compose(plan, c, tier, bad, vars);
          what += ": " + vars.get(Fields.EXEMPLAR_DELEGATES) + " điển hình + " + vars.get(Fields.GUEST_DELEGATES)
              + " khách mời";
        }
        case Elements.VOTE_ON_NOMINEES -> {
          List<String> members = councils.votingMembers(c.getId());
          boolean reject = script.failedVoteFirst().contains(unit) && c.getVoteRound() == 1
              && members.indexOf(task.getAssignee()) >= members.size() / 2 - 1;
          // a mark per nominee of the ballot: agree with every one, or (scripted) with none
          int nominees = ballots.blankBallot(c.getId()).size();
          vars.put(Fields.BALLOT, java.util.stream.IntStream.range(0, nominees)
              .mapToObj(i -> reject ? "{\"choice\":\"REJECT\"}" : "{\"choice\":\"APPROVE\"}")
              .collect(java.util.stream.Collectors.joining(",", "[", "]")));
          what += " (" + task.getAssignee() + ")";
        }
        case Elements.SIGN_VOTE_MINUTES -> vars.put(Fields.MINUTES_SIGNED, true);
        case Elements.SUBMIT_DOSSIER -> {
          // the secretary uploads a signed scan of every required document (again after a return: replaced)
          int uploaded = uploadDossier(plan, c);
          what += ": " + uploaded + " tài liệu";
        }
        case Elements.REVIEW_DOSSIER -> {
          boolean ret = script.returnedDossier().contains(unit) && attempt == 0;
          vars.put(Fields.DOSSIER_DECISION, ret ? "RETURN" : "APPROVE");
          if (ret) {
            var report = plan.dossier().documents().stream()
                .filter(doc -> doc.generated() == Plan.GeneratedDraft.SUMMARY_REPORT).findFirst()
                .orElse(plan.dossier().documents().get(0));
            vars.put(vn.thiduaflow.dossier.DossierFields.DOCUMENT_REVIEW, "[{\"code\":\"" + report.code()
                + "\",\"verdict\":\"NEEDS_REVISION\",\"reason\":\"Thiếu số liệu khen thưởng 5 năm; đề nghị bổ sung\"}]");
            vars.put(Fields.RETURN_REASON, "Báo cáo tổng kết thiếu số liệu khen thưởng 5 năm; đề nghị bổ sung");
            what += ": TRẢ LẠI («" + report.title() + "» cần sửa)";
          } else {
            what += ": CHẤP THUẬN";
          }
        }
        case Elements.DECIDE_LATE_DOSSIER -> {
          LocalDate moved = c.getScheduledOn().plusDays(7);
          // against a fixed dossier date a new conference day cures nothing: the chair holds it as scheduled
          if (conferences.windowOf(c).contains(moved)
              && plan.dossierDeadlineFor(conferences.tierOf(c)).fixedDate() == null) {
            vars.put(Fields.LATE_DOSSIER_ACTION, "RESCHEDULE");
            vars.put(Fields.NEW_CONFERENCE_DATE, moved.toString());
            what += ": dời sang " + moved;
          } else {
            vars.put(Fields.LATE_DOSSIER_ACTION, "HOLD_AS_SCHEDULED");
            vars.put(Fields.LATE_DOSSIER_REASON, "Không còn ngày trong thời gian Kế hoạch; giữ nguyên lịch");
            what += ": giữ nguyên lịch";
          }
        }
        case Elements.HOLD_CONFERENCE -> {
          int plenary = c.getStaffCount() + c.getGuestDelegates();
          var cap = conferences.tierOf(c).delegateCap();
          vars.put(Fields.ATTENDEE_COUNT, c.getAttendanceMode() == AttendanceMode.PLENARY
              ? (cap.bindsPlenary() ? Math.min(plenary, cap.value()) : plenary) : c.totalDelegates());
          vars.put(Fields.PROGRAMME_FOLLOWED, true);
          vars.put(Fields.HELD_ON, c.getScheduledOn().toString());
          // the office scans the signed minutes into the task's «Hồ sơ đính kèm» tab
          conferenceDocuments.record(c.getId(), Plan.DossierDocument.RESERVED_MINUTES, "bien-ban-hoi-nghi.pdf",
              SIGNED_SCAN, "simulation");
          vars.put(Fields.UPPER_DELEGATES, upperDelegateChoice(c).toString()); // a JSON array of ids: [12, 15]
          what += ": " + c.getOfficialName().replace("\n", " — ");
        }
        case Elements.ESTABLISH_ORGANIZING_COMMITTEE -> {
          // the office scans the signed decision into the tab and lists the committee: a head, and a member for each
          // sub-committee the plan requires
          conferenceDocuments.record(c.getId(), vn.thiduaflow.plan.SubmissionRule.COMMITTEE_DECISION,
              "quyet-dinh-thanh-lap-ban-to-chuc.pdf", SIGNED_SCAN, "simulation");
          StringBuilder members = new StringBuilder("[{\"fullName\":\"Trưởng ban (mô phỏng)\",\"role\":\"HEAD\","
              + "\"subCommittee\":\"NONE\"}");
          var rule = plan.organizingCommittee();
          for (var sub : rule == null ? List.<vn.thiduaflow.plan.OrganizingCommitteeRule.SubCommittee>of()
              : rule.subCommittees()) {
            members.append(",{\"fullName\":\"Thành viên ").append(sub.label()).append(" (mô phỏng)\",\"role\":"
                + "\"MEMBER\",\"subCommittee\":\"").append(sub.name()).append("\"}");
          }
          vars.put(Fields.COMMITTEE_MEMBERS, members.append("]").toString());
          vars.put(Fields.DECISION_NUMBER, "01/QĐ-UBND");
          vars.put(Fields.DECISION_DATE, EngineClock.today().toString());
        }
        case Elements.SEND_SUBMISSION -> {
          String code = submissionCode(task);
          var rule = submissions.rule(c.getId(), code);
          for (String doc : rule.requiredCodes()) {
            if (conferenceDocuments.missing(c.getId(), List.of(doc)).isEmpty()) {
              continue; // the committee's decision, uploaded with the committee
            }
            conferenceDocuments.record(c.getId(), doc, doc + "-da-ky.pdf", SIGNED_SCAN, "simulation");
          }
          what += " (hạn " + submissions.dueDay(c.getId(), code) + ")";
        }
        case Elements.REPORT_DUTY_DONE -> {
          String code = dutyCode(task);
          vars.put(Fields.DUTY_NOTE, "Đã thực hiện theo phân công (mô phỏng)");
          what += " (hạn " + duties.dueDay(c.getId(), code) + ")";
        }
        case Elements.ASSIGN_SUPERVISOR -> {
          // the office above assigns its council's members in turn, one unit after another
          var members = supervision.candidates(c.getId());
          var chosen = members.get((int) (c.getId() % members.size()));
          vars.put(Fields.SUPERVISOR, chosen.getUsername());
          what += ": " + chosen.getFullName() + " (" + chosen.getUsername() + ")";
        }
        default -> throw new IllegalStateException("No scripted actor for task " + task.getTaskDefinitionKey());
      }
      try {
        inEngine("complete " + task.getTaskDefinitionKey(), () -> taskService.complete(task.getId(), vars));
      } catch (RuntimeException e) {
        // a form that breaks a plan rule is refused at submission (nothing kept); the actor corrects it next time
        var refused = InvalidInputException.in(e).orElseThrow(() -> e);
        if (refused instanceof RuleViolationException violation) {
          refusals.add(new Refusal(EngineClock.now(), c.getId(), violation.result()));
          if (probing != null) {
            probes.add(probing.refusedBy(violation.result()));
          }
        }
        timeline.add(new TimelineEntry(EngineClock.now(), c.getUnitName(), what + " — ✗ bị từ chối (refused): "
            + refused.vietnamese()));
        return;
      }
      if (probing != null) {
        probes.add(probing); // accepted: a day before the window passed, which the scenario tests refuse to see
      }
      timeline.add(new TimelineEntry(EngineClock.now(), c.getUnitName(), what));
    }

    /**
     * The scripted office's choice of delegates to the upper-level congress: approved nominees taken in turn from
     * each unit of origin (so every lower unit is represented), up to the numbers the council voted.
     */
    private List<Long> upperDelegateChoice(Conference c) {
      if (!c.programmeItems().contains(vn.thiduaflow.report.ReportService.UPPER_DELEGATES_ITEM)
          || c.getUnitLevel() == vn.thiduaflow.unit.UnitLevel.NATION) {
        return List.of();
      }
      java.util.Map<String, java.util.ArrayDeque<vn.thiduaflow.nomination.Nomination>> byOrigin =
          new java.util.LinkedHashMap<>();
      for (var n : nominations.findByConferenceIdOrderById(c.getId())) {
        if (Boolean.TRUE.equals(n.getApproved())) {
          byOrigin.computeIfAbsent(n.getOriginUnitCode() == null ? "" : n.getOriginUnitCode(),
              k -> new java.util.ArrayDeque<>()).add(n);
        }
      }
      int collectives = c.getUpperCollectives() == null ? 0 : c.getUpperCollectives();
      int individuals = c.getUpperIndividuals() == null ? 0 : c.getUpperIndividuals();
      List<Long> chosen = new ArrayList<>();
      while (!byOrigin.isEmpty()) {
        var it = byOrigin.values().iterator();
        while (it.hasNext()) {
          var queue = it.next();
          var n = queue.poll();
          boolean collective = n.getKind() == vn.thiduaflow.nomination.NomineeKind.COLLECTIVE;
          if (collective ? collectives-- > 0 : individuals-- > 0) {
            chosen.add(n.getId());
          }
          if (queue.isEmpty()) {
            it.remove();
          }
        }
      }
      return chosen;
    }

    /** Uploads a small signed scan (PDF) of each required dossier document as the unit's secretary; how many. */
    private int uploadDossier(Plan plan, Conference c) {
      String secretary;
      try {
        secretary = councils.holder(c.getId(), vn.thiduaflow.plan.CouncilRole.UNIT_SECRETARY);
      } catch (IllegalArgumentException nobody) {
        secretary = "simulation";
      }
      List<String> required = plan.dossier().requiredCodes();
      for (String code : required) {
        conferenceDocuments.record(c.getId(), code, code + "-da-ky.pdf", SIGNED_SCAN, secretary);
      }
      return required.size();
    }

    /**
     * The scripted nominee source's origin from a vertical line (issue 22): when the conference's unit is an
     * organization with a {@code verticalLine}, the first administrative unit of a level the line reaches, inside the
     * organization's administrative parent — the units the top plan names first (its lower and level selections),
     * then the unit list's order — that {@link PlanCatalog#originWithin} accepts for the organization; empty otherwise.
     */
    private java.util.Optional<vn.thiduaflow.unit.AdministrativeUnit> verticalLineOrigin(Conference c) {
      Plan plan = plan(c);
      var org = plan.organizations().stream().filter(o -> o.code().equals(c.getUnitCode())).findFirst();
      if (org.isEmpty() || org.get().verticalLine() == null) {
        return java.util.Optional.empty();
      }
      String parent = org.get().parent();
      for (int i = 0; i < 12; i++) {
        String current = parent;
        var above = plan.organizations().stream().filter(o -> o.code().equals(current)).findFirst();
        if (above.isEmpty()) {
          break;
        }
        parent = above.get().parent();
      }
      Set<String> named = new HashSet<>();
      for (Plan p : List.of(rootPlan, plan)) {
        if (p.lowerConferences() != null && p.lowerConferences().units() != null) {
          named.addAll(p.lowerConferences().units().unitCodes());
        }
        p.levels().values().stream().filter(l -> l.conference().units() != null)
            .forEach(l -> named.addAll(l.conference().units().unitCodes()));
      }
      var levels = org.get().verticalLine().levels();
      java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(parent));
      while (!queue.isEmpty()) {
        var unit = plans.unitOf(plan, queue.poll());
        if (unit.isEmpty()) {
          continue;
        }
        if (levels.contains(unit.get().level())
            && plans.originWithin(plan, unit.get().code(), c.getUnitCode()).isPresent()) {
          return unit;
        }
        List<String> children = new ArrayList<>(unit.get().childCodes());
        children.sort(Comparator.comparing(code -> !named.contains(code))); // the plan's own units first
        children.forEach(queue::add);
      }
      return java.util.Optional.empty();
    }

    /**
     * The nominations form's list ({@code nominees}, the rows of {@link vn.thiduaflow.nomination.NomineeListService}):
     * the unit's own nominees as they stand, the first individual given {@code originCode} as its unit of work, so the
     * plan's rules check that origin when the form is sent. A Json value, as the form sends it (long lists are kept
     * whole).
     */
    private org.camunda.bpm.engine.variable.value.TypedValue nomineeRowsWithOrigin(Conference c, String originCode) {
      List<Map<String, Object>> rows = new ArrayList<>();
      boolean given = false;
      for (Nomination n : nominations.findByConferenceIdOrderById(c.getId())) {
        if (n.getFromDelegateId() != null) {
          continue;
        }
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("name", n.getNomineeName());
        row.put("kind", n.getKind().name());
        row.put("title", n.getTitle().name());
        row.put("recognizedYear", n.getRecognizedYear());
        row.put("source", n.getSource() == null ? null : n.getSource().name());
        boolean here = !given && n.getKind() == vn.thiduaflow.nomination.NomineeKind.INDIVIDUAL;
        row.put("unitCode", here ? originCode : n.getOriginUnitCode());
        row.put("position", n.getPosition());
        row.put("achievementSummary", n.getAchievementSummary());
        given |= here;
        rows.add(row);
      }
      return vn.thiduaflow.system.FormLists.json(rows);
    }

    /**
     * The day of the conference's window nearest to {@code date} (earlier days first) that keeps its tier's order with
     * the plan's outside events at their current dates ({@code relativeTo}: before the provincial Party congress…);
     * {@code date} itself when it does or the tier has no such rule.
     */
    private LocalDate keepOutsideEventOrder(Conference c, LocalDate date) {
      return nearestDay(c, date, true).orElse(date);
    }

    /** The day of the window nearest to {@code date} that breaks an outside-event rule of the tier, if there is one. */
    private java.util.Optional<LocalDate> wrongSideOfOutsideEvent(Conference c, LocalDate date) {
      return nearestDay(c, date, false);
    }

    private java.util.Optional<LocalDate> nearestDay(Conference c, LocalDate date, boolean keeping) {
      if (conferences.tierOf(c).relativeTo().isEmpty()) {
        return java.util.Optional.empty();
      }
      var window = conferences.windowOf(c);
      long span = java.time.temporal.ChronoUnit.DAYS.between(window.from(), window.to());
      for (long d = 0; d <= span; d++) {
        for (LocalDate day : d == 0 ? List.of(date) : List.of(date.minusDays(d), date.plusDays(d))) {
          if (window.contains(day) && scheduling.outsideEventsBroken(c, day).isEmpty() == keeping) {
            return java.util.Optional.of(day);
          }
        }
      }
      return java.util.Optional.empty();
    }

    /**
     * The scripted date: the plan's dated schedule, else spread through the window with enough lead time. A unit whose
     * nominees come from below schedules when its campaign opens, as an office would: after the day its lower units'
     * reports are due, with the same lead time.
     */
    private LocalDate conferenceDate(Plan plan, Conference c) {
      var scheduled = plan.scheduled(ScheduleStep.CONFERENCE);
      if (scheduled.isPresent() && c.getTier() == Plan.Tier.OWN) {
        return scheduled.get().from();
      }
      var window = conferences.windowOf(c);
      int index = (int) (c.getId() % 8);
      LocalDate date = window.from().plusDays(c.isPilot() ? 20 : 35 + 4L * index);
      LocalDate from = EngineClock.today();
      if (c.isAwaitsLowerDelegates()) {
        from = lowerReports.findByCampaignIdOrderById(c.getCampaignId()).stream().map(LowerReport::getDueOn)
            .max(LocalDate::compareTo).filter(from::isBefore).orElse(from);
      }
      LocalDate earliest = from.plusDays(35);
      if (date.isBefore(earliest)) {
        date = earliest;
      }
      LocalDate latest = window.to().minusDays(8).isBefore(window.from()) ? window.from() : window.to().minusDays(8);
      return date.isAfter(latest) ? latest : date;
    }

    private void compose(Plan plan, Conference c, TierRules tier, boolean bad, Map<String, Object> vars) {
      int total = c.getAttendanceMode() == AttendanceMode.PLENARY && !tier.delegateCap().bindsPlenary()
          ? Math.min(c.getStaffCount(), 120) : Math.min(tier.delegateCap().value(), 120);
      int exemplars = tier.composition() == null ? total * 2 / 3
          : (int) Math.ceil(total * tier.composition().exemplarSharePercent() / 100.0);
      if (tier.delegation() != null) {
        exemplars = tier.delegation().officialDelegates();
        total = exemplars + tier.delegation().guestDelegates();
      }
      if (bad) {
        exemplars = total / 2;
      }
      vars.put(Fields.EXEMPLAR_DELEGATES, exemplars);
      vars.put(Fields.GUEST_DELEGATES, total - exemplars);
      var presidium = plan.presidiumFor(tier);
      int size = presidium == null ? 0 : presidium.chairedBy() != null ? presidium.chairedBy() : presidium.minSize();
      int presidiumExemplars = presidium == null || presidium.chairedBy() != null ? 0
          : (int) Math.ceil(size * (double) presidium.fractionNumerator() / presidium.fractionDenominator());
      if (bad && presidium != null) {
        size += 1;
      }
      vars.put(Fields.PRESIDIUM_SIZE, size);
      vars.put(Fields.PRESIDIUM_EXEMPLARS, presidiumExemplars);
      if (plan.presentations() != null) {
        var mix = plan.presentations().mix();
        vars.put(Fields.PRESENTATIONS_RESIDENTIAL, mix.getOrDefault(PresentationSource.RESIDENTIAL_GROUP, 0));
        vars.put(Fields.PRESENTATIONS_MASS_ORG, mix.getOrDefault(PresentationSource.MASS_ORGANIZATION, 0));
        vars.put(Fields.PRESENTATIONS_AGENCY, mix.getOrDefault(PresentationSource.AGENCY, 0));
        vars.put(Fields.PRESENTATIONS_INDIVIDUAL, mix.getOrDefault(PresentationSource.INDIVIDUAL, 0));
      } else {
        vars.put(Fields.PRESENTATIONS_INDIVIDUAL, 3);
        vars.put(Fields.PRESENTATIONS_MASS_ORG, 1);
      }
      // the office sends up no more collectives or individuals than it has eligible nominees to choose from
      var quota = conferences.upperQuotaOf(c);
      var eligible = nominations.findByConferenceIdOrderById(c.getId()).stream()
          .filter(n -> Boolean.TRUE.equals(n.getEligible())).toList();
      long collectives = eligible.stream().filter(n -> n.getKind() == vn.thiduaflow.nomination.NomineeKind.COLLECTIVE)
          .count();
      vars.put(Fields.UPPER_COLLECTIVES, (int) Math.min(quota == null ? 1 : quota.collectives(), collectives));
      vars.put(Fields.UPPER_INDIVIDUALS, (int) Math.min(quota == null ? 3 : quota.individuals(),
          eligible.size() - collectives));
      // the office attests every balance criterion the plan lists (women, ethnicity, …): a JSON list of codes
      var criteria = tier.composition() == null ? List.<Plan.BalanceCriterionRule>of()
          : tier.composition().balanceCriteria();
      if (!criteria.isEmpty()) {
        vars.put(vn.thiduaflow.conference.CompositionBalanceService.ATTESTED_FIELD, criteria.stream()
            .map(k -> "\"" + k.code().name() + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]")));
      }
    }
  }
}

package vn.thiduaflow.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.TimeLimit;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The deadlines of one conference in the plan's own terms — calendar days where the plan says days (the 15-day dossier
 * rule), working days where a rule says working days — counted on the {@link WorkingCalendar} and given to the engine
 * as dates for timers and task due dates. The {@code UnitConference} model calls {@link #deadline} and
 * {@link #reminder} in its timer definitions and due dates; every value is computed from stored data (the conference
 * date, the day the dossier was sent), so re-evaluating a timer after a reschedule ({@link #moveTimers}) moves it.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

  private final ConferenceQueries conferences;
  private final vn.thiduaflow.conference.ConferenceDateService dates;
  private final WorkingCalendar calendar;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;

  private final AuditTrail audit;
  private final NotificationService notifications;
  private final org.springframework.beans.factory.ObjectProvider<DeadlinesKeptOutsideTheModel> keptOutside;
  private final org.springframework.context.ApplicationEventPublisher events;

  public DeadlineService(ConferenceQueries conferences, WorkingCalendar calendar, ManagementService managementService,
      TaskService taskService, RuntimeService runtimeService, AuditTrail audit,
      vn.thiduaflow.conference.ConferenceDateService dates,
      org.springframework.beans.factory.ObjectProvider<DeadlinesKeptOutsideTheModel> keptOutside,
      org.springframework.context.ApplicationEventPublisher events, NotificationService notifications) {
    this.notifications = notifications;
    // looked up when deadlines move, not at construction: the features keeping such deadlines use this service
    this.keptOutside = keptOutside;
    this.events = events;
    this.audit = audit;
    this.conferences = conferences;
    this.dates = dates;
    this.calendar = calendar;
    this.managementService = managementService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /**
   * What a deadline is counted from: a rule relative to the conference (calendar days, working days or a fixed date),
   * or a time limit after an event (the day the dossier was sent, the conference day).
   *
   * @param rule the rule relative to the conference, or null
   * @param limit the time limit after {@code from}, or null
   * @param from the conference day, or the event the limit runs from
   * @param event the event in English, for {@link #ruleOf}
   */
  private record Basis(DeadlineRule rule, TimeLimit limit, LocalDate from, String event) {}

  private Basis basis(Long conferenceId, DeadlineKind kind) {
    Conference c = conferences.get(conferenceId);
    if (c.getScheduledOn() == null) {
      throw new IllegalStateException("Conference " + conferenceId + " has no date yet, so it has no " + kind);
    }
    Plan plan = conferences.planOf(c);
    TierRules tier = conferences.tierOf(c);
    LocalDate day = c.getScheduledOn();
    return switch (kind) {
      case NOMINATIONS -> new Basis(plan.nominationDeadlineFor(tier), null, day, null);
      case COUNCIL_VOTE -> new Basis(plan.councilVoteFor(tier), null, day, null);
      case DOSSIER -> new Basis(plan.dossierDeadlineFor(tier), null, day, null);
      case DOSSIER_REVIEW -> new Basis(null, plan.deadlines().dossierReview(),
          c.getDossierSubmittedOn() != null ? c.getDossierSubmittedOn() : EngineClock.today(), "the dossier is sent");
      case RESULTS_REPORT -> new Basis(null, plan.resultsReportFor(tier), day, "the conference");
      case SUBMISSION, DUTY -> throw new IllegalArgumentException("A conference has one " + kind + " deadline per "
          + "submission or duty: see vn.thiduaflow.submission.SubmissionService and DutyService");
    };
  }

  /**
   * The last day (inclusive) of a deadline of the conference.
   *
   * @throws IllegalStateException when the conference has no date yet
   * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day count reaches a year without
   *     configured holidays
   */
  public LocalDate dueDay(Long conferenceId, DeadlineKind kind) {
    Basis b = basis(conferenceId, kind);
    return b.rule() != null ? b.rule().deadlineFor(b.from(), calendar) : b.limit().after(b.from(), calendar);
  }

  /**
   * The deadlines that apply to the conference now, in {@link DeadlineKind} order: all of them once it has a date,
   * the upper council's review only once the dossier was sent; none before the conference is scheduled.
   */
  public Map<DeadlineKind, LocalDate> dueDays(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    Map<DeadlineKind, LocalDate> due = new EnumMap<>(DeadlineKind.class);
    if (c.getScheduledOn() != null) {
      for (DeadlineKind kind : DeadlineKind.values()) {
        if (kind != DeadlineKind.SUBMISSION && kind != DeadlineKind.DUTY && (kind != DeadlineKind.DOSSIER_REVIEW
            || c.getDossierSubmittedOn() != null)) {
          due.put(kind, dueDay(conferenceId, kind));
        }
      }
    }
    return due;
  }

  /** The plan's rule text for a deadline (how it is counted and its clause), for notifications. */
  public String ruleOf(Long conferenceId, DeadlineKind kind) {
    Basis b = basis(conferenceId, kind);
    return b.rule() != null ? b.rule().describe(b.from()) + " (" + b.rule().clause() + ")"
        : b.limit().describe() + " after " + b.event() + " (" + b.limit().clause() + ")";
  }

  /**
   * A deadline as an official reads it in a form: "Hạn gửi danh sách đề cử: 20/02/2025 — 25 ngày trước ngày hội nghị
   * 17/03/2025 (§IV.1 …)"; the last day is inclusive, calendar or working days as the plan counts them, with the
   * plan's clause. "—" when the conference has no date yet.
   */
  public String explain(Long conferenceId, DeadlineKind kind) {
    Conference c = conferences.get(conferenceId);
    if (c.getScheduledOn() == null && kind != DeadlineKind.DOSSIER_REVIEW) {
      return kind.label() + ": " + VietnameseDates.UNKNOWN + " (tính khi hội nghị có ngày tổ chức)";
    }
    Basis b = basis(conferenceId, kind);
    String how;
    String clause;
    if (b.rule() != null) {
      DeadlineRule r = b.rule();
      how = r.fixedDate() != null ? "ngày ấn định trong Kế hoạch"
          : r.workingDaysBeforeConference() != null ? r.workingDaysBeforeConference() + " ngày làm việc trước ngày hội"
              + " nghị " + VietnameseDates.day(b.from())
          : r.daysBeforeConference() + " ngày trước ngày hội nghị " + VietnameseDates.day(b.from());
      clause = r.clause();
    } else {
      TimeLimit l = b.limit();
      String after = kind == DeadlineKind.DOSSIER_REVIEW ? "ngày nhận hồ sơ " : "ngày hội nghị ";
      how = (l.workingDays() != null ? l.workingDays() + " ngày làm việc" : l.days() + " ngày") + " kể từ " + after
          + VietnameseDates.day(b.from());
      clause = l.clause();
    }
    return kind.label() + ": " + VietnameseDates.day(dueDay(conferenceId, kind)) + " — " + how + " (" + clause + ")";
  }

  /**
   * The timer date and task due date of a deadline: the end of its last day ({@link EngineClock#endOf}, 00:00 of the
   * next calendar day), counted here on the working calendar where the rule says working days. The engine takes the
   * date as it is: no text is parsed back.
   *
   * @param kind a {@link DeadlineKind} name, as the model writes it
   * @throws IllegalStateException when the conference has no date yet
   */
  public Date deadline(Long conferenceId, String kind) {
    return EngineClock.endOf(dueDay(conferenceId, DeadlineKind.valueOf(kind)));
  }

  /**
   * The reminder timer's date: the start of the day the plan's reminder lead ({@code deadlines.reminder}, calendar or
   * working days) before the deadline's last day.
   *
   * @param kind a {@link DeadlineKind} name, as the model writes it
   */
  public Date reminder(Long conferenceId, String kind) {
    TimeLimit lead = conferences.planOf(conferences.get(conferenceId)).deadlines().reminder();
    return EngineClock.startOf(lead.before(dueDay(conferenceId, DeadlineKind.valueOf(kind)), calendar));
  }

  /**
   * Moves every timer of the conference's running process instance and the due dates of its open tasks after the
   * conference date (or another input of a deadline) changed: each timer's own expression is evaluated again by the
   * engine ({@link ManagementService#recalculateJobDuedate}); nothing is edited by hand. A task whose timers already
   * fired (nominations, review, results report escalated) and whose deadline now lies ahead is started afresh, so its
   * timers are armed again and it is no longer shown as late. The council's vote and the dossier sub-process are not
   * restarted (that would discard ballots cast or a dossier sent): their due dates move, fired timers stay fired.
   *
   * <p>Deadlines a feature keeps outside the model ({@link DeadlinesKeptOutsideTheModel}: the submissions before the
   * conference, issue 22) are computed again first and their open tasks moved by that feature. Then
   * {@link DeadlinesMoved} is published (the open tasks' briefs are written again).
   *
   * @param processInstanceId the conference's {@code UnitConference} instance
   * @return the ids of the timer jobs moved
   */
  @Transactional
  public List<String> moveTimers(Long conferenceId, String processInstanceId) {
    List<String> moved = new ArrayList<>();
    for (var job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      managementService.recalculateJobDuedate(job.getId(), false);
      moved.add(job.getId());
    }
    List<DeadlinesKeptOutsideTheModel> others = keptOutside.orderedStream().toList();
    others.forEach(o -> o.recompute(conferenceId));
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      var other = others.stream().filter(o -> o.handles(task)).findFirst();
      if (other.isPresent()) {
        other.get().move(conferenceId, processInstanceId, task);
        continue;
      }
      DeadlineKind kind = kindOfTask(task.getTaskDefinitionKey());
      if (kind == null) {
        continue;
      }
      String[] deadlineTimer = REARMABLE.get(task.getTaskDefinitionKey());
      if (deadlineTimer != null && !dueDay(conferenceId, kind).isBefore(EngineClock.today())
          && !deadlineTimerPending(task, deadlineTimer[0], deadlineTimer[1])) {
        restart(processInstanceId, task);
      } else {
        task.setDueDate(deadline(conferenceId, kind.name()));
        taskService.saveTask(task);
      }
    }
    events.publishEvent(new DeadlinesMoved(conferenceId, processInstanceId));
    return moved;
  }

  /**
   * After {@link vn.thiduaflow.conference.ConferenceRescheduled} (a reschedule, or the chair's late-dossier decision to
   * reschedule): moves the deadlines of the conference's running instance ({@link #moveTimers}), in the transaction
   * that stored the new day; nothing when the conference has no instance.
   */
  @org.springframework.context.event.EventListener
  @Transactional
  public void rescheduled(vn.thiduaflow.conference.ConferenceRescheduled rescheduled) {
    moveRunningDeadlines(rescheduled.conferenceId());
  }

  /** {@link #moveTimers} for the conference's running instance; nothing when it has none. */
  @Transactional
  public void moveRunningDeadlines(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    if (c.getProcessInstanceId() != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).count() > 0) {
      moveTimers(c.getId(), c.getProcessInstanceId());
    }
  }

  /**
   * Tasks whose deadline timers sit on the task itself, with the deadline timer: its {@code timeout} listener's id
   * (UnitConference 2.7 on) and the boundary timer's id of the definitions before. When the timer has already fired
   * (the task was escalated) and a reschedule gives the task a deadline not yet passed, it is started afresh.
   */
  private static final Map<String, String[]> REARMABLE = Map.of(
      Elements.SUBMIT_NOMINATIONS, new String[] {Elements.NOMINATION_DEADLINE, Elements.NOMINATION_DEADLINE_BEFORE_2_7},
      Elements.REVIEW_DOSSIER, new String[] {Elements.REVIEW_DEADLINE, Elements.REVIEW_DEADLINE_BEFORE_2_7},
      Elements.HOLD_CONFERENCE, new String[] {Elements.RESULTS_REPORT_DEADLINE,
          Elements.RESULTS_REPORT_DEADLINE_BEFORE_2_7});

  /**
   * Whether the task's deadline timer is still to fire: the timer of its {@code timeout} listener {@code listenerId},
   * or, in an instance of a definition from before the timeout listeners, its boundary timer {@code boundaryId}. Both
   * sit on the task's own execution (the task is a scope either way) and are gone once they fired.
   */
  public boolean deadlineTimerPending(Task task, String listenerId, String boundaryId) {
    return managementService.createJobQuery().executionId(task.getExecutionId()).timers().list().stream()
        .anyMatch(job -> listenerId.equals(timeoutListenerOf(job)))
        || managementService.createJobQuery().executionId(task.getExecutionId()).timers().activityId(boundaryId)
            .count() > 0;
  }

  /**
   * The id of the {@code timeout} task listener whose timer {@code job} is, or null for any other job (a boundary or
   * intermediate timer, an async continuation). The listener is named only in the job's handler configuration
   * ({@code <activity id>$taskListener~<listener id>}), which Camunda's public {@link Job} does not expose: read from
   * the engine's own {@link JobEntity}.
   */
  public static String timeoutListenerOf(Job job) {
    String configuration = job instanceof JobEntity entity ? entity.getJobHandlerConfigurationRaw() : null;
    int at = configuration == null ? -1 : configuration.indexOf(TIMEOUT_LISTENER_MARK);
    if (at < 0) {
      return null;
    }
    String listener = configuration.substring(at + TIMEOUT_LISTENER_MARK.length());
    // a repeating timer's configuration goes on with "$followUpJobCreated"
    int end = listener.indexOf('$');
    return end < 0 ? listener : listener.substring(0, end);
  }

  /** What separates the activity id from the listener id in a timeout listener timer's handler configuration. */
  private static final String TIMEOUT_LISTENER_MARK = "$taskListener~";

  /**
   * Starts a task afresh by process instance modification, so its reminder and deadline timers are created again from
   * the new date; the end listener of the old task resolves its escalation (incident closed: it is no longer late).
   * Only the task's own activity instance restarts (a multi-instance sub-process has one per submission).
   */
  @Transactional
  public void restart(String processInstanceId, Task task) {
    ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
    for (ActivityInstance instance : tree.getActivityInstances(task.getTaskDefinitionKey())) {
      if (!java.util.Arrays.asList(instance.getExecutionIds()).contains(task.getExecutionId())) {
        continue;
      }
      // the new task first: cancelling the only activity of a sub-process instance (a submission's) first would end it
      runtimeService.createProcessInstanceModification(processInstanceId)
          .startBeforeActivity(task.getTaskDefinitionKey(), instance.getParentActivityInstanceId())
          .cancelActivityInstance(instance.getId())
          .execute();
    }
  }

  /**
   * Reminds the people of a deadline's open tasks in the instance ({@link NotificationService#reminded}): nothing when
   * the day is already past — a task started after its deadline (or a reminder that ran late) would be reminded after
   * the fact, months late for an early fixed date; the escalation timer, due at the same moment, says it once instead.
   */
  @Transactional
  public void remind(Long conferenceId, DeadlineKind kind, String processInstanceId) {
    LocalDate due = dueDay(conferenceId, kind);
    if (vn.thiduaflow.system.EngineClock.today().isAfter(due)) {
      return;
    }
    notifications.reminded(conferences.get(conferenceId), kind, due, ruleOf(conferenceId, kind),
        openTasks(processInstanceId, kind));
  }

  /**
   * The open tasks a deadline is about: its own task (or the council's vote tasks), and for the dossier deadline both
   * dossier tasks (sending and review).
   */
  public List<Task> openTasks(String processInstanceId, DeadlineKind deadline) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).active().list().stream()
        .filter(t -> deadline == kindOfTask(t.getTaskDefinitionKey())
            || deadline == DeadlineKind.DOSSIER && Elements.REVIEW_DOSSIER.equals(t.getTaskDefinitionKey()))
        .toList();
  }

  /**
   * Reschedules a conference and moves its timers with it: the date is checked and stored
   * ({@link vn.thiduaflow.conference.ConferenceDateService#reschedule}), which publishes
   * {@link vn.thiduaflow.conference.ConferenceRescheduled}, so every timer, open task due date and submission due day
   * of its running instance is re-evaluated ({@link #rescheduled}, {@link #moveTimers}), and the move is written to the
   * audit trail. All in one transaction: a refused
   * date moves nothing and records nothing.
   *
   * @param actor the user who moves it (audit trail)
   * @return the deadlines after the move, last day (inclusive) per deadline that applies
   * @throws vn.thiduaflow.system.InvalidInputException when the new date or the reason breaks a rule
   */
  @Transactional
  public Map<DeadlineKind, LocalDate> reschedule(Long conferenceId, LocalDate newDate, String reason, String actor) {
    LocalDate from = conferences.get(conferenceId).getScheduledOn();
    dates.reschedule(conferenceId, newDate, reason);
    Conference c = conferences.get(conferenceId);
    audit.record(actor, "RESCHEDULE", conferenceId, c.getCampaignId(),
        "Dời hội nghị từ " + from + " sang " + newDate + " (moved from " + from + " to " + newDate + "): " + reason);
    // the timers moved when the new day was stored (ConferenceRescheduled → rescheduled)
    return dueDays(conferenceId);
  }

  /** The deadline a user task of the UnitConference model is due by, or null when it has none. */
  public static DeadlineKind kindOfTask(String taskDefinitionKey) {
    return switch (taskDefinitionKey) {
      case Elements.SUBMIT_NOMINATIONS -> DeadlineKind.NOMINATIONS;
      case Elements.VOTE_ON_NOMINEES -> DeadlineKind.COUNCIL_VOTE;
      case Elements.SUBMIT_DOSSIER -> DeadlineKind.DOSSIER;
      case Elements.REVIEW_DOSSIER -> DeadlineKind.DOSSIER_REVIEW;
      case Elements.HOLD_CONFERENCE -> DeadlineKind.RESULTS_REPORT;
      default -> null;
    };
  }

  /**
   * The deadline of a task whose {@code timeout} listener fired ({@link #kindOfTask}).
   *
   * @throws IllegalStateException naming the task when it has no deadline (a listener put on a task it does not fit)
   */
  public static DeadlineKind deadlineOfTimeout(String taskDefinitionKey) {
    DeadlineKind kind = kindOfTask(taskDefinitionKey);
    if (kind == null) {
      throw new IllegalStateException("The timeout listener of " + taskDefinitionKey + " names no deadline: only "
          + "the tasks of DeadlineService.kindOfTask have one");
    }
    return kind;
  }
}

package vn.thiduaflow.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.calendar.WorkingDayBusinessCalendar;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.plan.Plan;
import vn.thiduaflow.plan.Plan.DeadlineRule;
import vn.thiduaflow.plan.Plan.TimeLimit;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * The deadlines of one conference in the plan's own terms — calendar days where the plan says days (the 15-day dossier
 * rule), working days where a rule says working days — as the due-date expressions the engine's business calendar
 * ({@link WorkingDayBusinessCalendar}) resolves for timers and task due dates. The {@code UnitConference} model calls
 * {@link #deadline} and {@link #reminder} in its timer definitions; every value is computed from stored data (the
 * conference date, the day the dossier was sent), so re-evaluating a timer after a reschedule
 * ({@link #moveTimers}) moves it.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

  private final ConferenceService conferences;
  private final WorkingCalendar calendar;
  private final ManagementService managementService;
  private final TaskService taskService;

  public DeadlineService(ConferenceService conferences, WorkingCalendar calendar, ManagementService managementService,
      TaskService taskService) {
    this.conferences = conferences;
    this.calendar = calendar;
    this.managementService = managementService;
    this.taskService = taskService;
  }

  /**
   * The last day (inclusive) of a deadline of the conference.
   *
   * @throws IllegalStateException when the conference has no date yet
   * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day count reaches a year without
   *     configured holidays
   */
  public LocalDate dueDay(Long conferenceId, DeadlineKind kind) {
    Conference c = conferences.get(conferenceId);
    if (c.getScheduledOn() == null) {
      throw new IllegalStateException("Conference " + conferenceId + " has no date yet, so it has no " + kind);
    }
    Plan plan = conferences.planOf(c);
    return switch (kind) {
      case NOMINATIONS -> plan.nominationDeadline().deadlineFor(c.getScheduledOn(), calendar);
      case COUNCIL_VOTE -> plan.deadlines().councilVote().deadlineFor(c.getScheduledOn(), calendar);
      case DOSSIER -> plan.dossier().deadlineFor(c.getScheduledOn(), calendar);
      case DOSSIER_REVIEW -> plan.deadlines().dossierReview().after(
          c.getDossierSubmittedOn() != null ? c.getDossierSubmittedOn() : EngineClock.today(), calendar);
      case RESULTS_REPORT -> plan.deadlines().resultsReport().after(c.getScheduledOn(), calendar);
    };
  }

  /** The plan's rule text for a deadline (how it is counted and its clause), for notifications. */
  public String ruleOf(Long conferenceId, DeadlineKind kind) {
    Conference c = conferences.get(conferenceId);
    Plan plan = conferences.planOf(c);
    return switch (kind) {
      case NOMINATIONS -> describe(plan.nominationDeadline(), c.getScheduledOn());
      case COUNCIL_VOTE -> describe(plan.deadlines().councilVote(), c.getScheduledOn());
      case DOSSIER -> describe(plan.dossier(), c.getScheduledOn());
      case DOSSIER_REVIEW -> plan.deadlines().dossierReview().describe() + " after the dossier is sent ("
          + plan.deadlines().dossierReview().clause() + ")";
      case RESULTS_REPORT -> plan.deadlines().resultsReport().describe() + " after the conference ("
          + plan.deadlines().resultsReport().clause() + ")";
    };
  }

  private static String describe(DeadlineRule rule, LocalDate conferenceDate) {
    return rule.describe(conferenceDate) + " (" + rule.clause() + ")";
  }

  /**
   * The timer and task due-date expression of a deadline: the end of its last day, e.g. {@code end of 2025-03-12}, or
   * for working-day rules the count itself, e.g. {@code end of 2025-01-24 + 5 working days}, left to the engine's
   * business calendar.
   *
   * @param kind a {@link DeadlineKind} name, as the model writes it
   */
  public String deadline(Long conferenceId, String kind) {
    DeadlineKind k = DeadlineKind.valueOf(kind);
    Conference c = conferences.get(conferenceId);
    Plan plan = conferences.planOf(c);
    return switch (k) {
      case NOMINATIONS -> expression(plan.nominationDeadline(), c.getScheduledOn());
      case COUNCIL_VOTE -> expression(plan.deadlines().councilVote(), c.getScheduledOn());
      case DOSSIER -> expression(plan.dossier(), c.getScheduledOn());
      case DOSSIER_REVIEW -> expression(plan.deadlines().dossierReview(),
          c.getDossierSubmittedOn() != null ? c.getDossierSubmittedOn() : EngineClock.today());
      case RESULTS_REPORT -> expression(plan.deadlines().resultsReport(), c.getScheduledOn());
    };
  }

  /**
   * The reminder timer's expression: the start of the day the plan's reminder lead before the deadline's last day,
   * e.g. {@code 2025-03-12 - 2 working days}.
   *
   * @param kind a {@link DeadlineKind} name, as the model writes it
   */
  public String reminder(Long conferenceId, String kind) {
    DeadlineKind k = DeadlineKind.valueOf(kind);
    TimeLimit lead = conferences.planOf(conferences.get(conferenceId)).deadlines().reminder();
    LocalDate due = dueDay(conferenceId, k);
    return lead.workingDays() != null ? WorkingDayBusinessCalendar.startOf(due, -lead.workingDays())
        : due.minusDays(lead.days()).toString();
  }

  private static String expression(DeadlineRule rule, LocalDate conferenceDate) {
    if (rule.workingDaysBeforeConference() != null) {
      return "end of " + WorkingDayBusinessCalendar.startOf(conferenceDate, -rule.workingDaysBeforeConference());
    }
    return WorkingDayBusinessCalendar.endOf(rule.fixedDate() != null ? rule.fixedDate()
        : conferenceDate.minusDays(rule.daysBeforeConference()));
  }

  private static String expression(TimeLimit limit, LocalDate start) {
    return limit.workingDays() != null ? "end of " + WorkingDayBusinessCalendar.startOf(start, limit.workingDays())
        : WorkingDayBusinessCalendar.endOf(start.plusDays(limit.days()));
  }

  /**
   * Moves every timer of the conference's running process instance and the due dates of its open tasks after the
   * conference date (or another input of a deadline) changed: each timer's own expression is evaluated again by the
   * engine ({@link ManagementService#recalculateJobDuedate}); nothing is edited by hand.
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
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      DeadlineKind kind = kindOfTask(task.getTaskDefinitionKey());
      if (kind != null) {
        task.setDueDate(businessCalendar().resolveDuedate(deadline(conferenceId, kind.name())));
        taskService.saveTask(task);
      }
    }
    return moved;
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
   * ({@link ConferenceService#reschedule}), then every timer and open task due date of its running instance is
   * re-evaluated ({@link #moveTimers}). All in one transaction: a refused date moves nothing.
   *
   * @return the deadlines after the move, last day (inclusive) per deadline that applies
   * @throws vn.thiduaflow.system.InvalidInputException when the new date or the reason breaks a rule
   */
  @Transactional
  public java.util.Map<DeadlineKind, LocalDate> reschedule(Long conferenceId, LocalDate newDate, String reason) {
    conferences.reschedule(conferenceId, newDate, reason);
    Conference c = conferences.get(conferenceId);
    if (c.getProcessInstanceId() != null) {
      moveTimers(conferenceId, c.getProcessInstanceId());
    }
    java.util.Map<DeadlineKind, LocalDate> after = new java.util.EnumMap<>(DeadlineKind.class);
    for (DeadlineKind kind : DeadlineKind.values()) {
      if (kind != DeadlineKind.DOSSIER_REVIEW || c.getDossierSubmittedOn() != null) {
        after.put(kind, dueDay(conferenceId, kind));
      }
    }
    return after;
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

  private BusinessCalendar businessCalendar() {
    return new WorkingDayBusinessCalendar(calendar);
  }
}

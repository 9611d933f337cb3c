package vn.thiduaflow.submission;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The deadline mechanics shared by the per-item tasks a plan opens once a conference is scheduled (issue 22): one
 * {@link SubmissionRule} or {@link vn.thiduaflow.plan.model.DutyRule} each, each with its own due day in the
 * {@link SubmissionRule.Due} shape, a reminder the plan's reminder lead ({@code deadlines.reminder}) before it — never
 * once the day has passed — and one escalation at it to the unit's council chair and standing office, which a done
 * item resolves. {@link SubmissionService} and {@link DutyService} keep their own rows ({@link ConferenceItem}) and
 * rules and call this for the rest.
 */
@Component
@Transactional
class ItemDeadlines {

  private final ConferenceQueries conferences;
  private final OrganizingCommitteeRepository committees;
  private final WorkingCalendar calendar;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final EscalationRepository escalations;
  private final NotificationService notifications;

  ItemDeadlines(ConferenceQueries conferences, OrganizingCommitteeRepository committees, WorkingCalendar calendar,
      TaskService taskService, RuntimeService runtimeService, EscalationRepository escalations,
      NotificationService notifications) {
    this.conferences = conferences;
    this.committees = committees;
    this.calendar = calendar;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.escalations = escalations;
    this.notifications = notifications;
  }

  /**
   * The due day (inclusive): a fixed date as it stands, N calendar or working days before the conference day, or N
   * calendar days after the step — the day the item was opened (the conference scheduled), or the committee's decision
   * date (the opening day when the unit has none yet).
   *
   * @param openedDay the day the item was opened
   * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day count reaches a year without holidays
   */
  @Transactional(readOnly = true)
  LocalDate due(Conference c, SubmissionRule.Due due, LocalDate openedDay) {
    LocalDate stepDay = openedDay;
    if (due.daysAfterStep() != null && due.daysAfterStep().step() == SubmissionRule.Step.ORGANIZING_COMMITTEE) {
      stepDay = committees.findById(c.getId()).map(OrganizingCommittee::getDecisionDate).orElse(openedDay);
    }
    return due.dueFor(c.getScheduledOn(), stepDay, calendar);
  }

  /** The due day of an item's row ({@link #due}, counted from the day it was opened), computed now and kept on it. */
  LocalDate dueDay(Conference c, ConferenceItem row, SubmissionRule.Due due) {
    LocalDate day = due(c, due, row.getStartedAt().toLocalDate());
    row.due(day);
    return day;
  }

  /**
   * The deadline as the task shows it: "&lt;label&gt;: 15/02/2025 — ngày ấn định trong Kế hoạch (§IV.2 …)", the day kept
   * on the row, the last day inclusive.
   *
   * @param label "Hạn", "Hạn gửi"
   */
  static String explain(String label, ConferenceItem row, SubmissionRule.Due due, String clause) {
    return label + ": " + (row.getDueOn() == null ? VietnameseDates.UNKNOWN : VietnameseDates.day(row.getDueOn()))
        + " — " + ruleText(due, clause);
  }

  /** The rule's text for notifications: how it is counted and its clause. */
  static String ruleText(SubmissionRule.Due due, String clause) {
    return due.describe() + " (" + clause + ")";
  }

  /**
   * Escalates an item once: nothing when its row has an escalation already or it is finished; otherwise the
   * escalation made (then, {@link #escalate}) is kept on the row.
   */
  static Optional<Escalation> escalateOnce(ConferenceItem row, Supplier<Escalation> escalate) {
    if (row.getEscalationId() != null || row.finished()) {
      return Optional.empty();
    }
    Escalation escalation = escalate.get();
    row.escalated(escalation.getId());
    return Optional.of(escalation);
  }

  /**
   * The reminder timer's date: the start of the day the plan's reminder lead ({@code deadlines.reminder}, working or
   * calendar days) before the due day.
   */
  @Transactional(readOnly = true)
  Date reminder(Conference c, LocalDate due) {
    return EngineClock.startOf(conferences.planOf(c).deadlines().reminder().before(due, calendar));
  }

  /** Reminds the people of the open tasks, unless the due day has passed or nothing is open. */
  Optional<Notification> remind(Conference c, DeadlineKind kind, LocalDate due, String rule, List<Task> open) {
    if (EngineClock.today().isAfter(due) || open.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(notifications.reminded(c, kind, due, rule, open));
  }

  /**
   * Escalates the late tasks of one item: offered to the unit's chair and standing office at the highest priority, a
   * Cockpit incident ({@value EscalationService#INCIDENT_TYPE}, configuration {@code <kind>:<code>}), an
   * {@link Escalation} recorded, and the chair, the office and the tasks' people told.
   *
   * @param taskName the item's task name, for the incident's message
   */
  Escalation escalate(Conference c, DeadlineKind kind, String code, LocalDate due, String taskName, String rule,
      List<Task> late) {
    String chair = CouncilRole.CHAIR.groupId(c.getUnitCode());
    String office = CouncilRole.STANDING_OFFICE.groupId(c.getUnitCode());
    for (Task task : late) {
      taskService.addCandidateGroup(task.getId(), chair);
      taskService.addCandidateGroup(task.getId(), office);
      taskService.setPriority(task.getId(), EscalationService.ESCALATED_PRIORITY);
    }
    String message = "Quá hạn: " + taskName + " " + due + " — " + c.getUnitName()
        + "; đã chuyển Chủ tịch Hội đồng và Thường trực Hội đồng (" + chair + ", " + office + ")";
    String incidentId = late.isEmpty() ? null : runtimeService.createIncident(EscalationService.INCIDENT_TYPE,
        late.get(0).getExecutionId(), kind.name() + ":" + code, message).getId();
    Escalation escalation = escalations.save(new Escalation(c.getId(), kind, due, EngineClock.now(),
        chair + ", " + office, incidentId));
    notifications.escalated(c, kind, due, rule, late, List.of(chair, office));
    return escalation;
  }

  /** Resolves an item's open escalation once it is done: its incident closed, the escalation marked resolved. */
  void resolve(Long escalationId) {
    if (escalationId == null) {
      return;
    }
    escalations.findById(escalationId).filter(e -> e.getResolvedAt() == null).ifPresent(e -> {
      if (e.getIncidentId() != null
          && runtimeService.createIncidentQuery().incidentId(e.getIncidentId()).count() > 0) {
        runtimeService.resolveIncident(e.getIncidentId());
      }
      e.resolve(EngineClock.now());
    });
  }

  /** The open tasks of one item in the instance: those of the task key whose item variable holds the code. */
  List<Task> openTasks(String processInstanceId, String taskKey, String itemVariable, String code) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active()
        .list().stream().filter(t -> code.equals(taskService.getVariable(t.getId(), itemVariable))).toList();
  }
}

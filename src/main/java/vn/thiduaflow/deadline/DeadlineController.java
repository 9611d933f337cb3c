package vn.thiduaflow.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.UnitAccess;

/**
 * A conference's deadlines over HTTP, for the standing office: what is due when, what was escalated, and rescheduling
 * (which moves every timer with the date). JSON in and out; a date or reason that breaks a rule is refused with 400
 * and nothing changes.
 */
@RestController
@RequestMapping(path = "/api/conferences/{conferenceId}", produces = "application/json")
class DeadlineController {

  private final DeadlineService deadlines;
  private final ConferenceQueries conferences;
  private final EscalationRepository escalations;
  private final NotificationRepository notifications;
  private final UnitAccess access;

  DeadlineController(DeadlineService deadlines, ConferenceQueries conferences, EscalationRepository escalations,
      NotificationRepository notifications, UnitAccess access) {
    this.deadlines = deadlines;
    this.conferences = conferences;
    this.escalations = escalations;
    this.notifications = notifications;
    this.access = access;
  }

  /** The conference's deadlines (last day, inclusive, and how each is counted), escalations and notifications. */
  @GetMapping("/deadlines")
  DeadlinesView deadlines(@PathVariable Long conferenceId) {
    Conference c = access.viewable(conferenceId);
    return access.asSystem(() -> view(c));
  }

  private DeadlinesView view(Conference c) {
    Long conferenceId = c.getId();
    List<DeadlineView> due = deadlines.dueDays(conferenceId).entrySet().stream()
        .map(e -> new DeadlineView(e.getKey(), e.getKey().label(), e.getValue(),
            deadlines.ruleOf(conferenceId, e.getKey())))
        .toList();
    return new DeadlinesView(conferenceId, c.getUnitName(), c.getScheduledOn(), due,
        escalations.findByConferenceIdInOrderById(List.of(conferenceId)).stream().map(e -> new EscalationView(
            e.getDeadline(), e.getDueOn(), e.getEscalatedAt().toString(), e.getEscalatedTo(),
            e.getResolvedAt() == null ? null : e.getResolvedAt().toString())).toList(),
        notifications.findByConferenceIdOrderById(conferenceId).stream().map(n -> new NotificationView(n.getKind(),
            n.getDeadline(), n.getSubject(), n.getRecipients(), n.getCreatedAt().toString(), n.getStatus())).toList());
  }

  /**
   * Moves the conference to another day; every timer and task due date of its instance moves with it.
   *
   * @return the deadlines after the move
   */
  @PostMapping(path = "/reschedule", consumes = "application/json")
  RescheduledView reschedule(@PathVariable Long conferenceId, @RequestBody RescheduleRequest request) {
    Conference before = access.manageable(conferenceId);
    String actor = access.userId();
    Map<DeadlineKind, LocalDate> after = access.asSystem(() -> deadlines.reschedule(conferenceId, request.date(),
        request.reason(), actor));
    Conference c = conferences.get(conferenceId);
    return new RescheduledView(conferenceId, c.getScheduledOn(), c.getOfficialName(), after);
  }

  /**
   * @param date the new conference day, ISO (2025-03-31)
   * @param reason why it moves
   */
  record RescheduleRequest(LocalDate date, String reason) {}

  record RescheduledView(Long conferenceId, LocalDate scheduledOn, String officialName,
      Map<DeadlineKind, LocalDate> deadlines) {}

  record DeadlineView(DeadlineKind deadline, String label, LocalDate dueOn, String rule) {}

  record EscalationView(DeadlineKind deadline, LocalDate dueOn, String escalatedAt, String escalatedTo,
      String resolvedAt) {}

  record NotificationView(NotificationKind kind, DeadlineKind deadline, String subject, String recipients,
      String createdAt, NotificationStatus status) {}

  record DeadlinesView(Long conferenceId, String unitName, LocalDate scheduledOn, List<DeadlineView> deadlines,
      List<EscalationView> escalations, List<NotificationView> notifications) {}
}

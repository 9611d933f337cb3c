package vn.thiduaflow.deadline;

import java.time.LocalDate;

/**
 * A missed deadline of a conference was escalated and its chair and standing office told ({@link
 * NotificationService#escalated}); published once per escalation, in the escalating transaction, so that others who
 * follow the unit are told too — its supervising council member ({@code vn.thiduaflow.submission.SupervisionService},
 * issue 22) — without this package knowing them.
 *
 * @param conferenceId the late conference
 * @param deadline which deadline
 * @param due its last day (inclusive)
 * @param rule how it is counted and its clause
 * @param tasks the names of the late tasks, "; "-separated
 */
public record EscalationNotified(Long conferenceId, DeadlineKind deadline, LocalDate due, String rule, String tasks) {}

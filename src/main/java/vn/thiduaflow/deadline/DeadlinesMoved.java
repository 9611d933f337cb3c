package vn.thiduaflow.deadline;

/**
 * The deadlines of a conference's running instance were moved after its date changed
 * ({@link DeadlineService#moveTimers}): timers re-evaluated, open tasks' due dates and the submissions' due days
 * recomputed. Published in the same transaction, after the move, so what shows a deadline (the task briefs) can be
 * written again from the new values.
 *
 * @param conferenceId the conference
 * @param processInstanceId its {@code UnitConference} instance
 */
public record DeadlinesMoved(Long conferenceId, String processInstanceId) {}

package vn.thiduaflow.submission;

/**
 * Published in the transaction that records a conference's organizing committee: what counts from the committee
 * (a submission due "N days after the committee", {@code daysAfterStep: ORGANIZING_COMMITTEE}) has a new due day, and
 * the open tasks' briefs gain the committee's line. {@link vn.thiduaflow.deadline.DeadlineService} moves the running
 * instance's deadlines on it with the mechanism a reschedule uses.
 *
 * @param conferenceId the conference
 */
public record OrganizingCommitteeRecorded(Long conferenceId) {}

package vn.thiduaflow.deadline;

/** What a notification is about. */
public enum NotificationKind {
  /** A deadline is near: to the people of the open task. */
  REMINDER,
  /** A deadline was missed: to the council chair, the standing office and the task's people. */
  ESCALATION,
  /** The periodic progress report of a campaign (monthly in 172/KH-UBND §IV): to the standing office. */
  PROGRESS_REPORT,
  /** A unit sent what the plan requires before its conference (issue 22): to the recipient's office. */
  SUBMISSION_SENT,
  /**
   * An outside event's date was changed (the provincial Party congress moved) and a conference already scheduled is now
   * on the wrong side of it: to the conference unit's standing office (at most 20 characters: column notification.kind).
   */
  EVENT_DATE_CHANGED,
  /**
   * A pilot unit's conference is scheduled (issue 22): to the standing office of each other unit of its level in the
   * same campaign, invited to learn from it — the pilot, the conference's official name and date, the plan's clause
   * ({@code vn.thiduaflow.campaign.PilotLevels}).
   */
  PILOT_INVITATION,
  /**
   * A deadline of a unit was escalated (issue 22): to the council member of the council above who supervises that unit
   * (plan.supervision, assigned by the standing office), one per escalation
   * ({@code vn.thiduaflow.submission.SupervisionService}).
   */
  SUPERVISOR_ALERT
}

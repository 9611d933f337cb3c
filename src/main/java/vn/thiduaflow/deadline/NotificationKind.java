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
  SUBMISSION_SENT
}

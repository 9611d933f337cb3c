package vn.thiduaflow.deadline;

/** Whether a notification's e-mail went out. */
public enum NotificationStatus {
  /** Recorded; the e-mail goes out once the transaction that raised it commits. */
  QUEUED,
  /** Accepted by the SMTP server. */
  SENT,
  /** No SMTP server is configured ({@code spring.mail.host} unset): recorded and logged only. */
  MAIL_OFF,
  /** Nobody to send to: no user of the recipients' groups has an e-mail address. */
  NO_RECIPIENTS,
  /** The SMTP server refused it or could not be reached; {@code detail} says why. */
  FAILED
}

package vn.thiduaflow.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One notification: a reminder, an escalation or a progress report, its recipients (e-mail addresses,
 * comma-separated), text, and whether the e-mail went out.
 */
@Entity
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private NotificationKind kind;
  private Long conferenceId;
  private Long campaignId;
  @Enumerated(EnumType.STRING)
  private DeadlineKind deadline;
  private LocalDate dueOn;
  private String subject;
  private String body;
  private String recipients;
  private LocalDateTime createdAt;
  @Enumerated(EnumType.STRING)
  private NotificationStatus status;
  private String detail;

  protected Notification() {}

  /**
   * @param conferenceId the conference, or null for a campaign's progress report
   * @param campaignId the campaign
   * @param deadline the deadline, or null for a progress report
   * @param dueOn the deadline's last day, or null
   * @param recipients e-mail addresses, comma-separated (may be empty)
   * @param createdAt engine time
   */
  public Notification(NotificationKind kind, Long conferenceId, Long campaignId, DeadlineKind deadline, LocalDate dueOn,
      String subject, String body, String recipients, LocalDateTime createdAt, NotificationStatus status) {
    this.kind = kind;
    this.conferenceId = conferenceId;
    this.campaignId = campaignId;
    this.deadline = deadline;
    this.dueOn = dueOn;
    this.subject = subject;
    this.body = body;
    this.recipients = recipients;
    this.createdAt = createdAt;
    this.status = status;
  }

  public Long getId() { return id; }
  public NotificationKind getKind() { return kind; }
  public Long getConferenceId() { return conferenceId; }
  public Long getCampaignId() { return campaignId; }
  public DeadlineKind getDeadline() { return deadline; }
  public LocalDate getDueOn() { return dueOn; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public String getRecipients() { return recipients; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public NotificationStatus getStatus() { return status; }
  public String getDetail() { return detail; }

  /** Records the outcome of sending. */
  public void setOutcome(NotificationStatus status, String detail) {
    this.status = status;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 500));
  }
}

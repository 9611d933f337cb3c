package vn.thiduaflow.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One submission of a conference (table {@code conference_submission}, V16): what the plan requires the unit to send
 * before its conference ({@link vn.thiduaflow.plan.SubmissionRule}), where to, its due day, and when it was sent and
 * escalated. Opened when the conference is scheduled; the documents are the conference's own
 * ({@code conference_document}).
 */
@Entity
public class ConferenceSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private String code;
  private String title;
  private String recipient;
  private LocalDate dueOn;
  private LocalDateTime startedAt;
  private LocalDateTime sentAt;
  private String sentBy;
  private Long escalationId;

  protected ConferenceSubmission() {}

  /**
   * @param code the plan's submission code
   * @param title what is sent (the plan's words)
   * @param recipient the recipient's name as shown ("Sở Nội vụ tỉnh Lạng Sơn")
   * @param dueOn the due day (inclusive), or null while it counts from a step not yet done
   * @param startedAt engine time the conference was scheduled and the submission opened
   */
  public ConferenceSubmission(Long conferenceId, String code, String title, String recipient, LocalDate dueOn,
      LocalDateTime startedAt) {
    this.conferenceId = conferenceId;
    this.code = code;
    this.title = title;
    this.recipient = recipient;
    this.dueOn = dueOn;
    this.startedAt = startedAt;
  }

  public Long getId() { return id; }
  public Long getConferenceId() { return conferenceId; }
  public String getCode() { return code; }
  public String getTitle() { return title; }
  public String getRecipient() { return recipient; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getStartedAt() { return startedAt; }
  public LocalDateTime getSentAt() { return sentAt; }
  public String getSentBy() { return sentBy; }
  public Long getEscalationId() { return escalationId; }

  /** Whether it has been sent. */
  public boolean sent() {
    return sentAt != null;
  }

  void due(LocalDate day) {
    this.dueOn = day;
  }

  void sent(LocalDateTime at, String by) {
    this.sentAt = at;
    this.sentBy = by;
  }

  void escalated(Long escalation) {
    this.escalationId = escalation;
  }
}

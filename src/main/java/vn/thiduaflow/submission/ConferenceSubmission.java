package vn.thiduaflow.submission;

import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One submission of a conference (table {@code conference_submission}, V16): what the plan requires the unit to send
 * before its conference ({@link vn.thiduaflow.plan.model.SubmissionRule}), where to, its due day, and when it was sent and
 * escalated. Opened when the conference is scheduled; the documents are the conference's own
 * ({@code conference_document}).
 */
@Entity
public class ConferenceSubmission extends ConferenceItem {

  private String recipient;
  private LocalDateTime sentAt;
  private String sentBy;

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
    super(conferenceId, code, title, dueOn, startedAt);
    this.recipient = recipient;
  }

  public String getRecipient() { return recipient; }
  public LocalDateTime getSentAt() { return sentAt; }
  public String getSentBy() { return sentBy; }

  /** Whether it has been sent. */
  public boolean sent() {
    return sentAt != null;
  }

  @Override
  boolean finished() {
    return sent();
  }

  void sent(LocalDateTime at, String by) {
    this.sentAt = at;
    this.sentBy = by;
  }
}

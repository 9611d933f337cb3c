package vn.thiduaflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A report sent upward: a conference's results, or a campaign's summary. */
@Entity
public class Report {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long campaignId;
  private Long conferenceId;
  private String recipient;
  private LocalDateTime sentAt;
  private String summary;

  protected Report() {}

  public Report(Long campaignId, Long conferenceId, String recipient, LocalDateTime sentAt, String summary) {
    this.campaignId = campaignId;
    this.conferenceId = conferenceId;
    this.recipient = recipient;
    this.sentAt = sentAt;
    this.summary = summary;
  }

  public Long getConferenceId() { return conferenceId; }
  public String getRecipient() { return recipient; }
  public LocalDateTime getSentAt() { return sentAt; }
  public String getSummary() { return summary; }
}

package vn.thiduaflow.submission;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The columns and deadline state a conference's per-item rows share ({@link ConferenceSubmission}, table
 * {@code conference_submission}, V16; {@link ConferenceDuty}, table {@code conference_duty}, V18): the plan's code and
 * title, the due day (inclusive; null while it counts from a step not yet done), when the item was opened and its
 * escalation. {@link ItemDeadlines} works on these; each row adds how it is finished (sent, done).
 */
@MappedSuperclass
public abstract class ConferenceItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private String code;
  private String title;
  private LocalDate dueOn;
  private LocalDateTime startedAt;
  private Long escalationId;

  protected ConferenceItem() {}

  ConferenceItem(Long conferenceId, String code, String title, LocalDate dueOn, LocalDateTime startedAt) {
    this.conferenceId = conferenceId;
    this.code = code;
    this.title = title;
    this.dueOn = dueOn;
    this.startedAt = startedAt;
  }

  public Long getId() { return id; }
  public Long getConferenceId() { return conferenceId; }
  public String getCode() { return code; }
  public String getTitle() { return title; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getStartedAt() { return startedAt; }
  public Long getEscalationId() { return escalationId; }

  /** Whether the item is finished (a submission sent, a duty done): no escalation any more. */
  abstract boolean finished();

  void due(LocalDate day) {
    this.dueOn = day;
  }

  void escalated(Long escalation) {
    this.escalationId = escalation;
  }
}

package vn.thiduaflow.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A conference's commendation proposal (tờ trình khen thưởng; table {@code commendation_draft}, V22) and the head of
 * the authority's decision on it; its lines are {@link CommendationLine}s.
 */
@Entity
public class CommendationDraft {

  /** Where the proposal stands. */
  public enum Status {
    /** Drafted by the standing office, awaiting the head of the authority. */
    DRAFTED,
    /** Approved: the decisions are issued with the date and signer recorded here. */
    APPROVED,
    /** Returned to the office with a reason. */
    RETURNED
  }

  @Id
  private Long conferenceId;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String draftedBy;
  private LocalDateTime draftedAt;
  private String returnReason;
  private LocalDate decidedOn;
  private String signerTitle;
  private String signerName;
  private String reviewedBy;
  private LocalDateTime reviewedAt;

  protected CommendationDraft() {}

  CommendationDraft(Long conferenceId) {
    this.conferenceId = conferenceId;
  }

  void drafted(String by, LocalDateTime at) {
    status = Status.DRAFTED;
    draftedBy = by;
    draftedAt = at;
  }

  void approved(LocalDate on, String title, String name, String by, LocalDateTime at) {
    status = Status.APPROVED;
    decidedOn = on;
    signerTitle = title;
    signerName = name;
    returnReason = null;
    reviewedBy = by;
    reviewedAt = at;
  }

  void returned(String reason, String by, LocalDateTime at) {
    status = Status.RETURNED;
    returnReason = reason;
    reviewedBy = by;
    reviewedAt = at;
  }

  public Long getConferenceId() { return conferenceId; }
  public Status getStatus() { return status; }
  public String getDraftedBy() { return draftedBy; }
  public LocalDateTime getDraftedAt() { return draftedAt; }
  public String getReturnReason() { return returnReason; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public String getSignerTitle() { return signerTitle; }
  public String getSignerName() { return signerName; }
  public String getReviewedBy() { return reviewedBy; }
  public LocalDateTime getReviewedAt() { return reviewedAt; }
}

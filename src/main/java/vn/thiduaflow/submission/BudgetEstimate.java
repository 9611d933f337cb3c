package vn.thiduaflow.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * A conference's budget estimate (dự trù kinh phí tổ chức Hội nghị; table {@code budget_estimate}, V24) by the
 * finance officer and the chair's decision on it; its lines are {@link BudgetEstimateLine}s. Amounts in VND.
 */
@Entity
public class BudgetEstimate {

  /** Drafted and waiting for the chair, approved, or returned to the officer. */
  public enum Status { DRAFTED, APPROVED, RETURNED }

  @Id
  private Long conferenceId;
  private String unitCode;
  private int fundYear;
  @Enumerated(EnumType.STRING)
  private Status status;
  private long total;
  private long awardMoney;
  private String draftedBy;
  private LocalDateTime draftedAt;
  private String returnReason;
  private String reviewedBy;
  private LocalDateTime reviewedAt;

  protected BudgetEstimate() {}

  BudgetEstimate(Long conferenceId, String unitCode, int fundYear) {
    this.conferenceId = conferenceId;
    this.unitCode = unitCode;
    this.fundYear = fundYear;
  }

  void drafted(long total, long awardMoney, String actor, LocalDateTime at) {
    this.status = Status.DRAFTED;
    this.total = total;
    this.awardMoney = awardMoney;
    this.draftedBy = actor;
    this.draftedAt = at;
  }

  void reviewed(Status status, String reason, String actor, LocalDateTime at) {
    this.status = status;
    this.returnReason = reason;
    this.reviewedBy = actor;
    this.reviewedAt = at;
  }

  public Long getConferenceId() { return conferenceId; }
  public String getUnitCode() { return unitCode; }
  public int getFundYear() { return fundYear; }
  public Status getStatus() { return status; }
  /** All lines, VND. */
  public long getTotal() { return total; }
  /** The award money lines, VND (spent by the decisions themselves, not by the estimate). */
  public long getAwardMoney() { return awardMoney; }
  public String getDraftedBy() { return draftedBy; }
  public LocalDateTime getDraftedAt() { return draftedAt; }
  public String getReturnReason() { return returnReason; }
  public String getReviewedBy() { return reviewedBy; }
  public LocalDateTime getReviewedAt() { return reviewedAt; }
}

package vn.thiduaflow.award;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * The award money of one recipient of a decision (table {@code award_money}, V24): the coefficient of the award form
 * for the recipient's kind and the amount in VND ({@link AwardMoneyCalculator}).
 */
@Entity
@Table(name = "award_money")
public class AwardMoneyLine {

  @Id
  private Long awardRecordId;
  private Long decisionId;
  private BigDecimal coefficient;
  private long amount;

  protected AwardMoneyLine() {}

  AwardMoneyLine(Long awardRecordId, Long decisionId, BigDecimal coefficient, long amount) {
    this.awardRecordId = awardRecordId;
    this.decisionId = decisionId;
    this.coefficient = coefficient;
    this.amount = amount;
  }

  public Long getAwardRecordId() { return awardRecordId; }
  public Long getDecisionId() { return decisionId; }
  public BigDecimal getCoefficient() { return coefficient; }
  public long getAmount() { return amount; }
}

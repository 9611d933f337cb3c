package vn.thiduaflow.rule;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A recorded rule decision: which rule, for which conference, when (engine time), the outcome and the clause. */
@Entity
public class RuleDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private Long campaignId;
  @Enumerated(EnumType.STRING)
  private Rule rule;
  private boolean passed;
  private String detail;
  private String clause;
  private LocalDateTime decidedAt;

  protected RuleDecision() {}

  public RuleDecision(Long campaignId, Long conferenceId, RuleResult result, LocalDateTime decidedAt) {
    this.campaignId = campaignId;
    this.conferenceId = conferenceId;
    this.rule = result.rule();
    this.passed = result.passed();
    this.detail = result.detail();
    this.clause = result.clause();
    this.decidedAt = decidedAt;
  }

  public Long getConferenceId() { return conferenceId; }
  public Rule getRule() { return rule; }
  public boolean isPassed() { return passed; }
  public String getDetail() { return detail; }
  public String getClause() { return clause; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
}

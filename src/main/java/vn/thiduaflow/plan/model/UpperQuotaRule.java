package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Delegates this unit may send to the upper-level conference.
 *
 * @param collectives most collective delegates; when {@code decidedByStandingOffice}, the office's starting proposal
 * @param individuals most individual delegates; when {@code decidedByStandingOffice}, the office's starting proposal
 * @param clause source clause
 * @param decidedByStandingOffice the plan leaves the numbers to the upper council's standing office, decided per
 *     lower unit while the campaign runs (UserTask_DecideDelegateQuota of the Campaign model), the total within the
 *     upper congress's official delegates; absent: false (the numbers above are the quota)
 */
public record UpperQuotaRule(@PositiveOrZero int collectives, @PositiveOrZero int individuals, @NotBlank String clause,
    Boolean decidedByStandingOffice) {

  public UpperQuotaRule {
    decidedByStandingOffice = decidedByStandingOffice != null && decidedByStandingOffice;
  }

  /** A quota the plan fixes itself. */
  public UpperQuotaRule(int collectives, int individuals, String clause) {
    this(collectives, individuals, clause, false);
  }

  /** Whether the standing office decides the numbers during the campaign. */
  public boolean decidedDuringCampaign() {
    return decidedByStandingOffice;
  }
}

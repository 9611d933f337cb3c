package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One balance a plan asks the delegate composition to respect, attested by the standing office.
 *
 * @param code which balance, from the fixed list
 * @param label the plan's words for it (Vietnamese, at most 200 characters); absent: the code's own label
 * @param clause the clause that asks for it
 */
public record BalanceCriterionRule(
    @NotNull BalanceCriterion code, @jakarta.validation.constraints.Size(max = 200) String label,
    @NotBlank String clause) {

  public BalanceCriterionRule {
    label = (label == null || label.isBlank()) && code != null ? code.label() : label;
  }
}

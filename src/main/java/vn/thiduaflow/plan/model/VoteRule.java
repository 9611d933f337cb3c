package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The council's approval threshold, as a share of all voting members.
 *
 * @param thresholdPercent threshold in percent of all members
 * @param comparison strictly more than, or at least
 * @param clause source clause
 */
public record VoteRule(
    @Min(1) @Max(100) int thresholdPercent, @NotNull ThresholdComparison comparison, @NotBlank String clause,
    Map<@NotNull NomineeTitle, @NotNull @Valid Threshold> byTitle) {

  public VoteRule {
    byTitle = byTitle == null ? Map.of() : Map.copyOf(byTitle);
  }

  /** A single threshold for every title. */
  public VoteRule(int thresholdPercent, ThresholdComparison comparison, String clause) {
    this(thresholdPercent, comparison, clause, null);
  }

  /** The threshold for nominees of a title: its own entry in {@code byTitle}, else the plan's general one. */
  public Threshold thresholdFor(NomineeTitle title) {
    Threshold own = title == null ? null : byTitle.get(title);
    return own != null ? own : new Threshold(thresholdPercent, comparison, clause);
  }
}

package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An approval threshold for one title (e.g. Chiến sĩ thi đua ≥ 80%, Anh hùng ≥ 90% of all members, as set by the
 * decree the plan follows).
 *
 * @param thresholdPercent percent of ALL voting members of the council (not of votes cast), 1–100
 * @param comparison strictly more than, or at least
 * @param clause the clause or article the threshold comes from
 */
public record Threshold(
    @Min(1) @Max(100) int thresholdPercent, @NotNull ThresholdComparison comparison, @NotBlank String clause) {}

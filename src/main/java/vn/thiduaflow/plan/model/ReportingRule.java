package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The reporting duty.
 *
 * @param frequency how often
 * @param recipient who receives the reports (Vietnamese)
 * @param clause source clause
 * @param dayOfMonth day of the month (1–28) a periodic progress report falls due; null: the 25th (not stated in the
 *     seed plans)
 */
public record ReportingRule(@NotNull ReportingFrequency frequency, @NotBlank String recipient, @NotBlank String clause,
    @Min(1) @Max(28) Integer dayOfMonth) {

  /** Day of the month progress reports fall due when the plan does not say: the 25th, before the month closes. */
  public static final int DEFAULT_DAY_OF_MONTH = 25;

  /** The day of the month periodic progress reports fall due. */
  public int reportDay() {
    return dayOfMonth != null ? dayOfMonth : DEFAULT_DAY_OF_MONTH;
  }

  /** Whether units report progress periodically while the campaign runs (monthly or "định kỳ"). */
  public boolean periodic() {
    return frequency == ReportingFrequency.MONTHLY || frequency == ReportingFrequency.PERIODIC;
  }
}

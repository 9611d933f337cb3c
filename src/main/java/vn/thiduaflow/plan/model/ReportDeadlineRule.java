package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/**
 * When the lower units' reports are due at the issuing unit: N calendar days after the lower window's last day, or a
 * fixed date. After it the council chair decides per missing unit: wait longer, or waive it with a reason.
 *
 * @param daysAfterLowerWindow calendar days after the last day of the lower units' window
 * @param fixedDate a fixed due day
 * @param statedInPlan false when the plan is silent and the value is the workflow's default
 * @param clause source clause, or why this value applies
 */
public record ReportDeadlineRule(
    @PositiveOrZero Integer daysAfterLowerWindow, LocalDate fixedDate,
    @JsonProperty(defaultValue = "true") Boolean statedInPlan, @NotBlank String clause) {

  /** The due day for lower units whose window ends on {@code lowerWindowEnd}. */
  public LocalDate dueFor(LocalDate lowerWindowEnd) {
    return fixedDate != null ? fixedDate : lowerWindowEnd.plusDays(daysAfterLowerWindow);
  }
}

package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One dated step of the plan's schedule.
 *
 * @param step which step
 * @param from first day
 * @param to last day (same as from for a one-day step)
 * @param label Vietnamese text of the step
 * @param clause source clause
 */
public record ScheduleEntry(
    @NotNull ScheduleStep step, @NotNull LocalDate from, LocalDate to, @NotBlank String label, @NotBlank String clause) {

  /** Last day of the step. */
  public LocalDate end() {
    return to == null ? from : to;
  }
}

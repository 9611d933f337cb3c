package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An inclusive date window.
 *
 * @param from first allowed day
 * @param to last allowed day
 * @param clause the clause this window comes from
 */
public record DateWindow(@NotNull LocalDate from, @NotNull LocalDate to, String clause) {

  /** True when {@code date} is on or after {@link #from} and on or before {@link #to}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}

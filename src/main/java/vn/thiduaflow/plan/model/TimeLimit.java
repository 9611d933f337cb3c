package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import vn.thiduaflow.calendar.WorkingCalendar;

/**
 * A time limit counted from an event (the dossier sent, the conference held) or, for reminders, back from a deadline:
 * calendar days or working days. Exactly one is set.
 *
 * @param days calendar days
 * @param workingDays working days (weekends, public holidays and Tết skipped)
 * @param statedInPlan false when the plan does not state it and the value is the workflow's default
 * @param clause source clause, or why this value applies when the plan is silent
 */
public record TimeLimit(@PositiveOrZero Integer days, @PositiveOrZero Integer workingDays,
    @JsonProperty(defaultValue = "true") Boolean statedInPlan, @NotBlank String clause) {

  /**
   * The last day (inclusive) of the limit starting on {@code start}: 5 working days after Friday 24/1/2025 is Friday
   * 7/2/2025.
   */
  public LocalDate after(LocalDate start, WorkingCalendar calendar) {
    return workingDays != null ? calendar.plusWorkingDays(start, workingDays) : start.plusDays(days);
  }

  /**
   * The day this lead before {@code day}, for reminders: 2 working days before Friday 7/2/2025 is Wednesday 5/2/2025;
   * 3 calendar days before it is Tuesday 4/2/2025.
   */
  public LocalDate before(LocalDate day, WorkingCalendar calendar) {
    return workingDays != null ? calendar.plusWorkingDays(day, -workingDays) : day.minusDays(days);
  }

  /** Whether the plan itself states this limit. */
  public boolean stated() {
    return statedInPlan == null || statedInPlan;
  }

  /** E.g. "5 working days", "15 calendar days". */
  public String describe() {
    return workingDays != null ? workingDays + " working days" : days + " calendar days";
  }
}

package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import vn.thiduaflow.calendar.WorkingCalendar;

/**
 * A deadline relative to the conference — calendar days before it (the plans' "trước 15 ngày"), or working days before
 * it (weekends, public holidays and Tết skipped, {@link WorkingCalendar}) — or a fixed date. Exactly one is set.
 *
 * @param daysBeforeConference calendar days before the conference date; the deadline is that day, inclusive
 * @param workingDaysBeforeConference working days before the conference date; the deadline is that day, inclusive
 * @param fixedDate a fixed deadline day, inclusive
 * @param statedInPlan false when the plan does not state it and the value is the workflow's default
 * @param clause source clause, or why this value applies when the plan is silent
 */
public record DeadlineRule(
    @PositiveOrZero Integer daysBeforeConference,
    @PositiveOrZero Integer workingDaysBeforeConference,
    LocalDate fixedDate,
    @JsonProperty(defaultValue = "true") Boolean statedInPlan,
    @NotBlank String clause) {

  /** A calendar-day or fixed-date rule (the form most plans use). */
  public DeadlineRule(Integer daysBeforeConference, LocalDate fixedDate, Boolean statedInPlan, String clause) {
    this(daysBeforeConference, null, fixedDate, statedInPlan, clause);
  }

  /**
   * The deadline day (inclusive) for a conference on {@code conferenceDate}: 15 calendar days before 31/3/2025 is
   * 16/3/2025; 5 working days before 7/2/2025 is 24/1/2025 (Tết 25/1–2/2/2025 skipped).
   *
   * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day count reaches a year without
   *     configured holidays
   */
  public LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar) {
    if (fixedDate != null) {
      return fixedDate;
    }
    if (workingDaysBeforeConference != null) {
      return calendar.plusWorkingDays(conferenceDate, -workingDaysBeforeConference);
    }
    return conferenceDate.minusDays(daysBeforeConference);
  }

  /** How the deadline is counted, in English: "fixed date 2020-03-27", "15 calendar days before the conference". */
  public String describe() {
    if (fixedDate != null) {
      return "fixed date " + fixedDate;
    }
    return workingDaysBeforeConference != null ? workingDaysBeforeConference + " working days before the conference"
        : daysBeforeConference + " calendar days before the conference";
  }

  /** {@link #describe()} for a conference on the given day, for rule decisions. */
  public String describe(LocalDate conferenceDate) {
    return fixedDate != null ? describe() : describe() + " on " + conferenceDate;
  }

  /** Whether the plan itself states this deadline. */
  public boolean stated() {
    return statedInPlan == null || statedInPlan;
  }
}

package vn.thiduaflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A working-day count reached a year whose public holidays are not configured. Counting on would guess Tết, so the
 * deadline is refused instead; add the year to the holiday file.
 */
public class CalendarYearMissingException extends IllegalStateException {

  private final LocalDate day;

  /**
   * @param day the day that could not be classified
   * @param known the configured years
   */
  public CalendarYearMissingException(LocalDate day, List<Integer> known) {
    super("No public holidays configured for " + day.getYear() + " (needed for " + day + "); configured years: "
        + known + ". Add the year's days off from its announcement to " + WorkingCalendar.BUNDLED
        + " or to the file given with thiduaflow.calendar.extra-file");
    this.day = day;
  }

  /** The day that could not be classified. */
  public LocalDate day() {
    return day;
  }
}

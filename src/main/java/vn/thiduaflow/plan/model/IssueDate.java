package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The day a plan was signed (plan file key {@code issuedOn}), fully or half known: OCR'd plans often lose the day of
 * signing and keep only the month. Written in a plan file as {@code 2025-01-06} (a full date) or {@code 2014-05} (a
 * year and month, the day unknown); nothing else is accepted.
 *
 * <p>Documents print the half-known form as it is known, never a made-up day: {@link #written()} gives "ngày 06 tháng 01
 * năm 2025" or "tháng 5 năm 2014" (the date line of Decree 30/2020/NĐ-CP, Appendix I §II.5 (b): days below 10 and
 * months 1, 2 with a leading zero). Code that needs one day (the simulator's start, the years a plan reaches) takes
 * {@link #firstDay()} or {@link #lastDay()}.
 *
 * @param year the calendar year
 * @param month 1–12
 * @param day day of the month, or null when the plan's day of signing is not known
 */
public record IssueDate(int year, int month, Integer day) {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

  /**
   * @throws IllegalArgumentException naming the value when the month is not 1–12 or the day does not exist in that
   *     month (30/2, 31/4)
   */
  public IssueDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " of " + year + " is not a month (1–12)");
    }
    if (day != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(String.format("%04d-%02d-%02d", year, month, day) + " is not a day of the "
            + "calendar (" + YearMonth.of(year, month) + " has " + YearMonth.of(year, month).lengthOfMonth()
            + " days)");
      }
    }
  }

  /**
   * Reads a plan file's value: {@code YYYY-MM-DD} or {@code YYYY-MM}.
   *
   * @throws IllegalArgumentException saying what is wrong and the two accepted forms: a value in another shape
   *     ("2014", "6/1/2025"), a month outside 1–12 ("2014-13") or a day that does not exist ("2014-02-30")
   */
  public static IssueDate parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a date of signing; write YYYY-MM-DD (2025-01-06) or, "
          + "when the day is not known, YYYY-MM (2014-05)");
    }
    try {
      return new IssueDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          m.group(3) == null ? null : Integer.parseInt(m.group(3)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "': " + e.getMessage()
          + "; write YYYY-MM-DD (2025-01-06) or YYYY-MM (2014-05)", e);
    }
  }

  /**
   * The plan file's value as YAML gives it: a string, or a number when the file writes a bare year ({@code 2014}),
   * which is refused by {@link #parse} like any other shape.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static IssueDate read(Object value) {
    return parse(String.valueOf(value));
  }

  /** A fully known date. */
  public static IssueDate of(LocalDate date) {
    return new IssueDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Whether the day of signing is known. */
  public boolean dayKnown() {
    return day != null;
  }

  /** The day of signing, or the first day of its month when only the month is known. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month, day != null ? day : 1);
  }

  /** The day of signing, or the last day of its month when only the month is known. */
  public LocalDate lastDay() {
    return day != null ? firstDay() : YearMonth.of(year, month).atEndOfMonth();
  }

  /**
   * The date line of a document: "ngày 06 tháng 01 năm 2025" ({@link VietnameseDates#written}), or "tháng 5 năm 2014"
   * ("tháng 01 năm 2014" in January) when the day is not known.
   */
  public String written() {
    return day != null ? VietnameseDates.written(firstDay())
        : "tháng " + (month <= 2 ? "0" + month : String.valueOf(month)) + " năm " + year;
  }

  /** The short form in forms and briefs, with its preposition: "ngày 06/01/2025", or "tháng 05/2014". */
  public String shortForm() {
    return day != null ? "ngày " + VietnameseDates.day(firstDay()) : String.format("tháng %02d/%04d", month, year);
  }

  /** The plan file's form, {@code 2025-01-06} or {@code 2014-05}; also its JSON form. */
  @JsonValue
  @Override
  public String toString() {
    return day != null ? firstDay().toString() : String.format("%04d-%02d", year, month);
  }
}

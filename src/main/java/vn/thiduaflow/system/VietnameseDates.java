package vn.thiduaflow.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one place where dates are written for people: documents, forms and task descriptions.
 *
 * <ul>
 *   <li>{@link #written(LocalDate)}: the date line of an administrative document, "ngày 06 tháng 01 năm 2025",
 *       following Decree 30/2020/NĐ-CP, Appendix I, §II.5 (b): days below 10 and the months 1 and 2 take a leading
 *       zero ("ngày 15 tháng 3 năm 2025", "ngày 09 tháng 02 năm 2025");</li>
 *   <li>{@link #day(LocalDate)}: the short form in forms and tables, dd/MM/yyyy ("06/01/2025");</li>
 *   <li>{@link #minute(LocalDateTime)}: a moment, dd/MM/yyyy HH:mm ("06/01/2025 14:05").</li>
 * </ul>
 * A null date is written "—" by every method (a value not known yet), never "null".
 */
public final class VietnameseDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  /** What a date not known yet is written as. */
  public static final String UNKNOWN = "—";

  private VietnameseDates() {}

  /**
   * "ngày 06 tháng 01 năm 2025": Decree 30/2020/NĐ-CP, Appendix I §II.5 (b) — day below 10 and months 1, 2 with a
   * leading zero, the other months without.
   */
  public static String written(LocalDate date) {
    if (date == null) {
      return UNKNOWN;
    }
    int month = date.getMonthValue();
    return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
        + (month <= 2 ? "0" + month : String.valueOf(month)) + " năm " + date.getYear();
  }

  /** "06/01/2025" (dd/MM/yyyy), or "—" for null. */
  public static String day(LocalDate date) {
    return date == null ? UNKNOWN : DAY.format(date);
  }

  /** "06/01/2025 14:05" (dd/MM/yyyy HH:mm), or "—" for null. */
  public static String minute(LocalDateTime time) {
    return time == null ? UNKNOWN : MINUTE.format(time);
  }

  /** "từ 01/03/2025 đến 30/04/2025": an inclusive window of days. */
  public static String window(LocalDate from, LocalDate to) {
    return "từ " + day(from) + " đến " + day(to);
  }
}

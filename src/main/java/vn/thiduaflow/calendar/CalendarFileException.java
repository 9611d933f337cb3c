package vn.thiduaflow.calendar;

/** A holiday file is malformed; names the file, the entry (e.g. {@code years.2025.daysOff[1].to}) and the problem. */
public class CalendarFileException extends IllegalStateException {

  /**
   * @param file the file
   * @param field the entry at fault
   * @param problem what is wrong
   */
  public CalendarFileException(String file, String field, String problem) {
    super("Holiday calendar " + file + ": " + field + " " + problem);
  }
}

package vn.thiduaflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.task.Task;
import vn.thiduaflow.system.EngineClock;

/**
 * The engine's {@code dueDate} business calendar (timer {@code timeDate} and user-task {@code camunda:dueDate}), extended
 * with deadlines in days and working days. Everything Camunda's own {@link DueDateBusinessCalendar} accepts (ISO 8601
 * date-times, ISO durations from now) is passed to it unchanged; in addition it resolves:
 *
 * <ul>
 *   <li>{@code 2025-03-16} — the start (00:00) of that day;
 *   <li>{@code end of 2025-03-16} — the end of that day, i.e. 00:00 of the next calendar day: a deadline "by 16/3"
 *       fires once the whole 16th has passed;
 *   <li>{@code 2025-01-24 + 5 working days}, {@code end of 2025-01-24 + 5 working days},
 *       {@code 2025-03-16 - 2 working days}: the day counted in {@link WorkingCalendar working days} (weekends, public
 *       holidays and Tết skipped; make-up Saturdays counted), then its start or end as above.
 * </ul>
 *
 * Times are in the JVM's zone, as the engine clock's. Registered by {@link BusinessCalendarPlugin}.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

  private static final Pattern EXPRESSION = Pattern.compile(
      "(end of )?(\\d{4}-\\d{2}-\\d{2})(?: ([+-]) (\\d{1,4}) working days?)?");

  private final WorkingCalendar calendar;
  private final DueDateBusinessCalendar camundaDefault = new DueDateBusinessCalendar();

  /** @param calendar the working days to count on */
  public WorkingDayBusinessCalendar(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** The expression for the end of a deadline day (the timer fires at 00:00 of the next day). */
  public static String endOf(LocalDate day) {
    return "end of " + day;
  }

  /** The expression for the start of the day {@code workingDays} working days before (negative) or after a day. */
  public static String startOf(LocalDate day, int workingDays) {
    return workingDays == 0 ? day.toString()
        : day + (workingDays > 0 ? " + " : " - ") + Math.abs(workingDays) + " working days";
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  /**
   * @throws ProcessEngineException naming the expression when it is neither Camunda's format nor this grammar, or when
   *     the count reaches a year without configured holidays
   */
  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    String text = duedateDescription == null ? "" : duedateDescription.trim();
    Matcher m = EXPRESSION.matcher(text);
    if (!m.matches()) {
      return startDate == null ? camundaDefault.resolveDuedate(text) : camundaDefault.resolveDuedate(text, startDate);
    }
    try {
      LocalDate day = LocalDate.parse(m.group(2));
      if (m.group(3) != null) {
        int n = Integer.parseInt(m.group(4));
        day = calendar.plusWorkingDays(day, m.group(3).equals("+") ? n : -n);
      }
      return EngineClock.toDate((m.group(1) != null ? day.plusDays(1) : day).atStartOfDay());
    } catch (DateTimeParseException | CalendarYearMissingException e) {
      throw new ProcessEngineException("Cannot resolve due date '" + text + "': " + e.getMessage(), e);
    }
  }
}

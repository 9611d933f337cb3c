package vn.thiduaflow.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock ({@link ClockUtil}), so that domain dates follow the same time as timers: real time in
 * production, the plan's timeline in simulations and tests, real time shifted by a fixed offset in the demo.
 */
public final class EngineClock {

  private EngineClock() {}

  /** Engine time now. */
  public static LocalDateTime now() {
    return toLocal(ClockUtil.getCurrentTime());
  }

  /** Engine date today. */
  public static LocalDate today() {
    return now().toLocalDate();
  }

  /** A local date-time as a {@link Date} for timers. */
  public static Date toDate(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  /**
   * The instant a day begins (00:00 in the JVM's zone, as the engine's), for a reminder timer that fires on that
   * day's morning.
   */
  public static Date startOf(LocalDate day) {
    return toDate(day.atStartOfDay());
  }

  /**
   * The instant a deadline day ends: 00:00 of the next calendar day, so a deadline "by 16/3" (the last day inclusive)
   * fires, and a task is late, once the whole 16th has passed. The date a timer's {@code timeDate} or a task's
   * {@code camunda:dueDate} expression gives the engine.
   */
  public static Date endOf(LocalDate day) {
    return toDate(day.plusDays(1).atStartOfDay());
  }

  /** An engine date (a task's create time, a job's due date) as local date-time; null stays null. */
  public static LocalDateTime toLocal(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}

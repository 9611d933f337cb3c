package vn.thiduaflow.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Vietnam's public-service working days: Monday to Friday, except the public holidays and Tết decreed for each year,
 * plus the Saturdays worked to make up a swapped day (làm bù). Working-day deadlines ("N ngày làm việc") are counted on
 * it; calendar-day deadlines ("trước 15 ngày") are not.
 *
 * <p>The days off are configuration, one entry per year, in {@code calendar/vn-public-service-holidays.yaml} (2010–2026,
 * from the announcements named there; basis: Bộ luật Lao động 1994 (sửa đổi 2007) Điều 73 to 30/4/2013, Bộ luật Lao
 * động 2012 Điều 115 from 1/5/2013, Bộ luật Lao động 2019 Điều 112 from 2021), and
 * optionally a file given with {@code thiduaflow.calendar.extra-file} whose years replace or add to the bundled ones.
 * Every timer and task due date is a day counted on it, given to the engine as a date
 * ({@link vn.thiduaflow.system.EngineClock#endOf}).
 */
@Component
public class WorkingCalendar {

  /** The bundled holiday file on the class path. */
  public static final String BUNDLED = "calendar/vn-public-service-holidays.yaml";

  private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

  private final NavigableMap<Integer, HolidayYear> years;

  /**
   * Loads the bundled years and, when {@code extraFile} is not blank, the years of that file over them.
   *
   * @throws CalendarFileException naming the file, the entry and the problem when a file is malformed
   */
  @Autowired
  public WorkingCalendar(@Value("${thiduaflow.calendar.extra-file:}") String extraFile) {
    TreeMap<Integer, HolidayYear> loaded = new TreeMap<>();
    try (InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new CalendarFileException(BUNDLED, "file", "not found on the class path");
      }
      loaded.putAll(read(BUNDLED, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (extraFile != null && !extraFile.isBlank()) {
      try (InputStream in = Files.newInputStream(Path.of(extraFile))) {
        loaded.putAll(read(extraFile, in));
      } catch (IOException e) {
        throw new CalendarFileException(extraFile, "file", "cannot be read: " + e.getMessage());
      }
    }
    this.years = loaded;
    loaded.values().stream().filter(HolidayYear::provisional).forEach(y ->
        log.warn("Holiday calendar {} is provisional: {}", y.year(), y.check()));
  }

  /** A calendar of the given years only, for tests and tools. */
  public WorkingCalendar(Map<Integer, HolidayYear> years) {
    this.years = new TreeMap<>(years);
  }

  /** The years this calendar knows, ascending. */
  public List<Integer> years() {
    return List.copyOf(years.keySet());
  }

  /**
   * Whether the days off of this calendar year are configured, so that {@link #isWorkingDay} and
   * {@link #plusWorkingDays} can classify its days.
   */
  public boolean covers(int year) {
    return years.containsKey(year);
  }

  /**
   * Whether public-service offices work on this day.
   *
   * @throws CalendarYearMissingException when the day's year is not configured
   */
  public boolean isWorkingDay(LocalDate day) {
    HolidayYear year = yearOf(day);
    if (year.workingDays().stream().anyMatch(w -> w.date().equals(day))) {
      return true;
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    return year.daysOff().stream().noneMatch(off -> off.contains(day));
  }

  /** The name of the holiday period this day falls in, if any. */
  public Optional<String> holidayOn(LocalDate day) {
    return yearOf(day).daysOff().stream().filter(off -> off.contains(day)).map(DayOff::name).findFirst();
  }

  /**
   * Counts working days from a day: for {@code n > 0} the n-th working day after {@code from}, for {@code n < 0} the
   * |n|-th working day before it, for 0 the day itself. {@code from} need not be a working day. 5 working days after
   * Friday 24/1/2025 is Friday 7/2/2025, because Tết Ất Tỵ closes the offices 25/1–2/2/2025.
   *
   * @throws CalendarYearMissingException when the count reaches a year that is not configured
   */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    int step = n >= 0 ? 1 : -1;
    LocalDate day = from;
    for (int left = Math.abs(n); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  private HolidayYear yearOf(LocalDate day) {
    HolidayYear year = years.get(day.getYear());
    if (year == null) {
      throw new CalendarYearMissingException(day, years.isEmpty() ? List.of() : List.copyOf(years.keySet()));
    }
    return year;
  }

  private static Map<Integer, HolidayYear> read(String file, InputStream in) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    HolidayFile parsed;
    try {
      parsed = yaml.readValue(in, HolidayFile.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      throw new CalendarFileException(file, e.getPathReference(), e.getOriginalMessage());
    }
    if (parsed == null || parsed.years() == null || parsed.years().isEmpty()) {
      throw new CalendarFileException(file, "years", "lists no year");
    }
    Map<Integer, HolidayYear> result = new TreeMap<>();
    parsed.years().forEach((year, entry) -> result.put(year, check(file, year, entry)));
    return result;
  }

  private static HolidayYear check(String file, int year, HolidayFile.Year entry) {
    String at = "years." + year;
    if (entry.source() == null || entry.source().isBlank()) {
      throw new CalendarFileException(file, at + ".source", "must name the announcement the days come from");
    }
    List<DayOff> off = entry.daysOff() == null ? List.of() : entry.daysOff();
    List<MadeUpDay> worked = entry.workingDays() == null ? List.of() : entry.workingDays();
    List<DayOff> seen = new ArrayList<>();
    for (int i = 0; i < off.size(); i++) {
      DayOff d = off.get(i);
      String field = at + ".daysOff[" + i + "]";
      if (d.from() == null || d.to() == null || d.name() == null || d.name().isBlank()) {
        throw new CalendarFileException(file, field, "needs from, to and name");
      }
      if (d.to().isBefore(d.from())) {
        throw new CalendarFileException(file, field + ".to", "is before from (" + d.from() + ")");
      }
      if (d.from().getYear() != year || d.to().getYear() != year) {
        throw new CalendarFileException(file, field, "must lie in " + year + " (list a period across New Year in "
            + "each year)");
      }
      for (DayOff other : seen) {
        if (!d.from().isAfter(other.to()) && !other.from().isAfter(d.to())) {
          throw new CalendarFileException(file, field, "overlaps '" + other.name() + "'");
        }
      }
      seen.add(d);
    }
    for (int i = 0; i < worked.size(); i++) {
      MadeUpDay w = worked.get(i);
      String field = at + ".workingDays[" + i + "]";
      if (w.date() == null || w.name() == null || w.name().isBlank()) {
        throw new CalendarFileException(file, field, "needs date and name");
      }
      if (w.date().getYear() != year) {
        throw new CalendarFileException(file, field + ".date", "must lie in " + year);
      }
      DayOfWeek dow = w.date().getDayOfWeek();
      if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
        throw new CalendarFileException(file, field + ".date", w.date() + " is a " + dow
            + ", already a working day; only a Saturday or Sunday can be worked to make up a day");
      }
      if (off.stream().anyMatch(d -> d.contains(w.date()))) {
        throw new CalendarFileException(file, field + ".date", w.date() + " is also listed as a day off");
      }
    }
    return new HolidayYear(year, entry.source(), Boolean.TRUE.equals(entry.provisional()), entry.check(), off, worked);
  }

  /**
   * The days off of one year.
   *
   * @param year the calendar year
   * @param source the announcement the days come from
   * @param provisional true when not yet checked against the announcement
   * @param check what to check, for a provisional year
   * @param daysOff inclusive periods the offices are closed
   * @param workingDays Saturdays or Sundays worked to make up a swapped day
   */
  public record HolidayYear(int year, String source, boolean provisional, String check, List<DayOff> daysOff,
      List<MadeUpDay> workingDays) {}

  /**
   * An inclusive period of days off.
   *
   * @param from first day off
   * @param to last day off
   * @param name the holiday, in Vietnamese
   */
  public record DayOff(LocalDate from, LocalDate to, String name) {

    /** Whether the day lies in this period. */
    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  /**
   * A weekend day worked instead of a swapped weekday (làm bù).
   *
   * @param date the day worked
   * @param name why, in Vietnamese
   */
  public record MadeUpDay(LocalDate date, String name) {}

  /** The file's shape. */
  record HolidayFile(Map<Integer, Year> years) {
    record Year(String source, Boolean provisional, String check, List<DayOff> daysOff, List<MadeUpDay> workingDays) {}
  }
}

package vn.thiduaflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.system.EngineClock;

/** The public-service calendar shipped for 2010–2026 and the engine dates of days counted on it. */
class WorkingCalendarTest {

  private final WorkingCalendar calendar = new WorkingCalendar("");

  @Test
  void shipsEveryYearFrom2010To2026() {
    assertThat(calendar.years()).containsExactly(2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
        2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(calendar.covers(2010)).isTrue();
    assertThat(calendar.covers(2009)).isFalse();
    assertThat(calendar.covers(2027)).isFalse();
  }

  @ParameterizedTest(name = "2014: {0} working day {1}")
  @CsvSource({
      "2014-01-24, true",  // Friday before the Tết Giáp Ngọ break
      "2014-01-25, true",  // Saturday worked to make up Tuesday 28/1 (a made-up day)
      "2014-01-27, true",  // Monday 27/1 (27 tháng Chạp): still a working day
      "2014-01-28, false", // first day of the break (28 tháng Chạp, swapped)
      "2014-01-31, false", // mùng 1 Tết Giáp Ngọ
      "2014-02-05, false", // last day of the break (mùng 6)
      "2014-02-06, true",  // first day back
      "2014-02-08, true",  // Saturday worked to make up Wednesday 29/1
      "2014-02-09, false", // an ordinary Sunday
      "2014-04-09, false", // Giỗ Tổ Hùng Vương (10/3 âm lịch)
      "2014-05-02, false", // Friday swapped for Saturday 26/4
      "2014-04-26, true",  // the Saturday worked for it
      "2014-09-01, false", // Monday swapped for Saturday 6/9
      "2014-12-27, true",  // Saturday worked for Friday 2/1/2015
      "2015-01-02, false"
  })
  void knows2014TetAndItsMadeUpDays(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void countsWorkingDaysAcross2014Tet() {
    // Fri 24/1 → Sat 25/1 (made up) 1, Mon 27/1 2, [28/1–5/2 closed], Thu 6/2 3, Fri 7/2 4, Sat 8/2 (made up) 5
    assertThat(calendar.plusWorkingDays(LocalDate.of(2014, 1, 24), 5)).isEqualTo(LocalDate.of(2014, 2, 8));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2014, 2, 8), -5)).isEqualTo(LocalDate.of(2014, 1, 24));
    assertThat(calendar.holidayOn(LocalDate.of(2014, 2, 1))).hasValueSatisfying(n -> assertThat(n).contains("Giáp Ngọ"));
    assertThat(calendar.holidayOn(LocalDate.of(2014, 1, 25))).isEmpty();
  }

  /**
   * Mùng 1 Tết and Giỗ Tổ Hùng Vương (10/3 âm lịch) of every shipped year, computed with Hồ Ngọc Đức's algorithm
   * (npm amlich, UTC+7), lie in a period off: a wrong lunar date in the file shows here.
   */
  @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
  @CsvSource({
      "2010, 2010-02-14, 2010-04-23", "2011, 2011-02-03, 2011-04-12", "2012, 2012-01-23, 2012-03-31",
      "2013, 2013-02-10, 2013-04-19", "2014, 2014-01-31, 2014-04-09", "2015, 2015-02-19, 2015-04-28",
      "2016, 2016-02-08, 2016-04-16", "2017, 2017-01-28, 2017-04-06", "2018, 2018-02-16, 2018-04-25",
      "2019, 2019-02-05, 2019-04-14", "2020, 2020-01-25, 2020-04-02", "2021, 2021-02-12, 2021-04-21",
      "2022, 2022-02-01, 2022-04-10", "2023, 2023-01-22, 2023-04-29", "2024, 2024-02-10, 2024-04-18",
      "2025, 2025-01-29, 2025-04-07", "2026, 2026-02-17, 2026-04-26"
  })
  void theLunarHolidaysOfEveryYearAreDaysOff(int year, LocalDate tet, LocalDate hungKings) {
    assertThat(calendar.holidayOn(tet)).as("mùng 1 Tết %s", year)
        .hasValueSatisfying(n -> assertThat(n).startsWith("Tết Nguyên đán"));
    assertThat(calendar.holidayOn(hungKings)).as("Giỗ Tổ Hùng Vương %s", year)
        .hasValueSatisfying(n -> assertThat(n).contains("Giỗ Tổ Hùng Vương"));
    // Tết (4 days to 2012, 5 from 2014; 2013 under the 1994 code) lasts the days the law gives, plus swapped ones
    long weekdaysOff = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year, 3, 1))
        .filter(d -> calendar.holidayOn(d).filter(n -> n.startsWith("Tết Nguyên đán")).isPresent())
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
    assertThat(weekdaysOff).as("weekdays of Tết %s", year).isGreaterThanOrEqualTo(year <= 2013 ? 4 : 5);
  }

  /**
   * Each year of 2010–2018 closes the offices on as many weekdays as the law's holidays (9 a year under the Labour Code
   * 1994 Art. 73, 10 under the Labour Code 2012 Art. 115 from 2014), once swapped days are paid back by the Saturdays
   * worked; a swap across New Year moves one day between the two years (31/12/2012 → 5/1/2013, 2/1/2015 ← 27/12/2014,
   * 31/12/2018 → 5/1/2019).
   */
  @ParameterizedTest(name = "{0}: {1} weekdays off net of make-up days")
  @CsvSource({"2010, 9", "2011, 9", "2012, 10", "2013, 8", "2014, 9", "2015, 11", "2016, 10", "2017, 10", "2018, 11"})
  void theDaysOffOf2010To2018AddUpToTheLaw(int year, long expected) {
    long weekdaysOff = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
        .filter(d -> !calendar.isWorkingDay(d)).count();
    long madeUp = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
        .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)
        .filter(calendar::isWorkingDay).count();
    assertThat(weekdaysOff - madeUp).isEqualTo(expected);
  }

  @Test
  void aCountBackIntoAYearBeforeTheCalendarIsRefusedByName() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2010, 1, 4), -2))
        .isInstanceOf(CalendarYearMissingException.class)
        .hasMessageContaining("No public holidays configured for 2009").hasMessageContaining("2009-12-31");
  }

  @ParameterizedTest(name = "{0}: working day {1}")
  @CsvSource({
      "2025-01-24, true",  // Friday before Tết Ất Tỵ
      "2025-01-27, false", // Monday swapped into Tết
      "2025-01-31, false", // mùng 3 Tết
      "2025-02-03, true",  // first day back
      "2025-02-08, true",  // Saturday worked to make up 27/1
      "2025-02-09, false", // an ordinary Sunday
      "2025-04-07, false", // Giỗ Tổ Hùng Vương
      "2025-05-02, false", // Friday swapped for 26/4
      "2025-04-26, true",  // the Saturday worked for it
      "2025-09-01, false", // Quốc khánh, second day (Labour Code 2019 Art. 112)
      "2020-09-01, true",  // 2020: Quốc khánh was one day (Labour Code 2012 Art. 115)
      "2024-05-04, true",  // 2024: make-up Saturday for 29/4 (Công văn 2450/VPCP-KGVX)
      "2023-01-02, false", // New Year on a Sunday: made up on Monday
      "2026-02-16, false"  // Tết Bính Ngọ
  })
  void knowsTheDecreedDaysOffAndMakeUpDays(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} {1} working days → {2}")
  @CsvSource({
      "2025-01-24, 5, 2025-02-07",  // Tết 25/1–2/2 inside: 9 calendar days off pushed out, 14 calendar days in all
      "2025-01-17, 5, 2025-01-24",  // the week before: an ordinary week
      "2025-01-24, 6, 2025-02-08",  // the 6th is the make-up Saturday
      "2025-01-24, 1, 2025-02-03",
      "2025-01-24, 0, 2025-01-24",
      "2025-02-07, -5, 2025-01-24", // counting back over Tết
      "2025-03-17, -2, 2025-03-13"
  })
  void countsWorkingDaysAcrossTet(LocalDate from, int n, LocalDate expected) {
    assertThat(calendar.plusWorkingDays(from, n)).isEqualTo(expected);
  }

  @Test
  void aCountIntoAYearWithoutHolidaysIsRefusedByName() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 5))
        .isInstanceOf(CalendarYearMissingException.class)
        .hasMessageContaining("No public holidays configured for 2027").hasMessageContaining("2027-01-01");
  }

  @Test
  void noWorkedWeekendDayIsAlsoADayOffInAnyShippedYear() {
    for (int year : calendar.years()) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (calendar.isWorkingDay(d) && weekend) {
          assertThat(calendar.holidayOn(d)).as("make-up day %s", d).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} {2} days → {3}")
  @CsvSource({
      "2025-03-16, end, 0, false, 2025-03-17T00:00", // a deadline day ends at 00:00 of the next calendar day
      "2025-03-16, start, 0, false, 2025-03-16T00:00",
      "2025-01-24, end, 5, true, 2025-02-08T00:00",   // 5 working days after Friday 24/1: Friday 7/2, Tết skipped
      "2025-02-07, start, -2, true, 2025-02-05T00:00", // a reminder 2 working days before Friday 7/2
      "2025-02-04, start, -2, true, 2025-01-24T00:00", // … before Tuesday 4/2, back over Tết Ất Tỵ
      "2025-02-07, start, -3, false, 2025-02-04T00:00" // 3 calendar days before
  })
  void deadlineDaysBecomeTheEnginesDates(LocalDate day, String edge, int count, boolean working,
      java.time.LocalDateTime expected) {
    vn.thiduaflow.plan.model.TimeLimit limit = new vn.thiduaflow.plan.model.TimeLimit(working ? null : Math.abs(count),
        working ? Math.abs(count) : null, true, "test");
    LocalDate counted = count >= 0 ? limit.after(day, calendar) : limit.before(day, calendar);
    Date date = edge.equals("end") ? EngineClock.endOf(counted) : EngineClock.startOf(counted);
    assertThat(date).isEqualTo(EngineClock.toDate(expected));
  }

  @Test
  void aWorkingDayCountIntoAYearWithoutHolidaysNamesTheYear() {
    vn.thiduaflow.plan.model.TimeLimit three = new vn.thiduaflow.plan.model.TimeLimit(null, 3, true, "test");
    assertThatThrownBy(() -> three.after(LocalDate.of(2027, 1, 4), calendar))
        .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2027");
    assertThatThrownBy(() -> three.before(LocalDate.of(2010, 1, 4), calendar))
        .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2009");
  }

  @Test
  void aMalformedHolidayFileNamesTheEntry(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("holidays.yaml");
    Files.writeString(file, """
        years:
          2027:
            source: "Thông báo (thử)"
            daysOff:
              - { from: 2027-02-10, to: 2027-02-05, name: "Tết Đinh Mùi" }
        """);
    assertThatThrownBy(() -> new WorkingCalendar(file.toString())).isInstanceOf(CalendarFileException.class)
        .hasMessageContaining("years.2027.daysOff[0].to").hasMessageContaining("before from");
    Files.writeString(file, """
        years:
          2027:
            source: "Thông báo (thử)"
            workingDays:
              - { date: 2027-02-15, name: "thứ Hai" }
        """);
    assertThatThrownBy(() -> new WorkingCalendar(file.toString()))
        .hasMessageContaining("years.2027.workingDays[0].date").hasMessageContaining("MONDAY");
    Files.writeString(file, """
        years:
          2027:
            daysOff: []
        """);
    assertThatThrownBy(() -> new WorkingCalendar(file.toString())).hasMessageContaining("years.2027.source");
  }

  @Test
  void anExtraFileAddsANewlyAnnouncedYear(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("holidays.yaml");
    Files.writeString(file, """
        years:
          2027:
            source: "Thông báo (thử)"
            daysOff:
              - { from: 2027-02-05, to: 2027-02-14, name: "Tết Đinh Mùi" }
        """);
    WorkingCalendar extended = new WorkingCalendar(file.toString());
    assertThat(extended.years()).contains(2019, 2026, 2027);
    assertThat(extended.plusWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 15));
  }
}

package vn.thiduaflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.system.EngineClock;

/** The public-service calendar shipped for 2019–2026 and the engine's business calendar built on it. */
class WorkingCalendarTest {

  private final WorkingCalendar calendar = new WorkingCalendar("");
  private final WorkingDayBusinessCalendar engineCalendar = new WorkingDayBusinessCalendar(calendar);

  @Test
  void shipsEveryYearFrom2019To2026() {
    assertThat(calendar.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
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

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource({
      "end of 2025-03-16, 2025-03-17T00:00",
      "2025-03-16, 2025-03-16T00:00",
      "end of 2025-01-24 + 5 working days, 2025-02-08T00:00",
      "2025-02-07 - 2 working days, 2025-02-05T00:00",
      "2025-02-04 - 2 working days, 2025-01-24T00:00",
      "2025-03-16T10:30:00, 2025-03-16T10:30"
  })
  void theEngineCalendarResolvesDeadlineExpressions(String expression, java.time.LocalDateTime expected) {
    assertThat(engineCalendar.resolveDuedate(expression)).isEqualTo(EngineClock.toDate(expected));
  }

  @Test
  void theEngineCalendarKeepsCamundaDurationsAndRejectsNonsenseByName() {
    Date now = new Date();
    assertThat(engineCalendar.resolveDuedate("P2D", now)).isEqualTo(new Date(now.getTime() + 2 * 86_400_000L));
    assertThatThrownBy(() -> engineCalendar.resolveDuedate("2027-01-04 + 3 working days"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("2027-01-04 + 3 working days")
        .hasMessageContaining("2027");
    assertThatThrownBy(() -> engineCalendar.resolveDuedate("next Tuesday")).isInstanceOf(ProcessEngineException.class);
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

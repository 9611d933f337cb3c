package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.model.DeadlineRule;

/** The 15-day rule (Lạng Sơn §IV.1) and the fixed date (Văn Yên, 27/3/2020), at their boundaries. */
class DossierRulesTest {

  private final DossierRules rules = new DossierRules(new WorkingCalendar(""));
  private static final DeadlineRule FIFTEEN_DAYS = DeadlineRule.daysBefore(15, "§IV.1");
  private static final DeadlineRule FIXED = DeadlineRule.fixed(LocalDate.of(2020, 3, 27), "TCTH §1");

  @ParameterizedTest(name = "conference 2025-03-31, approved {0}: {1}")
  @CsvSource({"2025-03-15, true", "2025-03-16, true", "2025-03-17, false", "2025-03-31, false"})
  void approvedAtLeastFifteenCalendarDaysBefore(LocalDate approvedOn, boolean onTime) {
    var conference = LocalDate.of(2025, 3, 31);
    assertThat(rules.dossierDeadline(FIFTEEN_DAYS, conference)).isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(rules.dossierOnTime(FIFTEEN_DAYS, conference, approvedOn).passed()).isEqualTo(onTime);
  }

  @ParameterizedTest(name = "approved {0}: {1}")
  @CsvSource({"2020-03-26, true", "2020-03-27, true", "2020-03-28, false"})
  void approvedByTheFixedDate(LocalDate approvedOn, boolean onTime) {
    assertThat(rules.dossierOnTime(FIXED, LocalDate.of(2020, 3, 31), approvedOn).passed()).isEqualTo(onTime);
  }

  @ParameterizedTest(name = "nominations sent {0}: {1}")
  @CsvSource({"2020-03-23, true", "2020-03-24, false"})
  void nominationsBySubmissionDay(LocalDate sentOn, boolean onTime) {
    var rule = DeadlineRule.fixed(LocalDate.of(2020, 3, 23), "TCTH §1");
    assertThat(rules.nominationsOnTime(rule, LocalDate.of(2020, 3, 31), sentOn).passed()).isEqualTo(onTime);
  }

  @ParameterizedTest(name = "conference {0}, 5 working days before: {1}")
  @CsvSource({
      "2025-02-07, 2025-01-24", // Tết Ất Tỵ 25/1–2/2/2025 inside: pushed back over the nine days off
      "2025-02-10, 2025-02-04", // the make-up Saturday 8/2/2025 counts as a working day
      "2025-03-31, 2025-03-24"  // no holiday: one week
  })
  void workingDaysBeforeTheConferenceSkipTet(LocalDate conference, LocalDate deadline) {
    var rule = new DeadlineRule.WorkingDaysBefore(5, false, "test");
    assertThat(rules.dossierDeadline(rule, conference)).isEqualTo(deadline);
    assertThat(rules.dossierOnTime(rule, conference, deadline).passed()).isTrue();
    assertThat(rules.dossierOnTime(rule, conference, deadline.plusDays(1)).passed()).isFalse();
    assertThat(rules.dossierOnTime(rule, conference, deadline).detail()).contains("5 working days before");
  }

  @org.junit.jupiter.api.Test
  void notApprovedIsNotOnTime() {
    assertThat(rules.dossierOnTime(FIFTEEN_DAYS, LocalDate.of(2025, 3, 31), null).passed()).isFalse();
  }
}

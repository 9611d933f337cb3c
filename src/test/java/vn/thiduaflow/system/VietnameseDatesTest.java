package vn.thiduaflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Decree 30/2020/NĐ-CP Appendix I §II.5 (b): leading zeros for days below 10 and for the months 1 and 2 only. */
class VietnameseDatesTest {

  @Test
  void daysBelowTenAndJanuaryFebruaryTakeALeadingZero() {
    assertThat(VietnameseDates.written(LocalDate.of(2025, 1, 6))).isEqualTo("ngày 06 tháng 01 năm 2025");
    assertThat(VietnameseDates.written(LocalDate.of(2025, 2, 9))).isEqualTo("ngày 09 tháng 02 năm 2025");
  }

  @Test
  void theBoundaries_day10AndMarchHaveNone() {
    assertThat(VietnameseDates.written(LocalDate.of(2025, 3, 10))).isEqualTo("ngày 10 tháng 3 năm 2025");
    assertThat(VietnameseDates.written(LocalDate.of(2025, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2025");
  }

  @Test
  void shortFormsAndUnknownDates() {
    assertThat(VietnameseDates.day(LocalDate.of(2025, 4, 30))).isEqualTo("30/04/2025");
    assertThat(VietnameseDates.minute(LocalDateTime.of(2025, 1, 6, 14, 5))).isEqualTo("06/01/2025 14:05");
    assertThat(VietnameseDates.window(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)))
        .isEqualTo("từ 01/03/2025 đến 30/04/2025");
    assertThat(VietnameseDates.written(null)).isEqualTo("—");
    assertThat(VietnameseDates.day(null)).isEqualTo("—");
  }
}

package vn.thiduaflow.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.model.EligibilityRule;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;

class NomineeEligibilityTest {

  /** The register of the test: Nguyễn Văn An of unit 21064 holds one award, decided on {@link #decidedOn}. */
  private LocalDate decidedOn = LocalDate.of(2023, 3, 12);
  private final AwardHistory register = (name, unitCode, unitName) -> name.equals("Nguyễn Văn An")
      && "21064".equals(unitCode) ? List.of(new AwardHistory.PastAward("Giấy khen của Chủ tịch UBND xã", "15/QĐ-UBND",
          decidedOn)) : List.of();
  private final NomineeEligibility eligibility = new NomineeEligibility(register);
  private final EligibilityRule period = new EligibilityRule.FixedYears(2020, 2025, "§II.2.1");

  private static Nomination nominee(String name) {
    return new Nomination(1L, name, NomineeKind.INDIVIDUAL, NomineeTitle.EXEMPLAR, 2023,
        PresentationSource.INDIVIDUAL, false);
  }

  @ParameterizedTest(name = "award decided {0}: {1}")
  @CsvSource({"2019-12-31, NOT_CONFIRMED", "2020-01-01, CONFIRMED", "2025-12-31, CONFIRMED",
      "2026-01-01, NOT_CONFIRMED"})
  void theRegisterConfirmsAnAwardDecidedWithinThePeriodBothEndsIncluded(LocalDate day, RegisterCheck expected) {
    decidedOn = day;
    Nomination n = nominee("Nguyễn Văn An");
    assertThat(eligibility.againstRegister(period, n, "21064", "Xã Bình An", 2025)).isEqualTo(expected);
    assertThat(n.getRegisterCheck()).isEqualTo(expected);
    assertThat(n.getAwardHistory()).isEqualTo("Giấy khen của Chủ tịch UBND xã (15/QĐ-UBND, "
        + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")");
    assertThat(n.getEligible()).as("the declared year still decides").isNull();
  }

  @Test
  void aNomineeTheRegisterDoesNotKnowIsNotCheckedAndSaysSo() {
    Nomination other = nominee("Trần Thị Bình");
    assertThat(eligibility.againstRegister(period, other, "21064", "Xã Bình An", 2025))
        .isEqualTo(RegisterCheck.NO_RECORD);
    assertThat(other.getAwardHistory()).isNull();
    assertThat(RegisterCheck.NO_RECORD.label()).isEqualTo("Chưa kiểm tra: sổ khen thưởng không có bản ghi");
    var result = eligibility.registerCheck(period, java.util.Arrays.asList(RegisterCheck.CONFIRMED,
        RegisterCheck.NO_RECORD, RegisterCheck.NO_RECORD, RegisterCheck.NOT_CONFIRMED, null), 2025);
    assertThat(result.passed()).isTrue();
    assertThat(result.detail()).isEqualTo("1 confirmed by the award register within 2020–2025, 1 not confirmed "
        + "(shown to the council), 2 not checked: no record");
    assertThat(result.vietnamese()).contains("2 người chưa kiểm tra: sổ không có bản ghi");
  }

  @Test
  void withoutAPeriodTheHistoryIsKeptAndNothingIsChecked() {
    Nomination n = nominee("Nguyễn Văn An");
    assertThat(eligibility.againstRegister(null, n, "21064", "Xã Bình An", 2025)).isNull();
    assertThat(n.getRegisterCheck()).isNull();
    assertThat(n.getAwardHistory()).contains("15/QĐ-UBND");
    assertThat(eligibility.registerCheck(null, List.of(), 2025).passed()).isTrue();
  }

  @ParameterizedTest(name = "recognized {0}: {1}")
  @CsvSource({"2019, false", "2020, true", "2025, true", "2026, false"})
  void vinhThuanNomineesWereRecognizedIn2020To2025(int year, boolean eligible) {
    assertThat(eligibility.eligible(new EligibilityRule.FixedYears(2020, 2025, "§II.2.1"), year, 2025)).isEqualTo(eligible);
  }

  @ParameterizedTest(name = "recognized {0}: {1}")
  @CsvSource({"2014, false", "2015, true", "2020, true", "2021, false"})
  void vanYenNomineesWereExemplaryInTheLastFiveYears(int year, boolean eligible) {
    assertThat(eligibility.eligible(new EligibilityRule.Lookback(5, "§II.3"), year, 2020)).isEqualTo(eligible);
  }

  @Test
  void everyoneIsEligibleWhenThePlanStatesNoPeriod() {
    assertThat(eligibility.eligible(null, 1990, 2025)).isTrue();
    assertThat(eligibility.check(null, 3, 3, 2025).passed()).isTrue();
  }

  @Test
  void theCheckFailsWhenNoNomineeIsEligible() {
    var rule = new EligibilityRule.FixedYears(2020, 2025, "§II.2.1");
    assertThat(eligibility.check(rule, 0, 4, 2025).passed()).isFalse();
    assertThat(eligibility.check(rule, 3, 4, 2025).detail()).contains("3 of 4").contains("1 excluded");
  }
}

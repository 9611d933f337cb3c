package vn.thiduaflow.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.model.EligibilityRule;

class NomineeEligibilityTest {

  private final NomineeEligibility eligibility = new NomineeEligibility();

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

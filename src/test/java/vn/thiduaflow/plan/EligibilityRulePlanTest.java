package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduaflow.plan.PlanFiles.assertRefused;
import static vn.thiduaflow.plan.PlanFiles.edited;

import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.EligibilityRule;

/**
 * The nominee eligibility period (issue 23: an "exactly one of" group as a sealed type): a file gives fixed years
 * (172/KH-UBND §II.2.1) or the last N years (Văn Yên §II.3); the form is read from the fields given, a file that gives
 * neither or both is refused where it is written, and the fixed years must not run backwards (the same year twice is
 * one year).
 */
class EligibilityRulePlanTest {

  private static final String VINH_THUAN = PlanFiles.seed("vinh-thuan-172-2024.yaml");
  private static final String YEARS = "  recognizedFromYear: 2020\n  recognizedToYear: 2025\n";

  @Test
  void theSeedsGiveOneFormEach() {
    assertThat(PlanFiles.read("vinh-thuan.yaml", VINH_THUAN).nomineeEligibility())
        .isEqualTo(new EligibilityRule.FixedYears(2020, 2025, "§II.2.1"));
    assertThat(PlanFiles.read("van-yen.yaml", PlanFiles.seed("van-yen-2020.yaml")).nomineeEligibility())
        .isEqualTo(new EligibilityRule.Lookback(5, "§II.3 (tiêu biểu trong 05 năm qua)"));
  }

  @Test
  void eachFormSaysItsPeriodInTheNominationsTask() {
    assertThat(new EligibilityRule.FixedYears(2020, 2025, "§II.2.1").describe())
        .isEqualTo("được công nhận trong các năm 2020–2025");
    assertThat(new EligibilityRule.Lookback(5, "§II.3").describe()).isEqualTo("được công nhận trong 5 năm gần nhất");
  }

  @Test
  void theLastNYearsEndInTheConferenceYear() {
    var rule = PlanFiles.read("lookback.yaml", edited(VINH_THUAN, YEARS, "  lookbackYears: 5\n"))
        .nomineeEligibility();
    assertThat(rule).isInstanceOf(EligibilityRule.Lookback.class);
    assertThat(rule.fromYear(2025)).isEqualTo(2020);
    assertThat(rule.toYear(2025)).isEqualTo(2025);
  }

  @Test
  void aPeriodOfOneYearIsAccepted() {
    var rule = PlanFiles.read("one-year.yaml", edited(VINH_THUAN, YEARS,
        "  recognizedFromYear: 2025\n  recognizedToYear: 2025\n")).nomineeEligibility();
    assertThat(rule.fromYear(2025)).isEqualTo(2025);
    assertThat(rule.toYear(2025)).isEqualTo(2025);
  }

  @Test
  void yearsRunningBackwardsAreRefused() {
    assertRefused(edited(VINH_THUAN, YEARS, "  recognizedFromYear: 2025\n  recognizedToYear: 2024\n"),
        "nomineeEligibility.recognizedToYear", "must not be before recognizedFromYear (2025)");
  }

  @Test
  void neitherFormIsRefusedWithBothFormsNamed() {
    assertRefused(edited(VINH_THUAN, YEARS, ""), "nomineeEligibility",
        "give the fields of one form: recognizedFromYear, recognizedToYear — or lookbackYears (each with clause)");
  }

  @Test
  void bothFormsAreRefused() {
    assertRefused(edited(VINH_THUAN, YEARS, "  lookbackYears: 5\n" + YEARS), "nomineeEligibility",
        "gives the fields of more than one form (recognizedFromYear, recognizedToYear and lookbackYears)");
  }

  @Test
  void bothFormsAreReportedWithTheFilesOtherProblems() {
    String bad = edited(edited(VINH_THUAN, YEARS, "  lookbackYears: 5\n" + YEARS),
        "Điển hình tiên tiến {unit}", "Điển hình tiên tiến {unitt}");
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).extracting(PlanFileException.Problem::field)
            .containsExactly("nomineeEligibility", "officialName.templates.ADVANCED_EXEMPLAR_CONFERENCE"));
  }

  @Test
  void aFixedPeriodWithoutItsLastYearIsRefused() {
    assertRefused(edited(VINH_THUAN, YEARS, "  recognizedFromYear: 2020\n"), "nomineeEligibility.recognizedToYear",
        "must not be null");
  }
}

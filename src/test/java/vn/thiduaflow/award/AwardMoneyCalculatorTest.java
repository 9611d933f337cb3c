package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.award.AwardMoneyProperties.BaseSalary;
import vn.thiduaflow.award.AwardMoneyProperties.Coefficient;
import vn.thiduaflow.nomination.NomineeKind;

/** The award money: coefficient × base salary in force on the decision's date, rounded up to 10,000 đồng. */
class AwardMoneyCalculatorTest {

  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_XA";

  private static AwardMoneyCalculator calculator(long step) {
    return new AwardMoneyCalculator(new AwardMoneyProperties(List.of(
        new BaseSalary(2_340_000, LocalDate.of(2024, 7, 1), "Nghị định 73/2024/NĐ-CP"),
        new BaseSalary(1_800_000, LocalDate.of(2023, 7, 1), "Nghị định 24/2023/NĐ-CP")),
        Map.of(GIAY_KHEN, new Coefficient(new BigDecimal("0.3"), new BigDecimal("0.6"), "Nghị định 98/2023/NĐ-CP")),
        step));
  }

  @Test
  void theValueInForceOnTheDecisionsDateIsUsedAndTheEffectiveDateTakesTheNewValue() {
    AwardMoneyCalculator c = calculator(10_000);
    assertThat(c.of(GIAY_KHEN, NomineeKind.INDIVIDUAL, LocalDate.of(2024, 6, 30)).orElseThrow().amount())
        .as("the day before: 0.3 × 1,800,000").isEqualTo(540_000);
    assertThat(c.of(GIAY_KHEN, NomineeKind.INDIVIDUAL, LocalDate.of(2024, 7, 1)).orElseThrow().amount())
        .as("exactly the effective date: 0.3 × 2,340,000 = 702,000 rounded up to 710,000").isEqualTo(710_000);
    assertThat(c.of(GIAY_KHEN, NomineeKind.COLLECTIVE, LocalDate.of(2025, 9, 1)).orElseThrow().amount())
        .as("0.6 × 2,340,000 = 1,404,000 rounded up").isEqualTo(1_410_000);
    assertThat(c.of(GIAY_KHEN, NomineeKind.INDIVIDUAL, LocalDate.of(2023, 6, 30))).as("before the first").isEmpty();
    assertThat(c.of(GIAY_KHEN, NomineeKind.INDIVIDUAL, LocalDate.of(2023, 7, 1))).isPresent();
    assertThat(c.of("BANG_KHEN", NomineeKind.INDIVIDUAL, LocalDate.of(2025, 1, 1))).as("not configured").isEmpty();
  }

  @Test
  void wholeDongWhenTheStepIsOneAndAnAmountOnTheStepStaysAsItIs() {
    assertThat(calculator(1).of(GIAY_KHEN, NomineeKind.INDIVIDUAL, LocalDate.of(2025, 1, 1)).orElseThrow()
        .amount()).isEqualTo(702_000);
    assertThat(calculator(10_000).of(GIAY_KHEN, NomineeKind.COLLECTIVE, LocalDate.of(2024, 1, 1)).orElseThrow()
        .amount()).as("1,080,000 is a multiple of 10,000").isEqualTo(1_080_000);
    assertThat(calculator(10_000).of(GIAY_KHEN, NomineeKind.INDIVIDUAL, LocalDate.of(2025, 1, 1)).orElseThrow()
        .explain()).isEqualTo("0,3 × 2.340.000 đồng (mức lương cơ sở từ 2024-07-01, Nghị định 73/2024/NĐ-CP; hệ số: "
            + "Nghị định 98/2023/NĐ-CP) = 710.000 đồng");
  }

  @Test
  void aBrokenConfigurationFailsTheStart() {
    assertThatThrownBy(() -> new AwardMoneyCalculator(new AwardMoneyProperties(List.of(
        new BaseSalary(1, LocalDate.of(2024, 7, 1), "a"), new BaseSalary(2, LocalDate.of(2024, 7, 1), "b")),
        Map.of(), 1L))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new AwardMoneyCalculator(new AwardMoneyProperties(List.of(), Map.of(), 0L)))
        .isInstanceOf(IllegalStateException.class);
  }
}

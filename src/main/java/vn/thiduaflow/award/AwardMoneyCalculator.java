package vn.thiduaflow.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.AwardMoneyProperties.BaseSalary;
import vn.thiduaflow.award.AwardMoneyProperties.Coefficient;
import vn.thiduaflow.nomination.NomineeKind;

/**
 * The award money of one recipient (issue 24): the award form's coefficient for the recipient's kind × the base
 * salary (mức lương cơ sở) in force on the decision's date, rounded up to the configured step ({@link
 * AwardMoneyProperties#roundUpTo()}, VND). The value in force on a day is the one with the latest effective date on or
 * before it: a decision dated exactly on an effective date takes the new value. Pure: no database, no clock.
 *
 * <p>Where the values come from (Nghị định 24/2023/NĐ-CP, 73/2024/NĐ-CP for the base salary; Nghị định 98/2023/NĐ-CP
 * for the coefficients) is configuration with its source, see application.yaml.
 */
@Component
public class AwardMoneyCalculator {

  private final List<BaseSalary> salaries;
  private final Map<String, Coefficient> coefficients;
  private final long step;

  /**
   * @throws IllegalStateException when a base salary is not positive, has no date or a date twice, a coefficient is
   *     negative or missing, or the rounding step is below 1
   */
  public AwardMoneyCalculator(AwardMoneyProperties properties) {
    List<BaseSalary> list = properties.baseSalaries() == null ? List.of() : properties.baseSalaries();
    Set<LocalDate> dates = new HashSet<>();
    for (BaseSalary s : list) {
      if (s.amount() <= 0 || s.effectiveFrom() == null || !dates.add(s.effectiveFrom())) {
        throw new IllegalStateException("thiduaflow.award-money.base-salaries: each value needs an amount > 0 and a "
            + "date of its own: " + s);
      }
    }
    this.salaries = list.stream().sorted(Comparator.comparing(BaseSalary::effectiveFrom).reversed()).toList();
    this.coefficients = properties.awardForms() == null ? Map.of() : Map.copyOf(properties.awardForms());
    coefficients.forEach((code, c) -> {
      if (c.individual() == null || c.collective() == null || c.individual().signum() < 0
          || c.collective().signum() < 0) {
        throw new IllegalStateException("thiduaflow.award-money.award-forms." + code
            + ": individual and collective coefficients >= 0 are required");
      }
    });
    this.step = properties.roundUpTo() == null ? 1 : properties.roundUpTo();
    if (step < 1) {
      throw new IllegalStateException("thiduaflow.award-money.round-up-to must be at least 1 (đồng)");
    }
  }

  /**
   * One recipient's award money.
   *
   * @param amount VND, rounded up to the step
   * @param coefficient the award form's coefficient for the kind
   * @param baseSalary the base salary in force (VND a month)
   */
  public record Amount(long amount, BigDecimal coefficient, BaseSalary baseSalary, String coefficientSource) {

    /** "0,3 × 2.340.000 đồng (Nghị định 73/2024/NĐ-CP) = 710.000 đồng" — how it was computed, with its sources. */
    public String explain() {
      return coefficient.stripTrailingZeros().toPlainString().replace('.', ',') + " × "
          + dong(baseSalary.amount()) + " (mức lương cơ sở từ " + baseSalary.effectiveFrom()
          + ", " + baseSalary.source() + "; hệ số: " + coefficientSource + ") = " + dong(amount);
    }
  }

  /** An amount as Vietnamese documents write it: "1.404.000 đồng" (dots between thousands). */
  public static String dong(long amount) {
    return String.format(java.util.Locale.GERMANY, "%,d", amount) + " đồng";
  }

  /** The base salary in force on a day: the latest value effective on or before it; empty before the first. */
  public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
    return salaries.stream().filter(s -> !s.effectiveFrom().isAfter(day)).findFirst();
  }

  /** Whether the award form has a configured coefficient. */
  public boolean configured(String awardForm) {
    return coefficients.containsKey(awardForm);
  }

  /**
   * The award money of a recipient of a decision of that award form dated that day.
   *
   * @return empty when the award form has no coefficient or no base salary is in force on the day
   */
  public Optional<Amount> of(String awardForm, NomineeKind kind, LocalDate decidedOn) {
    Coefficient c = coefficients.get(awardForm);
    Optional<BaseSalary> salary = baseSalaryOn(decidedOn);
    if (c == null || salary.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal k = kind == NomineeKind.COLLECTIVE ? c.collective() : c.individual();
    BigDecimal raw = k.multiply(BigDecimal.valueOf(salary.get().amount()));
    long rounded = raw.divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING).longValueExact() * step;
    return Optional.of(new Amount(rounded, k, salary.get(), c.source()));
  }
}

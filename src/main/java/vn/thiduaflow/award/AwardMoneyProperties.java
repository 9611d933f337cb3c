package vn.thiduaflow.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The award money settings (application.yaml {@code thiduaflow.award-money}; issue 24): the base salary values
 * (mức lương cơ sở, VND a month) with the date each takes effect and the instrument it rests on, the coefficient of
 * each award form (the plan's {@code CommendationRule.AwardForm#code}) for an individual and for a collective with
 * its source, and the rounding step. The deployer must check every value against the law in force; the comments in
 * application.yaml say what each rests on and what could not be verified.
 *
 * @param baseSalaries the base salary values, any order, each date once
 * @param awardForms the coefficients by award form code
 * @param roundUpTo the amount of each recipient is rounded up to a multiple of this many đồng (1 = whole đồng)
 */
@ConfigurationProperties("thiduaflow.award-money")
public record AwardMoneyProperties(List<BaseSalary> baseSalaries, Map<String, Coefficient> awardForms,
    Long roundUpTo) {

  /**
   * A base salary value.
   *
   * @param amount VND a month, more than 0
   * @param effectiveFrom the first day it is in force (a decision dated that day takes it)
   * @param source the instrument: "Nghị định 73/2024/NĐ-CP"
   */
  public record BaseSalary(long amount, LocalDate effectiveFrom, String source) {}

  /**
   * The award money coefficient of an award form: amount = coefficient × base salary.
   *
   * @param individual for a person
   * @param collective for a collective
   * @param source the article it rests on
   */
  public record Coefficient(BigDecimal individual, BigDecimal collective, String source) {}
}

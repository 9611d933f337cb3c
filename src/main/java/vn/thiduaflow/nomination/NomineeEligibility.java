package vn.thiduaflow.nomination;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.model.EligibilityRule;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.VietnameseDates;

/**
 * Whether a nominee was recognized within the plan's period: fixed years (172/KH-UBND §II.2.1: 2020–2025, inclusive)
 * or the N years up to the conference year (Văn Yên §II.3: the last 5 years → 2015–2020 for a 2020 conference); and
 * what the award register says of it ({@link #againstRegister}, issue 24).
 */
@Service
public class NomineeEligibility {

  private final AwardHistory register;

  NomineeEligibility(AwardHistory register) {
    this.register = register;
  }

  /** The first year (inclusive) of the period for a conference in {@code conferenceYear}. */
  public int fromYear(EligibilityRule rule, int conferenceYear) {
    return rule.fromYear(conferenceYear);
  }

  /** The last year (inclusive) of the period for a conference in {@code conferenceYear}. */
  public int toYear(EligibilityRule rule, int conferenceYear) {
    return rule.toYear(conferenceYear);
  }

  /** Whether one nominee is eligible; every nominee is when the plan states no period. */
  public boolean eligible(EligibilityRule rule, int recognizedYear, int conferenceYear) {
    return rule == null
        || (recognizedYear >= fromYear(rule, conferenceYear) && recognizedYear <= toYear(rule, conferenceYear));
  }

  /** The recorded result for a list: passes when at least one nominee is eligible; names how many are not. */
  public RuleResult check(EligibilityRule rule, int eligible, int total, int conferenceYear) {
    if (rule == null) {
      return RuleResult.notStated(Rule.NOMINEE_ELIGIBILITY);
    }
    return new RuleResult(Rule.NOMINEE_ELIGIBILITY, eligible > 0, eligible + " of " + total
        + " nominees recognized within " + fromYear(rule, conferenceYear) + "–" + toYear(rule, conferenceYear)
        + (total > eligible ? "; " + (total - eligible) + " excluded" : ""), rule.clause());
  }

  /**
   * Compares one nominee with the award register and records the result and the register's awards on the nomination
   * ({@link Nomination#checkedAgainstRegister}): {@link RegisterCheck#CONFIRMED} when an award was decided within the
   * period (years inclusive, by the decision's date), {@link RegisterCheck#NOT_CONFIRMED} when the register has awards
   * of the nominee but none in it, {@link RegisterCheck#NO_RECORD} ("not checked") when it has none; no result, only
   * the history, when the plan states no period. The declared year still decides {@link #eligible}: see
   * {@link RegisterCheck}.
   *
   * @param unitCode the nominee's unit (unit of origin, else the conference's unit)
   * @param unitName that unit's name
   * @return the result, null when the plan states no period
   */
  public RegisterCheck againstRegister(EligibilityRule rule, Nomination nominee, String unitCode, String unitName,
      int conferenceYear) {
    List<AwardHistory.PastAward> awards = register.awardsOf(nominee.getNomineeName(), unitCode, unitName);
    String history = awards.isEmpty() ? null : awards.stream()
        .map(a -> a.award() + " (" + a.decisionSymbol() + ", " + VietnameseDates.day(a.decidedOn()) + ")")
        .collect(Collectors.joining("\n"));
    RegisterCheck check = null;
    if (rule != null) {
      int from = fromYear(rule, conferenceYear);
      int to = toYear(rule, conferenceYear);
      check = awards.isEmpty() ? RegisterCheck.NO_RECORD
          : awards.stream().anyMatch(a -> a.decidedOn().getYear() >= from && a.decidedOn().getYear() <= to)
              ? RegisterCheck.CONFIRMED : RegisterCheck.NOT_CONFIRMED;
    }
    nominee.checkedAgainstRegister(check, history);
    return check;
  }

  /**
   * The recorded result of the register comparison for a list: always passes (informative, the council decides with
   * it), with the counts of each {@link RegisterCheck}.
   *
   * @param checks one result per nominee, null entries ignored
   */
  public RuleResult registerCheck(EligibilityRule rule, List<RegisterCheck> checks, int conferenceYear) {
    if (rule == null) {
      return RuleResult.notStated(Rule.NOMINEE_REGISTER);
    }
    long confirmed = checks.stream().filter(c -> c == RegisterCheck.CONFIRMED).count();
    long notConfirmed = checks.stream().filter(c -> c == RegisterCheck.NOT_CONFIRMED).count();
    long noRecord = checks.stream().filter(c -> c == RegisterCheck.NO_RECORD).count();
    int from = fromYear(rule, conferenceYear);
    int to = toYear(rule, conferenceYear);
    return new RuleResult(Rule.NOMINEE_REGISTER, true, confirmed + " confirmed by the award register within " + from
        + "–" + to + ", " + notConfirmed + " not confirmed (shown to the council), " + noRecord
        + " not checked: no record", rule.clause(), confirmed + " người được sổ khen thưởng xác nhận trong " + from
        + "–" + to + ", " + notConfirmed + " người sổ không có khen thưởng trong giai đoạn (Hội đồng xem xét), "
        + noRecord + " người chưa kiểm tra: sổ không có bản ghi");
  }
}

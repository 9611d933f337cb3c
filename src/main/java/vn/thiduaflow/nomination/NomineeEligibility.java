package vn.thiduaflow.nomination;

import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.model.EligibilityRule;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;

/**
 * Whether a nominee was recognized within the plan's period: fixed years (172/KH-UBND §II.2.1: 2020–2025, inclusive)
 * or the N years up to the conference year (Văn Yên §II.3: the last 5 years → 2015–2020 for a 2020 conference).
 */
@Service
public class NomineeEligibility {

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
}

package vn.thiduaflow.council;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.thiduaflow.nomination.NomineeTitle;
import vn.thiduaflow.plan.Plan.Threshold;
import vn.thiduaflow.plan.Plan.VoteRule;
import vn.thiduaflow.plan.ThresholdComparison;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;

/**
 * Decides a council vote from the tally: approvals compared with the plan's threshold share of ALL voting members (not
 * of votes cast), strictly more than or at least, per the plan's {@code councilVote} rule. A plan may set a threshold
 * per title ({@code councilVote.byTitle}, e.g. ≥ 80% for Chiến sĩ thi đua, ≥ 90% for Anh hùng): the slate passes only
 * when every title on it reaches its own threshold.
 */
@Service
public class VoteTally {

  /**
   * @param approvals ballots approving (people)
   * @param members all voting council members (people)
   */
  public RuleResult decide(VoteRule rule, long approvals, long members) {
    return decide(new Threshold(rule.thresholdPercent(), rule.comparison(), rule.clause()), null, approvals, members);
  }

  /**
   * One result per distinct threshold among the titles on the slate (the general threshold when the slate is empty or
   * has a title without its own).
   *
   * @param titles the titles of the nominees voted on
   * @param approvals ballots approving (people)
   * @param members all voting council members (people)
   */
  public List<RuleResult> decide(VoteRule rule, Collection<NomineeTitle> titles, long approvals, long members) {
    Set<NomineeTitle> own = titles.isEmpty() ? EnumSet.noneOf(NomineeTitle.class) : EnumSet.copyOf(titles);
    own.retainAll(rule.byTitle().keySet());
    List<RuleResult> results = new ArrayList<>();
    if (titles.isEmpty() || titles.stream().anyMatch(t -> !rule.byTitle().containsKey(t))) {
      results.add(decide(rule, approvals, members));
    }
    for (NomineeTitle title : own) {
      results.add(decide(rule.thresholdFor(title), title, approvals, members));
    }
    return results;
  }

  private static RuleResult decide(Threshold t, NomineeTitle title, long approvals, long members) {
    long lhs = approvals * 100;
    long rhs = (long) t.thresholdPercent() * members;
    boolean ok = members > 0 && (t.comparison() == ThresholdComparison.MORE_THAN ? lhs > rhs : lhs >= rhs);
    return new RuleResult(Rule.COUNCIL_VOTE, ok, (title == null ? "" : title.label() + " (" + title + "): ")
        + approvals + " of " + members + " members approve; required "
        + (t.comparison() == ThresholdComparison.MORE_THAN ? "more than " : "at least ") + t.thresholdPercent()
        + "% of all members", t.clause());
  }
}

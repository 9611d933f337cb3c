package vn.thiduaflow.council;

import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.Plan.VoteRule;
import vn.thiduaflow.plan.ThresholdComparison;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;

/**
 * Decides a council vote from the tally: approvals compared with the plan's threshold share of ALL voting members (not
 * of votes cast), strictly more than or at least, per the plan's {@code councilVote} rule.
 */
@Service
public class VoteTally {

  /**
   * @param approvals ballots approving (people)
   * @param members all voting council members (people)
   */
  public RuleResult decide(VoteRule rule, long approvals, long members) {
    long lhs = approvals * 100;
    long rhs = (long) rule.thresholdPercent() * members;
    boolean ok = members > 0 && (rule.comparison() == ThresholdComparison.MORE_THAN ? lhs > rhs : lhs >= rhs);
    return new RuleResult(Rule.COUNCIL_VOTE, ok, approvals + " of " + members + " members approve; required "
        + (rule.comparison() == ThresholdComparison.MORE_THAN ? "more than " : "at least ") + rule.thresholdPercent()
        + "% of all members", rule.clause());
  }
}

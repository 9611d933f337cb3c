package vn.thiduaflow.council;

import org.springframework.stereotype.Service;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.Threshold;
import vn.thiduaflow.plan.model.ThresholdComparison;
import vn.thiduaflow.plan.model.VoteRule;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;

/**
 * Decides a council vote from the counts: agreeing ballots compared with the plan's threshold share of ALL voting
 * members (not of ballots cast), strictly more than or at least, per the plan's {@code councilVote} rule. Each nominee
 * is decided on its own against the threshold of its title ({@code councilVote.byTitle}, e.g. ≥ 80% for Chiến sĩ thi
 * đua, ≥ 90% for Anh hùng; the plan's general threshold for other titles); the vote as a whole stands when the approved
 * nominees still fill the proposed composition ({@link #coverage}).
 */
@Service
public class VoteTally {

  /**
   * One nominee's result (Rule COUNCIL_VOTE).
   *
   * @param nominee the nominee's name, for the detail
   * @param agreements ballots agreeing (people)
   * @param members all voting council members (people)
   */
  public RuleResult decideNominee(VoteRule rule, NomineeTitle title, String nominee, long agreements, long members) {
    Threshold t = rule.thresholdFor(title);
    return new RuleResult(Rule.COUNCIL_VOTE, reaches(t, agreements, members), nominee + " (" + (title == null ? ""
        : title.label()) + "): " + agreements + " of " + members + " members agree; required " + required(t),
        t.clause());
  }

  /**
   * Whether the approved nominees fill what the standing office proposed (Rule VOTED_COMPOSITION): at least one
   * nominee approved, and as many approved collectives and individuals as the proposal sends to the upper level.
   *
   * @param approvedCollectives approved collective nominees
   * @param approvedIndividuals approved individual nominees
   * @param upperCollectives collectives proposed to the upper level
   * @param upperIndividuals individuals proposed to the upper level
   */
  public RuleResult coverage(int approvedCollectives, int approvedIndividuals, int upperCollectives,
      int upperIndividuals) {
    boolean ok = approvedCollectives + approvedIndividuals > 0 && approvedCollectives >= upperCollectives
        && approvedIndividuals >= upperIndividuals;
    return new RuleResult(Rule.VOTED_COMPOSITION, ok, approvedCollectives + " collective(s) and " + approvedIndividuals
        + " individual(s) approved; the proposal sends " + upperCollectives + " + " + upperIndividuals
        + " to the upper level", "Quy chế hoạt động của Hội đồng TĐKT: chỉ người được Hội đồng thông qua mới được"
        + " đề nghị, cử đi");
  }

  /** Whether {@code agreements} of {@code members} reach the threshold (percent of all members); never with none. */
  public static boolean reaches(Threshold t, long agreements, long members) {
    long lhs = agreements * 100;
    long rhs = (long) t.thresholdPercent() * members;
    return members > 0 && (t.comparison() == ThresholdComparison.MORE_THAN ? lhs > rhs : lhs >= rhs);
  }

  /** "at least 80% of all members" / "more than 50% of all members". */
  public static String required(Threshold t) {
    return (t.comparison() == ThresholdComparison.MORE_THAN ? "more than " : "at least ") + t.thresholdPercent()
        + "% of all members";
  }

  /**
   * The share of all members, as Vietnamese writes it: "80%", "66,7%" (one decimal, comma), "—" without members.
   *
   * @param agreements ballots agreeing (people)
   * @param members all voting members (people)
   */
  public static String share(long agreements, long members) {
    if (members == 0) {
      return "—";
    }
    long tenths = Math.round(agreements * 1000.0 / members);
    return tenths % 10 == 0 ? tenths / 10 + "%" : tenths / 10 + "," + tenths % 10 + "%";
  }

  /** "từ 80% tổng số thành viên trở lên" / "quá 50% tổng số thành viên" (for minutes and forms). */
  public static String requiredVietnamese(Threshold t) {
    return t.comparison() == ThresholdComparison.MORE_THAN ? "quá " + t.thresholdPercent() + "% tổng số thành viên"
        : "từ " + t.thresholdPercent() + "% tổng số thành viên trở lên";
  }

}

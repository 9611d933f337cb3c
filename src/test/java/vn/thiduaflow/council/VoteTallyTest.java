package vn.thiduaflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.Plan.VoteRule;
import vn.thiduaflow.plan.ThresholdComparison;

/** Thresholds are shares of ALL voting members; exactly the threshold passes only with AT_LEAST. */
class VoteTallyTest {

  private final VoteTally tally = new VoteTally();

  @ParameterizedTest(name = "more than 50%: {0} of {1} → {2}")
  @CsvSource({"4, 7, true", "3, 7, false", "4, 8, false", "5, 8, true", "0, 0, false"})
  void majorityOfAllMembers(long approvals, long members, boolean passes) {
    var rule = new VoteRule(50, ThresholdComparison.MORE_THAN, "Quy chế");
    assertThat(tally.decide(rule, approvals, members).passed()).isEqualTo(passes);
  }

  @ParameterizedTest(name = "at least {0}%: {1} of {2} → {3}")
  @CsvSource({"80, 8, 10, true", "80, 7, 10, false", "90, 9, 10, true", "90, 8, 9, false", "90, 9, 9, true"})
  void titleThresholds(int percent, long approvals, long members, boolean passes) {
    var rule = new VoteRule(percent, ThresholdComparison.AT_LEAST, "Nghị định");
    assertThat(tally.decide(rule, approvals, members).passed()).isEqualTo(passes);
  }
}

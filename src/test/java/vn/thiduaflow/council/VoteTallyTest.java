package vn.thiduaflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.Threshold;
import vn.thiduaflow.plan.model.ThresholdComparison;
import vn.thiduaflow.plan.model.VoteRule;
import vn.thiduaflow.rule.RuleResult;

/** Thresholds are shares of ALL voting members; exactly the threshold passes only with AT_LEAST. */
class VoteTallyTest {

  private final VoteTally tally = new VoteTally();

  @ParameterizedTest(name = "more than 50%: {0} of {1} → {2}")
  @CsvSource({"4, 7, true", "3, 7, false", "4, 8, false", "5, 8, true", "0, 0, false"})
  void majorityOfAllMembers(long approvals, long members, boolean passes) {
    var rule = new Threshold(50, ThresholdComparison.MORE_THAN, "Quy chế");
    assertThat(VoteTally.reaches(rule, approvals, members)).isEqualTo(passes);
  }

  @ParameterizedTest(name = "at least {0}%: {1} of {2} → {3}")
  @CsvSource({"80, 8, 10, true", "80, 7, 10, false", "90, 9, 10, true", "90, 8, 9, false", "90, 9, 9, true"})
  void titleThresholds(int percent, long approvals, long members, boolean passes) {
    var rule = new Threshold(percent, ThresholdComparison.AT_LEAST, "Nghị định");
    assertThat(VoteTally.reaches(rule, approvals, members)).isEqualTo(passes);
  }

  /** Majority in general, Chiến sĩ thi đua at least 80%, Anh hùng Lao động at least 90% of all members. */
  private static final VoteRule PER_TITLE = new VoteRule(50, ThresholdComparison.MORE_THAN, "Quy chế §5",
      java.util.Map.of(
          NomineeTitle.EMULATION_FIGHTER, new Threshold(80, ThresholdComparison.AT_LEAST, "NĐ 152/2025 Điều 21"),
          NomineeTitle.LABOUR_HERO, new Threshold(90, ThresholdComparison.AT_LEAST, "NĐ 152/2025 Điều 58")));

  @ParameterizedTest(name = "Chiến sĩ thi đua ≥ 80%: {0} of 10 → {1}")
  @CsvSource({"8, true", "7, false", "10, true"})
  void emulationFighterNeedsAtLeastEightyPercentOfAllMembers(long agreements, boolean passes) {
    RuleResult r = tally.decideNominee(PER_TITLE, NomineeTitle.EMULATION_FIGHTER, "Nguyễn Văn An", agreements, 10);
    assertThat(r.passed()).isEqualTo(passes);
    assertThat(r.clause()).isEqualTo("NĐ 152/2025 Điều 21");
    assertThat(r.detail()).startsWith("Nguyễn Văn An (Chiến sĩ thi đua").contains(agreements + " of 10")
        .contains("at least 80%");
  }

  @ParameterizedTest(name = "Anh hùng Lao động ≥ 90%: {0} of 10 → {1}")
  @CsvSource({"9, true", "8, false"})
  void labourHeroNeedsAtLeastNinetyPercentOfAllMembers(long agreements, boolean passes) {
    assertThat(tally.decideNominee(PER_TITLE, NomineeTitle.LABOUR_HERO, "Trần Thị Bình", agreements, 10).passed())
        .isEqualTo(passes);
  }

  @ParameterizedTest(name = "the same {0} of 10 ballots: exemplar {1}, fighter {2}, hero {3}")
  @CsvSource({"9, true, true, true", "8, true, true, false", "6, true, false, false", "5, false, false, false"})
  void eachNomineeIsDecidedByTheThresholdOfItsOwnTitle(long agreements, boolean exemplar, boolean fighter,
      boolean hero) {
    RuleResult e = tally.decideNominee(PER_TITLE, NomineeTitle.EXEMPLAR, "A", agreements, 10);
    assertThat(e.passed()).isEqualTo(exemplar);
    assertThat(e.clause()).isEqualTo("Quy chế §5");
    assertThat(tally.decideNominee(PER_TITLE, NomineeTitle.EMULATION_FIGHTER, "B", agreements, 10).passed())
        .isEqualTo(fighter);
    assertThat(tally.decideNominee(PER_TITLE, NomineeTitle.LABOUR_HERO, "C", agreements, 10).passed())
        .isEqualTo(hero);
  }

  @ParameterizedTest(name = "approved {0} collectives + {1} individuals, proposal sends {2} + {3} → {4}")
  @CsvSource({"2, 3, 2, 3, true", "1, 3, 2, 3, false", "2, 2, 2, 3, false", "0, 1, 0, 0, true", "0, 0, 0, 0, false"})
  void theVoteStandsOnlyWhenTheApprovedNomineesFillTheProposal(int collectives, int individuals, int upCollectives,
      int upIndividuals, boolean stands) {
    assertThat(tally.coverage(collectives, individuals, upCollectives, upIndividuals).passed()).isEqualTo(stands);
  }

  @ParameterizedTest(name = "{0} of {1} → {2}")
  @CsvSource(delimiter = '|', value = {"8|10|80%", "7|10|70%", "2|3|66,7%", "1|3|33,3%", "0|0|—"})
  void sharesAreWrittenAsVietnameseWritesThem(long agreements, long members, String written) {
    assertThat(VoteTally.share(agreements, members)).isEqualTo(written);
  }
}

package vn.thiduaflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.nomination.NomineeTitle;
import vn.thiduaflow.plan.Plan.Threshold;
import vn.thiduaflow.plan.Plan.VoteRule;
import vn.thiduaflow.rule.RuleResult;
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

  /** Majority in general, Chiến sĩ thi đua at least 80%, Anh hùng Lao động at least 90% of all members. */
  private static final VoteRule PER_TITLE = new VoteRule(50, ThresholdComparison.MORE_THAN, "Quy chế §5",
      java.util.Map.of(
          NomineeTitle.EMULATION_FIGHTER, new Threshold(80, ThresholdComparison.AT_LEAST, "NĐ 152/2025 Điều 21"),
          NomineeTitle.LABOUR_HERO, new Threshold(90, ThresholdComparison.AT_LEAST, "NĐ 152/2025 Điều 58")));

  @ParameterizedTest(name = "Chiến sĩ thi đua ≥ 80%: {0} of 10 → {1}")
  @CsvSource({"8, true", "7, false", "10, true"})
  void emulationFighterNeedsAtLeastEightyPercentOfAllMembers(long approvals, boolean passes) {
    var results = tally.decide(PER_TITLE, List.of(NomineeTitle.EMULATION_FIGHTER), approvals, 10);
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.passed()).isEqualTo(passes);
      assertThat(r.clause()).isEqualTo("NĐ 152/2025 Điều 21");
      assertThat(r.detail()).contains(approvals + " of 10").contains("at least 80%");
    });
  }

  @ParameterizedTest(name = "Anh hùng Lao động ≥ 90%: {0} of 10 → {1}")
  @CsvSource({"9, true", "8, false"})
  void labourHeroNeedsAtLeastNinetyPercentOfAllMembers(long approvals, boolean passes) {
    assertThat(tally.decide(PER_TITLE, List.of(NomineeTitle.LABOUR_HERO), approvals, 10))
        .singleElement().satisfies(r -> assertThat(r.passed()).isEqualTo(passes));
  }

  @ParameterizedTest(name = "slate of an exemplar, a fighter and a hero: {0} of 10 → general {1}, 80% {2}, 90% {3}")
  @CsvSource({"9, true, true, true", "8, true, true, false", "6, true, false, false", "5, false, false, false"})
  void aMixedSlatePassesOnlyWhenEveryTitleReachesItsOwnThreshold(long approvals, boolean general, boolean fighter,
      boolean hero) {
    List<RuleResult> results = tally.decide(PER_TITLE, List.of(NomineeTitle.EXEMPLAR,
        NomineeTitle.EMULATION_FIGHTER, NomineeTitle.LABOUR_HERO, NomineeTitle.EXEMPLAR), approvals, 10);
    assertThat(results).extracting(RuleResult::clause)
        .containsExactlyInAnyOrder("Quy chế §5", "NĐ 152/2025 Điều 21", "NĐ 152/2025 Điều 58");
    assertThat(results).filteredOn(r -> r.clause().equals("Quy chế §5")).singleElement()
        .satisfies(r -> assertThat(r.passed()).isEqualTo(general));
    assertThat(results).filteredOn(r -> r.clause().endsWith("21")).singleElement()
        .satisfies(r -> assertThat(r.passed()).isEqualTo(fighter));
    assertThat(results).filteredOn(r -> r.clause().endsWith("58")).singleElement()
        .satisfies(r -> assertThat(r.passed()).isEqualTo(hero));
  }

  @org.junit.jupiter.api.Test
  void aSlateWithOnlyTitledNomineesIsDecidedByTheirThresholdsAlone() {
    assertThat(tally.decide(PER_TITLE, List.of(NomineeTitle.EMULATION_FIGHTER), 8, 10))
        .extracting(RuleResult::clause).containsExactly("NĐ 152/2025 Điều 21");
    assertThat(tally.decide(PER_TITLE, List.of(), 6, 10)).extracting(RuleResult::clause)
        .containsExactly("Quy chế §5");
  }
}

package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.PresidiumScope;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Rules per level, chosen by where a unit stands (test plan test-bac-kan-2014-levels): a presidium for the provincial
 * congress only, a district presidium and official names of its own, grassroots deadlines of their own and a cap on
 * every grassroots conference; a tier's own rules are checked at load as the plan's are.
 */
class PlanLevelRulesTest {

  private static final String FILE = "test-bac-kan-2014-levels.yaml";

  private static Plan plan() throws IOException {
    return PlanFiles.read(FILE, PlanFiles.testPlan(FILE));
  }

  @Test
  void thePresidiumForTheProvincialCongressDoesNotBindTheCommunesAndTheDistrictHasItsOwn() throws IOException {
    Plan plan = plan();
    TierRules province = plan.ownConference();
    TierRules district = plan.levels().get(UnitLevel.DISTRICT).conference();
    TierRules commune = plan.levels().get(UnitLevel.COMMUNE).conference();

    assertThat(plan.presidiumFor(province).minSize()).isEqualTo(9);
    assertThat(plan.presidiumFor(district).chairedBy()).isEqualTo(3);
    assertThat(plan.presidiumFor(commune)).as("OWN_CONFERENCE: not for a 50-person commune conference").isNull();
  }

  @Test
  void aPresidiumWithoutScopeStillBindsEveryTier() {
    Plan plan = PlanFiles.read("vinh-thuan-172-2024.yaml", PlanFiles.seed("vinh-thuan-172-2024.yaml"));
    assertThat(plan.presidium().appliesTo()).isEqualTo(PresidiumScope.EVERY_TIER);
    assertThat(plan.presidiumFor(plan.lowerConferences())).isSameAs(plan.presidium());
  }

  @Test
  void aLevelsOwnNamesAndDeadlinesReplaceThePlansOnlyForThatLevel() throws IOException {
    Plan plan = plan();
    TierRules district = plan.levels().get(UnitLevel.DISTRICT).conference();
    TierRules commune = plan.levels().get(UnitLevel.COMMUNE).conference();

    assertThat(plan.officialNameFor(district).templates().get("default")).startsWith("Hội nghị điển hình tiên tiến {unit}");
    assertThat(plan.officialNameFor(commune)).isSameAs(plan.officialName());

    assertThat(plan.nominationDeadlineFor(commune).daysBeforeConference()).isEqualTo(12);
    assertThat(plan.councilVoteFor(commune).daysBeforeConference()).isEqualTo(9);
    assertThat(plan.dossierDeadlineFor(commune).workingDaysBeforeConference()).isEqualTo(5);
    assertThat(plan.nominationDeadlineFor(district).daysBeforeConference()).isEqualTo(30);
    assertThat(plan.councilVoteFor(district).daysBeforeConference()).isEqualTo(20);
    assertThat(plan.dossierDeadlineFor(district).daysBeforeConference()).isEqualTo(15);
    assertThat(plan.resultsReportFor(commune)).isSameAs(plan.deadlines().resultsReport());
  }

  @Test
  void theGrassrootsCapBindsEveryConferenceAndTheDistrictCapOnlyDelegateConferences() throws IOException {
    Plan plan = plan();
    assertThat(plan.levels().get(UnitLevel.COMMUNE).conference().delegateCap().bindsPlenary()).isTrue();
    assertThat(plan.levels().get(UnitLevel.COMMUNE).conference().delegateCap().value()).isEqualTo(50);
    assertThat(plan.levels().get(UnitLevel.DISTRICT).conference().delegateCap().bindsPlenary()).isFalse();
    assertThat(plan.ownConference().delegateCap().value()).isEqualTo(500);
  }

  @Test
  void aGrassrootsDossierFiveWorkingDaysBeforeIsCountedOnThe2014Calendar() throws IOException {
    Plan plan = plan();
    TierRules commune = plan.levels().get(UnitLevel.COMMUNE).conference();
    // 5 working days before Friday 26/9/2014: Thursday 25 … Monday 22, then Friday 19 across the weekend
    assertThat(plan.dossierDeadlineFor(commune).deadlineFor(LocalDate.of(2014, 9, 26), new WorkingCalendar("")))
        .isEqualTo(LocalDate.of(2014, 9, 19));
  }

  @Test
  void aLevelsOwnRulesAreCheckedAtLoadWithTheirPath() throws IOException {
    String bad = PlanFiles.testPlan(FILE)
        .replace("presidium: { chairedBy: 3, clause:", "presidium: { chairedBy: 3, minSize: 5, maxSize: 7, clause:")
        .replace("councilVote: { daysBeforeConference: 9,", "councilVote: { daysBeforeConference: 14,")
        .replace("default: \"Hội nghị điển hình tiên tiến {unit}\\n", "default: \"Hội nghị {unitt}\\n");
    assertThatThrownBy(() -> PlanFiles.read(FILE, bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).extracting(PlanFileException.Problem::field).contains(
            "levels.DISTRICT.conference.presidium",
            "levels.DISTRICT.conference.officialName.templates.default",
            "levels.COMMUNE.conference.deadlines"));
  }
}

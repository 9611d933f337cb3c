package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduaflow.plan.PlanFiles.assertRefused;
import static vn.thiduaflow.plan.PlanFiles.edited;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A deadline (issue 23: an "exactly one of" group as a sealed type): calendar days before the conference, working days
 * before it, or a fixed day; the form is read from the field given, a file that gives none or more than one is refused
 * at the deadline (as the file names it) with its line, together with the file's other problems — at the top and in a
 * level's own deadlines.
 */
class DeadlineRulePlanTest {

  private static final String VINH_THUAN = PlanFiles.seed("vinh-thuan-172-2024.yaml");
  private static final String NOMINATIONS = "    daysBeforeConference: 30\n    statedInPlan: false\n";
  private static final String FORMS = "give the fields of one form: daysBeforeConference — or "
      + "workingDaysBeforeConference — or fixedDate (each with statedInPlan, clause)";
  private static final String LEVELS = "test-bac-kan-2014-levels.yaml";
  private static final String COMMUNE_VOTE = "councilVote: { daysBeforeConference: 9,";

  @Test
  void eachFormIsRead() {
    assertThat(PlanFiles.read("days.yaml", VINH_THUAN).nominationDeadline())
        .isInstanceOf(DeadlineRule.DaysBefore.class)
        .satisfies(r -> assertThat(r.daysBeforeConference()).isEqualTo(30))
        .satisfies(r -> assertThat(r.stated()).isFalse());
    assertThat(PlanFiles.read("working.yaml", edited(VINH_THUAN, NOMINATIONS,
        "    workingDaysBeforeConference: 20\n")).nominationDeadline())
        .isEqualTo(new DeadlineRule.WorkingDaysBefore(20, null, PlanFiles.read("days.yaml", VINH_THUAN)
            .nominationDeadline().clause()));
    var fixed = PlanFiles.read("fixed.yaml", edited(VINH_THUAN, NOMINATIONS, "    fixedDate: 2025-03-20\n"))
        .nominationDeadline();
    assertThat(fixed).isInstanceOf(DeadlineRule.FixedDate.class);
    assertThat(fixed.fixedDate()).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(fixed.daysBeforeConference()).as("the other forms' fields").isNull();
    assertThat(fixed.stated()).isTrue();
  }

  @Test
  void eachFormCountsItsDay() {
    var calendar = new WorkingCalendar("");
    assertThat(DeadlineRule.daysBefore(15, "x").deadlineFor(LocalDate.of(2025, 3, 31), calendar))
        .isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(DeadlineRule.workingDaysBefore(5, "x").deadlineFor(LocalDate.of(2025, 2, 7), calendar))
        .as("Tết 25/1–2/2/2025 skipped").isEqualTo(LocalDate.of(2025, 1, 24));
    assertThat(DeadlineRule.fixed(LocalDate.of(2020, 3, 27), "x").deadlineFor(LocalDate.of(2020, 4, 10), calendar))
        .isEqualTo(LocalDate.of(2020, 3, 27));
    assertThat(DeadlineRule.daysBefore(15, "x").describe(LocalDate.of(2025, 3, 31)))
        .isEqualTo("15 calendar days before the conference on 2025-03-31");
    assertThat(DeadlineRule.workingDaysBefore(5, "x").describe()).isEqualTo("5 working days before the conference");
    assertThat(DeadlineRule.fixed(LocalDate.of(2020, 3, 27), "x").describe(LocalDate.of(2020, 4, 10)))
        .isEqualTo("fixed date 2020-03-27");
  }

  @Test
  void twoFormsAreRefusedNamingTheFieldsGiven() {
    assertRefused(edited(VINH_THUAN, NOMINATIONS, NOMINATIONS + "    fixedDate: 2025-03-20\n"),
        "deadlines.nominations", "gives the fields of more than one form (daysBeforeConference and fixedDate)", FORMS,
        "(line 90)");
  }

  @Test
  void noFormIsRefusedOnceNotAlsoAsMissing() {
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", edited(VINH_THUAN, NOMINATIONS, "")))
        .isInstanceOfSatisfying(PlanFileException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem("deadlines.nominations", FORMS + " (line 90)")));
  }

  @Test
  void aNegativeCountIsRefusedInItsForm() {
    assertRefused(edited(VINH_THUAN, NOMINATIONS, "    workingDaysBeforeConference: -1\n"),
        "deadlines.nominations.workingDaysBeforeConference", "greater than or equal to 0");
  }

  @Test
  void aLevelsOwnDeadlineOfTwoFormsIsRefusedAtItsPath() {
    assertRefused(edited(PlanFiles.testPlan(LEVELS), COMMUNE_VOTE, COMMUNE_VOTE + " fixedDate: 2014-09-01,"),
        "levels.COMMUNE.conference.deadlines.councilVote", "(daysBeforeConference and fixedDate)", FORMS);
  }

  @Test
  void aLevelsOwnDeadlineStillReadsInEachForm() {
    var plan = PlanFiles.read(LEVELS, edited(PlanFiles.testPlan(LEVELS), COMMUNE_VOTE,
        "councilVote: { workingDaysBeforeConference: 7,"));
    TierRules commune = plan.levels().get(UnitLevel.COMMUNE).conference();
    assertThat(plan.councilVoteFor(commune)).isInstanceOf(DeadlineRule.WorkingDaysBefore.class);
    assertThat(plan.councilVoteFor(commune).workingDaysBeforeConference()).isEqualTo(7);
  }

  @Test
  void anOptionalDeadlineWithoutAFormIsReportedWithTheFilesOtherProblems() {
    String bad = edited(edited(edited(VINH_THUAN, "deadlines:\n",
        "deadlines:\n  councilVote: { daysBeforeConference: 20, fixedDate: 2025-03-20, clause: \"x\" }\n"),
        "  minSize: 9\n", "  minSize: 9\n  chairedBy: 3\n"), "Điển hình tiên tiến {unit}",
        "Điển hình tiên tiến {unitt}");
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).extracting(Problem::field).containsExactly("deadlines.councilVote",
            "officialName.templates.ADVANCED_EXEMPLAR_CONFERENCE", "presidium"));
  }

  /**
   * A required deadline without a form is missing, as for Bean Validation: reported with the other fields Bean
   * Validation refuses (once, not again as null), and the checks between rules wait for them.
   */
  @Test
  void aRequiredDeadlineWithoutAFormIsReportedWithTheOtherMissingFields() {
    String bad = edited(edited(VINH_THUAN, NOMINATIONS, ""), "  clause: \"§II.2.2\"\n", "  clause: \"\"\n");
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).extracting(Problem::field)
            .containsExactly("deadlines.nominations", "ownConference.clause"));
  }
}

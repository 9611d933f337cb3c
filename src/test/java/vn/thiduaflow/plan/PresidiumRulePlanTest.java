package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduaflow.plan.PlanFiles.assertRefused;
import static vn.thiduaflow.plan.PlanFiles.edited;

import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.PresidiumRule;
import vn.thiduaflow.plan.model.PresidiumScope;

/**
 * The presidium (issue 23: an "exactly one of" group as a sealed type): a file gives a size range (Vĩnh Thuận
 * 172/KH-UBND §III.3.4) or "chaired by N" (Bình An 27/KH-UBND §II.4); the form is read from the fields given, a file
 * that gives neither or both is refused at the presidium with its line, together with the file's other problems, and
 * a size range must not run backwards.
 */
class PresidiumRulePlanTest {

  private static final String VINH_THUAN = PlanFiles.seed("vinh-thuan-172-2024.yaml");
  /** The seed's size range, up to the comment that ends its last line. */
  private static final String RANGE = "  minSize: 9\n  maxSize: 11\n  exemplarFraction: \"1/3\"";
  private static final String FORMS = "give the fields of one form: minSize, maxSize, exemplarFraction — or chairedBy"
      + " (each with omittableForStagedFormats, clause, appliesTo)";

  @Test
  void theSeedsGiveOneFormEach() {
    assertThat(PlanFiles.read("vinh-thuan.yaml", VINH_THUAN).presidium())
        .isEqualTo(new PresidiumRule.SizeRange(9, 11, "1/3", true, "§III.3.4", PresidiumScope.EVERY_TIER));
    assertThat(PlanFiles.read("binh-an.yaml", PlanFiles.seed("binh-an-27-2025.yaml")).presidium())
        .isEqualTo(new PresidiumRule.ChairedBy(3, false, "§II.4", PresidiumScope.EVERY_TIER));
  }

  @Test
  void chairedByNKeepsTheSharedFields() {
    var rule = PlanFiles.read("chaired.yaml", edited(VINH_THUAN, RANGE, "  chairedBy: 3")).presidium();
    assertThat(rule).isEqualTo(new PresidiumRule.ChairedBy(3, true, "§III.3.4", PresidiumScope.EVERY_TIER));
    assertThat(rule.minSize()).as("the other form's field").isNull();
    assertThat(rule.fractionNumerator()).isZero();
    assertThat(rule.fractionDenominator()).isEqualTo(1);
  }

  @Test
  void aRangeWithoutAFractionIsAccepted() {
    var rule = PlanFiles.read("no-fraction.yaml", edited(VINH_THUAN, RANGE, "  minSize: 9\n  maxSize: 9"))
        .presidium();
    assertThat(rule.minSize()).isEqualTo(9);
    assertThat(rule.maxSize()).isEqualTo(9);
    assertThat(rule.exemplarFraction()).isNull();
  }

  @Test
  void bothFormsAreRefusedNamingTheFieldsOfEach() {
    assertRefused(edited(VINH_THUAN, RANGE, RANGE + "\n  chairedBy: 3"), "presidium",
        "gives the fields of more than one form (minSize, maxSize, exemplarFraction and chairedBy)", FORMS,
        "(line 59)");
  }

  @Test
  void neitherFormIsRefusedWithBothFormsNamed() {
    assertRefused(edited(VINH_THUAN, RANGE, ""), "presidium", FORMS, "(line 59)");
  }

  @Test
  void aRangeWithoutItsMostIsRefused() {
    assertRefused(edited(VINH_THUAN, RANGE, "  minSize: 9"), "presidium.maxSize", "must not be null");
  }

  @Test
  void aRangeRunningBackwardsIsRefused() {
    assertRefused(edited(VINH_THUAN, RANGE, "  minSize: 12\n  maxSize: 11"), "presidium.maxSize",
        "must not be less than minSize (12)");
  }

  @Test
  void aPresidiumOfBothFormsIsReportedWithTheFilesOtherProblems() {
    String bad = edited(edited(VINH_THUAN, RANGE, RANGE + "\n  chairedBy: 3"),
        "Điển hình tiên tiến {unit}", "Điển hình tiên tiến {unitt}");
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).extracting(Problem::field)
            .containsExactly("officialName.templates.ADVANCED_EXEMPLAR_CONFERENCE", "presidium"));
  }

  @Test
  void aPresidiumOfBothFormsIsReportedBesideAnUnknownFieldFurtherOn() {
    String bad = edited(edited(VINH_THUAN, RANGE, RANGE + "\n  chairedBy: 3"), "deadlines:\n",
        "deadlines:\n  reviewTime: { workingDays: 5, clause: \"x\" }\n");
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).extracting(Problem::field)
            .containsExactlyInAnyOrder("deadlines.reviewTime", "presidium"));
  }
}

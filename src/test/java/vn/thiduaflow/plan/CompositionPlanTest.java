package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.model.BalanceCriterion;
import vn.thiduaflow.plan.model.BalanceCriterionRule;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.plan.model.CompositionRule.ShareKind;
import vn.thiduaflow.plan.model.LevelRules;
import vn.thiduaflow.plan.model.Plan;

/**
 * The composition rule in a plan file (issue 22): a share stated as a minimum or as approximate ("khoảng") with its
 * tolerance, the balance criteria the seeds ask for, and the refusals at load.
 */
class CompositionPlanTest {

  private static final String LANG_SON = "lang-son-city-2024.yaml";
  /** The own conference's share line in Lạng Sơn's file (the first composition block). */
  private static final String OWN_SHARE = "    share: MINIMUM ";

  @Test
  void theSeedsStateTheirSharesAsMinimaAndTheDistrictAndCityConferencesListTheirBalances() throws Exception {
    Plan vinhThuan = PlanFiles.read("vinh-thuan-172-2024.yaml", PlanFiles.seed("vinh-thuan-172-2024.yaml"));
    CompositionRule own = vinhThuan.ownConference().composition();
    assertThat(own.share()).isEqualTo(ShareKind.MINIMUM);
    assertThat(own.tolerancePoints()).isNull();
    assertThat(own.balanceCriteria()).extracting(BalanceCriterionRule::code).containsExactly(
        BalanceCriterion.DIRECT_WORKERS, BalanceCriterion.WOMEN, BalanceCriterion.ETHNICITY, BalanceCriterion.SECTOR);
    assertThat(own.balanceCriteria()).allSatisfy(c -> assertThat(c.clause()).startsWith("§II.2.2"));
    assertThat(own.balanceCriteria().get(1).label()).isEqualTo("Đại biểu nữ");
    assertThat(vinhThuan.lowerConferences().composition().balanceCriteria())
        .as("§II.2.1 lists who attends, it asks no balance").isEmpty();
    Plan langSon = PlanFiles.read(LANG_SON, PlanFiles.seed(LANG_SON));
    assertThat(langSon.ownConference().composition().balanceCriteria()).hasSize(4);
    assertThat(langSon.lowerConferences().composition().balanceCriteria()).isEmpty();
    // no seed says "khoảng": every bundled plan keeps "at least"
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/plans"))) {
      files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> {
        Plan plan = PlanFiles.read(f.getFileName().toString(), PlanFiles.seed(f.getFileName().toString()));
        Stream.concat(Stream.of(plan.ownConference(), plan.lowerConferences()),
                plan.levels().values().stream().map(LevelRules::conference))
            .filter(t -> t != null && t.composition() != null)
            .forEach(t -> assertThat(t.composition().share()).as(plan.id()).isEqualTo(ShareKind.MINIMUM));
      });
    }
  }

  @Test
  void anApproximateShareWithoutToleranceTakesTheWorkflowsDefaultMarkedAsSuch() {
    CompositionRule rule = own("    share: APPROXIMATE\n");
    assertThat(rule.approximate()).isTrue();
    assertThat(rule.tolerancePoints()).isEqualTo(5);
    assertThat(rule.toleranceStatedInPlan()).isFalse();
    assertThat(rule.toleranceStated()).isFalse();
    assertThat(rule.lowestPercent()).isEqualTo(65);
    assertThat(rule.highestPercent()).isEqualTo(75);
    assertThat(CompositionRule.DEFAULT_TOLERANCE_CLAUSE).contains("Kế hoạch không nêu").contains("±5");
    CompositionRule stated = own("    share: APPROXIMATE\n    tolerancePoints: 3\n");
    assertThat(stated.tolerancePoints()).isEqualTo(3);
    assertThat(stated.toleranceStated()).isTrue();
    assertThat(stated.describeVi()).isEqualTo("khoảng 70% (±3 điểm)");
    CompositionRule absent = own("");
    assertThat(absent.share()).as("absent: MINIMUM").isEqualTo(ShareKind.MINIMUM);
    assertThat(absent.describeVi()).isEqualTo("tối thiểu 70%");
    CompositionRule withoutLabel = own("    balanceCriteria:\n      - { code: YOUTH, clause: \"§x\" }\n");
    assertThat(withoutLabel.balanceCriteria().get(0).label()).isEqualTo(BalanceCriterion.YOUTH.label());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      tolerance on a minimum        | '    share: MINIMUM\\n    tolerancePoints: 5\\n' | ownConference.composition.tolerancePoints | applies only to share: APPROXIMATE
      tolerance with share absent   | '    tolerancePoints: 5\\n'                     | ownConference.composition.tolerancePoints | applies only to share: APPROXIMATE
      tolerance equal to the share  | '    share: APPROXIMATE\\n    tolerancePoints: 70\\n' | ownConference.composition.tolerancePoints | must be below the share (70), is 70
      tolerance above the share     | '    share: APPROXIMATE\\n    tolerancePoints: 71\\n' | ownConference.composition.tolerancePoints | must be below the share
      negative tolerance            | '    share: APPROXIMATE\\n    tolerancePoints: -1\\n' | ownConference.composition.tolerancePoints | greater than or equal to 0
      stated but not given          | '    share: APPROXIMATE\\n    toleranceStatedInPlan: true\\n' | ownConference.composition.tolerancePoints | give the plan's tolerance
      stated flag on a minimum      | '    toleranceStatedInPlan: false\\n'             | ownConference.composition.toleranceStatedInPlan | applies only to share: APPROXIMATE
      unknown share kind            | '    share: ROUGHLY\\n'                           | ownConference.composition.share | 'ROUGHLY' is not one of
      unknown criterion             | '    balanceCriteria:\\n      - { code: VETERANS, clause: \"§x\" }\\n' | ownConference.composition.balanceCriteria[0].code | 'VETERANS' is not one of
      criterion twice               | '    balanceCriteria:\\n      - { code: WOMEN, clause: \"§x\" }\\n      - { code: WOMEN, clause: \"§y\" }\\n' | ownConference.composition.balanceCriteria[1].code | 'WOMEN' is listed twice
      criterion without clause      | '    balanceCriteria:\\n      - { code: WOMEN, label: \"Nữ\" }\\n' | ownConference.composition.balanceCriteria[0].clause | must not be blank
      criterion without code        | '    balanceCriteria:\\n      - { label: \"Nữ\", clause: \"§x\" }\\n' | ownConference.composition.balanceCriteria[0].code | must not be null
      """)
  void refusesAWrongCompositionRuleNamingTheField(String name, String lines, String field, String problem) {
    String broken = ownReplaced(lines.replace("\\n", "\n"));
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", broken))
        .isInstanceOf(PlanFileException.class)
        .hasMessageContaining("Plan file 'broken.yaml'")
        .satisfies(e -> assertThat(((PlanFileException) e).problems())
            .anySatisfy(p -> {
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.problem()).contains(problem);
            }));
  }

  /** Lạng Sơn's own composition with its share line and criteria replaced by {@code lines}. */
  private static CompositionRule own(String lines) {
    return PlanFiles.read("changed.yaml", ownReplaced(lines)).ownConference().composition();
  }

  private static String ownReplaced(String lines) {
    String original = PlanFiles.seed(LANG_SON);
    int start = original.indexOf(OWN_SHARE);
    assertThat(start).as("fixture text present").isPositive();
    int end = original.indexOf("\n\n", start); // the own conference's block ends at the blank line
    return original.substring(0, start) + lines + original.substring(end + 1);
  }
}

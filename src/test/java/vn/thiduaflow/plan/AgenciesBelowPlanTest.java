package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduaflow.plan.PlanFiles.assertRefused;
import static vn.thiduaflow.plan.PlanFiles.edited;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.Organization;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The units below a department get their level's rules, not the department's (issue 22): {@code levels.AGENCY_BELOW}
 * holds the rules of an agency whose parent is an agency of the plan (test plan test-agencies-below-department: Sở Y tế
 * tỉnh Sơn La with a hospital and a disease-control centre below it). A plan without that block keeps its meaning (an
 * agency below an agency, an enterprise in a block follow their kind's rules); a wrong block is refused at load with
 * its boundary.
 */
class AgenciesBelowPlanTest {

  private static final String FILE = "test-agencies-below-department.yaml";

  /** The text without the AGENCY_BELOW block. */
  private static String withoutAgencyBelow(String text) {
    int from = text.indexOf("  AGENCY_BELOW:");
    int to = text.indexOf("\norganizations:");
    return text.substring(0, from) + text.substring(to + 1);
  }

  private static Organization organization(Plan plan, String code) {
    return plan.organizations().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theDepartmentFollowsAgencyAndItsOwnAgenciesFollowAgencyBelowWithTheirWindowAndCap() {
    Plan plan = PlanFiles.read(FILE, PlanFiles.testPlan(FILE));
    assertThat(plan.levelOf(organization(plan, "SL-SYT"))).isEqualTo(UnitLevel.AGENCY);
    assertThat(plan.levelOf(organization(plan, "SL-BVDK"))).isEqualTo(UnitLevel.AGENCY_BELOW);
    assertThat(plan.levelOf(organization(plan, "SL-CDC"))).isEqualTo(UnitLevel.AGENCY_BELOW);

    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, "");
    Plan root = catalog.get("test-agencies-below-department");
    AdministrativeUnit department = catalog.unitOf(root, "SL-SYT").orElseThrow();
    assertThat(department.level()).isEqualTo(UnitLevel.AGENCY);
    Plan departments = catalog.campaignPlanFor(root, root, department).orElseThrow();
    assertThat(departments.ownConference().window().from()).isEqualTo(LocalDate.of(2025, 9, 20));
    assertThat(departments.ownConference().delegateCap().value()).isEqualTo(150);
    assertThat(catalog.lowerUnits(departments, department)).extracting(AdministrativeUnit::code,
        AdministrativeUnit::level).containsExactly(
            org.assertj.core.groups.Tuple.tuple("SL-BVDK", UnitLevel.AGENCY_BELOW),
            org.assertj.core.groups.Tuple.tuple("SL-CDC", UnitLevel.AGENCY_BELOW));
    TierRules grassroots = departments.lowerRulesFor(UnitLevel.AGENCY_BELOW);
    assertThat(departments.lowerConferences()).isSameAs(grassroots);
    assertThat(grassroots.window().from()).isEqualTo(LocalDate.of(2025, 8, 15));
    assertThat(grassroots.window().to()).isEqualTo(LocalDate.of(2025, 9, 10));
    assertThat(grassroots.delegateCap().value()).isEqualTo(60);
    assertThat(grassroots.delegateCap().bindsPlenary()).isTrue();
    // the agencies run no campaign of their own: nothing is below them
    AdministrativeUnit hospital = catalog.unitOf(root, "SL-BVDK").orElseThrow();
    assertThat(catalog.campaignPlanFor(root, departments, hospital)).isEmpty();
  }

  @Test
  void withoutTheBlockAnAgencyBelowAnAgencyFollowsAgencyAsBefore() {
    Plan plan = PlanFiles.read("no-block.yaml", withoutAgencyBelow(PlanFiles.testPlan(FILE)));
    assertThat(plan.levelOf(organization(plan, "SL-BVDK"))).isEqualTo(UnitLevel.AGENCY);
    assertThat(plan.lowerRulesFor(plan.levelOf(organization(plan, "SL-BVDK"))).delegateCap().value())
        .isEqualTo(150);
  }

  @Test
  void anEnterpriseInABlockAndAnAgencyInABlockKeepTheirKindsRules() throws IOException {
    Plan national = PlanFiles.read("test-chain-national.yaml",
        Files.readString(Path.of("src/test/resources/plans/test-chain-national.yaml")));
    assertThat(national.levelOf(organization(national, "TW-EVN"))).isEqualTo(UnitLevel.ENTERPRISE);
    // an agency below an emulation block is a department of the block, not a grassroots agency
    String block = """
          - { code: "SL-KHOI", name: "Khối các sở, ngành kinh tế", kind: EMULATION_BLOCK, parent: "14", sample: true, clause: "Thử nghiệm" }
          - { code: "SL-STC", name: "Sở Tài chính tỉnh Sơn La", kind: AGENCY, parent: "SL-KHOI", sample: true, clause: "Thử nghiệm" }
        """;
    int at = PlanFiles.testPlan(FILE).indexOf("\npresidium:");
    Plan plan = PlanFiles.read("in-block.yaml", PlanFiles.testPlan(FILE).substring(0, at) + "\n" + block + PlanFiles.testPlan(FILE).substring(at + 1));
    assertThat(plan.levelOf(organization(plan, "SL-STC"))).isEqualTo(UnitLevel.AGENCY);
    assertThat(plan.levelOf(organization(plan, "SL-BVDK"))).isEqualTo(UnitLevel.AGENCY_BELOW);
  }

  @Test
  void agencyBelowIsNotAKind() {
    assertRefused(edited(PlanFiles.testPlan(FILE), "kind: AGENCY, parent: \"SL-SYT\"", "kind: AGENCY_BELOW, parent: \"SL-SYT\""),
        "organizations[1].kind", "write kind: AGENCY; an agency below an agency follows levels.AGENCY_BELOW");
  }

  @Test
  void theBlockMustApplyToAnAgencyBelowAnAgency() {
    String flat = PlanFiles.testPlan(FILE).replace("kind: AGENCY, parent: \"SL-SYT\"", "kind: AGENCY, parent: \"14\"");
    assertRefused(flat, "levels.AGENCY_BELOW", "no organization of this plan is an agency below an agency");
  }

  @Test
  void theBlockNeedsTheDepartmentsRules() {
    int from = PlanFiles.testPlan(FILE).indexOf("  AGENCY:");
    int to = PlanFiles.testPlan(FILE).indexOf("  AGENCY_BELOW:");
    assertRefused(PlanFiles.testPlan(FILE).substring(0, from) + PlanFiles.testPlan(FILE).substring(to), "levels.AGENCY_BELOW",
        "needs levels.AGENCY");
  }

  @Test
  void theGrassrootsWindowEndsWithTheDepartmentsAtTheLatest() {
    String window = "window: { from: 2025-08-15, to: 2025-09-10,";
    Plan plan = PlanFiles.read("same-end.yaml", edited(PlanFiles.testPlan(FILE), window, "window: { from: 2025-08-15, to: 2025-09-30,"));
    assertThat(plan.levels().get(UnitLevel.AGENCY_BELOW).conference().window().to())
        .as("ending on the departments' last day loads").isEqualTo(LocalDate.of(2025, 9, 30));
    assertRefused(edited(PlanFiles.testPlan(FILE), window, "window: { from: 2025-08-15, to: 2025-10-01,"),
        "levels.AGENCY_BELOW.conference.window", "2025-08-15 … 2025-10-01 ends after levels.AGENCY.conference.window "
            + "(2025-09-20 … 2025-09-30)");
  }
}

package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Issue 22: a ministry issues its own plan. The issuer may be one of the plan's organizations (test plan
 * test-ministry-issues-own-plan: Bộ Nông nghiệp và Môi trường, parent "VN"); its name is checked against the
 * organization as an administrative issuer's is against the list, and a code that is neither is refused naming both.
 */
class OrganizationIssuerTest {

  @Test
  void theMinistryIssuesThePlanOfItsBlocksAgenciesAndEnterprises(@TempDir Path dir) throws IOException {
    Plan plan = PlanFiles.read("ministry.yaml", PlanFiles.testPlan("test-ministry-issues-own-plan.yaml"));
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString());

    AdministrativeUnit ministry = catalog.unitOf(plan, "NNMT").orElseThrow();
    assertThat(ministry.level()).isEqualTo(UnitLevel.AGENCY);
    assertThat(ministry.parentCode()).isEqualTo("VN");
    assertThat(catalog.lowerUnits(plan, ministry)).extracting(AdministrativeUnit::code)
        .containsExactly("NNMT-KHOI-CQ", "NNMT-KHOI-DN");
    // a department of the ministry belongs to the nation: its vertical line reaches a province
    assertThat(catalog.originWithin(plan, "14", "NNMT-CTTBVTV")).map(AdministrativeUnit::name)
        .contains("Tỉnh Sơn La");
    assertThat(catalog.originWithin(plan, "14", "NNMT-VKHNN")).as("an institute without a vertical line").isEmpty();
  }

  @Test
  void anIssuerNamedOtherwiseThanItsOrganizationIsRefused() throws IOException {
    String bad = PlanFiles.testPlan("test-ministry-issues-own-plan.yaml").replace("  name: \"Bộ Nông nghiệp và Môi trường\"\nterm:", "  name: \"Bộ Nông nghiệp\"\nterm:");
    assertThatThrownBy(() -> PlanFiles.read("ministry.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class,
        e -> assertThat(e.problems()).filteredOn(p -> p.field().equals("issuer.name")).singleElement()
            .satisfies(p -> assertThat(p.problem()).contains("the plan's organization code NNMT")
                .contains("'Bộ Nông nghiệp và Môi trường'")));
  }

  @Test
  void anIssuerThatIsNeitherAListUnitNorAnOrganizationIsRefused() throws IOException {
    String bad = PlanFiles.testPlan("test-ministry-issues-own-plan.yaml").replace("  unitCode: \"NNMT\"\n", "  unitCode: \"NNMT-X\"\n");
    assertThatThrownBy(() -> PlanFiles.read("ministry.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class,
        e -> assertThat(e.problems()).filteredOn(p -> p.field().equals("issuer.unitCode")).singleElement()
            .satisfies(p -> assertThat(p.problem()).contains("'NNMT-X'").contains("nor one of the plan's organizations")));
  }
}

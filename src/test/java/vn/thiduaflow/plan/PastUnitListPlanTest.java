package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduaflow.plan.PlanFiles.assertRefused;
import static vn.thiduaflow.plan.PlanFiles.edited;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * A plan names the unit list it was written against (issue 22: {@code issuer.unitList}); test plan
 * test-bac-kan-2014-unit-list on the test fixture test-bac-kan-2014 (not the official 2014 list: 058 is "Thị xã Bắc
 * Kạn", Huyện Pác Nặm (060) is absent and its communes are under Huyện Ba Bể (061)). The plan's units resolve in that
 * list by their names of it; a code of today's list only, an unknown list and a list of the other structure are
 * refused at load; a plan naming no list is on today's list as before.
 */
class PastUnitListPlanTest {

  private static final String FILE = "test-bac-kan-2014-unit-list.yaml";
  private static final String LIST = "test-bac-kan-2014";

  private static PlanCatalog catalog() {
    return new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, "");
  }

  @Test
  void aPlanWrittenAgainstThe2014ListLoadsAndItsUnitsResolveByTheir2014Names() {
    Plan plan = PlanFiles.read(FILE, PlanFiles.testPlan(FILE));
    assertThat(plan.issuer().unitList()).isEqualTo(LIST);

    PlanCatalog catalog = catalog();
    Plan loaded = catalog.get("test-bac-kan-2014-unit-list");
    AdministrativeUnit province = catalog.unitOf(loaded, "06").orElseThrow();
    assertThat(province.unitList()).isEqualTo(LIST);
    assertThat(catalog.lowerUnits(loaded, province)).extracting(AdministrativeUnit::name)
        .containsExactly("Thị xã Bắc Kạn", "Huyện Ba Bể");
    AdministrativeUnit baBe = catalog.unitOf(loaded, "061").orElseThrow();
    Plan district = catalog.campaignPlanFor(loaded, loaded, baBe).orElseThrow();
    assertThat(district.issuer().unitList()).as("a derived plan stays on the root's list").isEqualTo(LIST);
    // Xã Bộc Bố is in Huyện Ba Bể in the 2014 list (today: Huyện Pác Nặm)
    assertThat(catalog.lowerUnits(district, baBe)).extracting(AdministrativeUnit::code, AdministrativeUnit::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("01888", "Thị trấn Chợ Rã"),
            org.assertj.core.groups.Tuple.tuple("01864", "Xã Bộc Bố"));
    assertThat(catalog.unitOf(loaded, "01864").orElseThrow().parentCode()).isEqualTo("061");
    assertThat(catalog.unitOf(loaded, "060")).as("Huyện Pác Nặm is of today's list only").isEmpty();
  }

  @Test
  void aPlanNamingNoListIsOnTodaysListAsBefore() {
    PlanCatalog catalog = catalog();
    Plan today = catalog.get("test-bac-kan-2014-levels");
    assertThat(today.issuer().unitList()).isNull();
    assertThat(catalog.unitOf(today, "058").orElseThrow().name()).isEqualTo("Thành phố Bắc Kạn");
    assertThat(catalog.unitOf(today, "01858").orElseThrow().parentCode()).isEqualTo("060");
    assertThat(catalog.unitOf(today, "058").orElseThrow().unitList()).isEqualTo("vn-units-pre-2025");
  }

  @Test
  void aUnitCodeOfTodaysListOnlyIsRefusedForThePlan() {
    assertRefused(edited(PlanFiles.testPlan(FILE), "units: { unitCodes: [\"058\", \"061\"] }", "units: { unitCodes: [\"058\", \"060\"] }"),
        "levels.DISTRICT.conference.units.unitCodes[1]",
        "unit '060' is not a DISTRICT unit of the test-bac-kan-2014 (THREE_LEVEL, as of 2014-05-01) list");
  }

  @Test
  void aUnitIsCheckedByItsNameOfThePlansList() {
    String pilot = """

        pilots:
          - unitCode: "058"
            name: "%s"
            window: { from: 2014-10-01, to: 2014-10-15, clause: "Mô phỏng: thí điểm cấp huyện" }
            clause: "Mô phỏng: chỉ đạo điểm"
        """;
    assertRefused(PlanFiles.testPlan(FILE) + pilot.formatted("Thành phố Bắc Kạn"), "pilots[0].name",
        "'Thành phố Bắc Kạn' does not match the unit list, where code 058 is 'Thị xã Bắc Kạn'");
    Plan plan = PlanFiles.read(FILE, PlanFiles.testPlan(FILE) + pilot.formatted("Thị xã Bắc Kạn"));
    assertThat(plan.pilotFor("058")).isPresent();
  }

  @Test
  void anUnknownListIsRefusedNamingTheKnownOnes() {
    assertRefused(edited(PlanFiles.testPlan(FILE), "unitList: test-bac-kan-2014", "unitList: bac-kan-1999"), "issuer.unitList",
        "no unit list 'bac-kan-1999'", "vn-units-pre-2025 (THREE_LEVEL, as of 2025-06-30)",
        "vn-units-2025 (TWO_LEVEL, as of 2025-07-01)", "test-bac-kan-2014 (THREE_LEVEL, as of 2014-05-01)");
  }

  @Test
  void aListOfTheOtherStructureIsRefused() {
    assertRefused(edited(PlanFiles.testPlan(FILE), "unitList: test-bac-kan-2014", "unitList: vn-units-2025"), "issuer.unitList",
        "list vn-units-2025 (TWO_LEVEL, as of 2025-07-01) is not a list of the issuer's adminStructure THREE_LEVEL");
  }

  @Test
  void todaysListMayBeNamedToo() {
    Plan plan = PlanFiles.read("named-today.yaml", edited(edited(edited(PlanFiles.testPlan(FILE), "unitList: test-bac-kan-2014",
        "unitList: vn-units-pre-2025"), "[\"058\", \"061\"]", "[\"058\", \"060\"]"),
        "[\"01852\", \"01888\", \"01864\"]", "[\"01852\", \"01864\"]"));
    assertThat(plan.issuer().unitList()).isEqualTo("vn-units-pre-2025");
  }

  @Test
  void aPlanCarryingOutAnotherIsOnTheSameList(@TempDir Path dir) throws IOException {
    // Huyện Ba Bể's own plan for the 2014 province plan, but written against today's list
    String district = PlanFiles.testPlan(FILE).replace("id: test-bac-kan-2014-unit-list", "id: ba-be-2014\nimplements: test-bac-kan-2014-unit-list")
        .replace("  unitList: test-bac-kan-2014        # the unit list of 2014 the plan was written against (a test fixture)\n", "")
        .replace("  unitCode: \"06\"\n  name: \"Tỉnh Bắc Kạn\"", "  unitCode: \"061\"\n  name: \"Huyện Ba Bể\"");
    int levels = district.indexOf("\nlevels:");
    int presidium = district.indexOf("\npresidium:");
    district = district.substring(0, levels) + district.substring(presidium);
    Files.writeString(dir.resolve("ba-be-2014.yaml"), district);
    assertThatThrownBy(() -> new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString()))
        .isInstanceOf(PlanFileException.class).hasMessageContaining("ba-be-2014.yaml")
        .hasMessageContaining("issuer.unitList")
        .hasMessageContaining("test-bac-kan-2014 (THREE_LEVEL, as of 2014-05-01), this one against vn-units-pre-2025");
  }
}

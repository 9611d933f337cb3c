package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * Vertical lines (hệ thống dọc) and dual subordination: a provincial department may nominate its sector's people in
 * the province's districts and communes, and its own code is a nominee's origin; an enterprise answering to the
 * province and to the department too may be nominated at either; nothing else crosses over.
 */
class VerticalLineTest {

  private static final String ORGANIZATIONS = """
      organizations:
        - { code: "BK-SYT", name: "Sở Y tế tỉnh Bắc Kạn", kind: AGENCY, parent: "06", clause: "Mô phỏng §VI",
            verticalLine: { levels: [DISTRICT, COMMUNE], clause: "Mô phỏng §VI.2: mời đại biểu ngành y tế cấp huyện, xã" } }
        - { code: "BK-DUOC", name: "Công ty Cổ phần Dược Bắc Kạn", kind: ENTERPRISE, parent: "06", secondParent: "BK-SYT",
            clause: "Mô phỏng §VI.3: chịu sự quản lý của UBND tỉnh và Sở Y tế" }
      """;

  private static String text() throws IOException {
    String base = Files.readString(Path.of("src/test/resources/plans/test-bac-kan-2014-levels.yaml"));
    String levels = """
          AGENCY:
            conference:
              clause: "Mô phỏng §VI: các sở, ngành tổ chức Hội nghị"
              forms: [ADVANCED_EXEMPLAR_CONFERENCE]
              window: { from: 2014-10-01, to: 2014-12-31, clause: "Mô phỏng §VI.1" }
              duration: ONE_SESSION
              delegateCap: { value: 150, clause: "Mô phỏng §VI.1: tối đa 150 đại biểu" }
          ENTERPRISE:
            conference:
              clause: "Mô phỏng §VI: doanh nghiệp tổ chức Hội nghị"
              forms: [ADVANCED_EXEMPLAR_CONFERENCE]
              window: { from: 2014-10-01, to: 2014-12-31, clause: "Mô phỏng §VI.1" }
              duration: ONE_SESSION
              delegateCap: { value: 100, clause: "Mô phỏng §VI.1: tối đa 100 đại biểu" }
        """;
    return base.replace("\npresidium:\n", "\n" + levels + "\npresidium:\n") + "\n" + ORGANIZATIONS;
  }

  @Test
  void aDepartmentNominatesItsOwnPeopleAndItsSectorInTheProvincesDistrictsAndCommunes(@TempDir Path dir)
      throws IOException {
    Plan plan = PlanFiles.read("vertical.yaml", text());
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString());

    assertThat(catalog.originWithin(plan, "BK-SYT", "BK-SYT")).map(AdministrativeUnit::name)
        .contains("Sở Y tế tỉnh Bắc Kạn");
    assertThat(catalog.originWithin(plan, "060", "BK-SYT")).map(AdministrativeUnit::name).contains("Huyện Pác Nặm");
    assertThat(catalog.originWithin(plan, "01858", "BK-SYT")).map(AdministrativeUnit::name).contains("Xã Bằng Thành");
    // a district of another province is outside the department's line
    assertThat(catalog.originWithin(plan, "001", "BK-SYT")).isEmpty();
    // a commune's conference takes nobody from the district above it
    assertThat(catalog.originWithin(plan, "060", "01858")).isEmpty();
  }

  @Test
  void anEnterpriseWithTwoParentsMayBeNominatedAtEither(@TempDir Path dir) throws IOException {
    Plan plan = PlanFiles.read("vertical.yaml", text());
    PlanCatalog catalog = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, dir.toString());

    assertThat(catalog.originWithin(plan, "BK-DUOC", "06")).isPresent();
    assertThat(catalog.originWithin(plan, "BK-DUOC", "BK-SYT")).isPresent();
    assertThat(catalog.originWithin(plan, "BK-SYT", "BK-DUOC")).isEmpty();
  }

  @Test
  void aSecondParentAndAVerticalLineAreCheckedAtLoad() throws IOException {
    String bad = text().replace("secondParent: \"BK-SYT\"", "secondParent: \"06\"")
        .replace("levels: [DISTRICT, COMMUNE]", "levels: [DISTRICT, PROVINCE]");
    assertThatThrownBy(() -> PlanFiles.read("vertical.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).extracting(PlanFileException.Problem::field)
            .contains("organizations[1].secondParent", "organizations[0].verticalLine.levels"));
    // a provincial department's line reaches below its province, not the province itself (a ministry's may)
    assertThatThrownBy(() -> PlanFiles.read("vertical.yaml", bad)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).filteredOn(p -> p.field().equals("organizations[0].verticalLine.levels"))
            .singleElement().satisfies(p -> assertThat(p.problem())
                .isEqualTo("a vertical line reaches units below Tỉnh Bắc Kạn (PROVINCE), the administrative unit "
                    + "Sở Y tế tỉnh Bắc Kạn belongs to, so not PROVINCE")));
  }
}

package vn.thiduaflow.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unit lists of a past date as data (issue 22): a JSON file in the shape of today's list with a sidecar
 * {@code <name>.list.yaml}, on the classpath (the test fixture test-bac-kan-2014, not the official 2014 list) or in
 * {@code thiduaflow.units.extra-dir}; units looked up in a list keep to it (names, parents, children); a wrong sidecar
 * stops the start naming its file and field.
 */
class UnitListDirectoryTest {

  private static final UnitDirectory UNITS = new UnitDirectory();
  private static final String LIST = "test-bac-kan-2014";
  private static final String MINI = """
      [{"Code":"06","FullName":"Tỉnh Bắc Kạn","District":[{"Code":"058","FullName":"Thị xã Bắc Kạn","ProvinceCode":"06",
        "Ward":[{"Code":"01834","FullName":"Phường Nguyễn Thị Minh Khai","DistrictCode":"058"}]}]}]
      """;

  @Test
  void todaysListsComeFirstThenTheListsOfAPastDate() {
    assertThat(UNITS.lists()).extracting(UnitList::id).startsWith("vn-units-pre-2025", "vn-units-2025").contains(LIST);
    UnitList fixture = UNITS.list(LIST).orElseThrow();
    assertThat(fixture.structure()).isEqualTo(AdminStructure.THREE_LEVEL);
    assertThat(fixture.effectiveOn()).isEqualTo(LocalDate.of(2014, 5, 1));
    assertThat(fixture.today()).isFalse();
    assertThat(fixture.source()).startsWith("Test fixture derived from vn-units-pre-2025.json");
    assertThat(UNITS.listFor(AdminStructure.THREE_LEVEL, null).id()).isEqualTo("vn-units-pre-2025");
    assertThat(UNITS.listFor(AdminStructure.TWO_LEVEL, null).today()).isTrue();
  }

  @Test
  void aUnitOfAPastListHasItsNameParentAndChildrenOfThatList() {
    AdministrativeUnit town = UNITS.get(AdminStructure.THREE_LEVEL, LIST, "058");
    assertThat(town.name()).isEqualTo("Thị xã Bắc Kạn");
    assertThat(town.unitList()).isEqualTo(LIST);
    assertThat(UNITS.get(AdminStructure.THREE_LEVEL, "058").name()).isEqualTo("Thành phố Bắc Kạn");

    AdministrativeUnit bocBo = UNITS.get(AdminStructure.THREE_LEVEL, LIST, "01864");
    assertThat(UNITS.parent(bocBo).orElseThrow().name()).isEqualTo("Huyện Ba Bể");
    assertThat(UNITS.parent(UNITS.get(AdminStructure.THREE_LEVEL, "01864")).orElseThrow().name())
        .isEqualTo("Huyện Pác Nặm");
    AdministrativeUnit baBe = UNITS.get(AdminStructure.THREE_LEVEL, LIST, "061");
    assertThat(UNITS.children(baBe)).hasSize(25).allSatisfy(c -> assertThat(c.unitList()).isEqualTo(LIST));
    AdministrativeUnit nation = UNITS.get(AdminStructure.THREE_LEVEL, LIST, UnitDirectory.NATION_CODE);
    assertThat(UNITS.children(nation)).extracting(AdministrativeUnit::name).containsExactly("Tỉnh Bắc Kạn");

    assertThat(UNITS.find(AdminStructure.THREE_LEVEL, LIST, "060")).as("of today's list only").isEmpty();
    assertThatThrownBy(() -> UNITS.get(AdminStructure.THREE_LEVEL, LIST, "060"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unit code '060' is not in the test-bac-kan-2014 (THREE_LEVEL, as of 2014-05-01) "
            + "administrative-unit list");
  }

  @Test
  void anUnknownListOrOneOfTheOtherStructureIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> UNITS.listFor(AdminStructure.THREE_LEVEL, "vn-units-1999"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No unit list 'vn-units-1999'")
        .hasMessageContaining("known lists: vn-units-pre-2025 (THREE_LEVEL, as of 2025-06-30)");
    assertThatThrownBy(() -> UNITS.find(AdminStructure.TWO_LEVEL, LIST, "058"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unit list 'test-bac-kan-2014' is a THREE_LEVEL list, not TWO_LEVEL");
  }

  @Test
  void aListInTheExtraDirectoryLoadsAndAUnitOnlyInAPastListIsFoundForItsCouncil(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("mini-2010.json"), MINI.replace("01834", "99901"));
    Files.writeString(dir.resolve("mini-2010.list.yaml"), """
        id: mini-2010
        structure: THREE_LEVEL
        effectiveOn: 2010-01-01
        source: "the test's own"
        """);
    UnitDirectory units = new UnitDirectory(dir.toString());
    assertThat(units.find(AdminStructure.THREE_LEVEL, "mini-2010", "99901")).isPresent();
    assertThat(units.find(AdminStructure.THREE_LEVEL, "99901")).isEmpty();
    assertThat(units.findInAnyList(AdminStructure.THREE_LEVEL, "99901").orElseThrow().unitList())
        .isEqualTo("mini-2010");
    assertThat(units.findInAnyList(AdminStructure.THREE_LEVEL, "058").orElseThrow().name())
        .as("today's list first").isEqualTo("Thành phố Bắc Kạn");
  }

  @Test
  void aSidecarNamingAnotherFileReadsThatFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("units.json"), MINI);
    Files.writeString(dir.resolve("mini.list.yaml"), """
        id: mini
        structure: THREE_LEVEL
        effectiveOn: 2010-01-01
        source: "the test's own"
        file: units.json
        """);
    assertThat(new UnitDirectory(dir.toString()).get(AdminStructure.THREE_LEVEL, "mini", "058").name())
        .isEqualTo("Thị xã Bắc Kạn");
  }

  @Test
  void aWrongSidecarStopsTheStartNamingItsFileAndField(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.json"), MINI);
    assertSidecarRefused(dir, "id: bad\nstructure: THREE_LEVEL\neffectiveOn: 2010-01-01\n", "source is required");
    assertSidecarRefused(dir, "id: bad\nstructure: THREE_LEVEL\neffectiveOn: 2010-01-01\nsource: x\ncolour: red\n",
        "unknown field 'colour'");
    assertSidecarRefused(dir, "id: bad\nstructure: ONE_LEVEL\neffectiveOn: 2010-01-01\nsource: x\n",
        "structure must be one of [THREE_LEVEL, TWO_LEVEL], was 'ONE_LEVEL'");
    assertSidecarRefused(dir, "id: bad\nstructure: THREE_LEVEL\neffectiveOn: 2010\nsource: x\n",
        "effectiveOn must be a date");
    assertSidecarRefused(dir, "id: Bad List\nstructure: THREE_LEVEL\neffectiveOn: 2010-01-01\nsource: x\n",
        "id must be kebab-case");
    assertSidecarRefused(dir, "id: " + LIST + "\nstructure: THREE_LEVEL\neffectiveOn: 2010-01-01\nsource: x\n",
        "id 'test-bac-kan-2014' is already used");
    assertSidecarRefused(dir, "id: bad\nstructure: THREE_LEVEL\neffectiveOn: 2010-01-01\nsource: x\nfile: none.json\n",
        "file 'none.json' is not beside it");
  }

  private static void assertSidecarRefused(Path dir, String sidecar, String problem) throws IOException {
    Files.writeString(dir.resolve("bad.list.yaml"), sidecar);
    assertThatThrownBy(() -> new UnitDirectory(dir.toString()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.list.yaml").hasMessageContaining(problem);
  }
}

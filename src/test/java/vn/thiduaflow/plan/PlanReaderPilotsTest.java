package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thiduaflow.plan.PlanFiles.assertRefused;
import static vn.thiduaflow.plan.PlanFiles.edited;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thiduaflow.plan.model.PilotRule;
import vn.thiduaflow.plan.model.Plan;

/**
 * {@link PlanReader} on pilots (issue 22): the list {@code pilots} with any unit of the hierarchy (test plan
 * test-three-pilots: a department, a state company and a district in a cascade), the old single {@code pilot} as a
 * list of one, and every refusal with its boundary — exactly at the limit loads, one day over is refused.
 */
class PlanReaderPilotsTest {

  private static final String THREE = "test-three-pilots.yaml";

  private static String three() {
    try {
      return Files.readString(Path.of("src/test/resources/plans", THREE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with one fragment replaced (it must be there, once or first). */
  @Test
  void threePilotsOfAnyKindLoadEachWithItsOwnWindowAndClause() {
    Plan plan = PlanFiles.read(THREE, three());

    assertThat(plan.pilot()).as("the list form, not the old single pilot").isNull();
    assertThat(plan.pilots()).extracting(PilotRule::unitCode).containsExactly("TQ-SYT", "TQ-CTLN", "072");
    assertThat(plan.pilotFor("TQ-SYT").orElseThrow().consultUpperCouncil()).isTrue();
    assertThat(plan.pilotFor("TQ-CTLN").orElseThrow().window().to()).isEqualTo(LocalDate.of(2025, 2, 21));
    PilotRule naHang = plan.pilotFor("072").orElseThrow();
    assertThat(naHang.name()).isEqualTo("Huyện Na Hang");
    assertThat(naHang.lowerWindow().to()).isEqualTo(LocalDate.of(2024, 12, 13));
    assertThat(naHang.clause()).isEqualTo("Mô phỏng §VI.3: chỉ đạo điểm cấp huyện");
  }

  @Test
  void theOldSinglePilotStillLoadsAsAListOfOne() {
    Plan langSon = PlanFiles.read("lang-son-city-2024.yaml", PlanFiles.seed("lang-son-city-2024.yaml"));
    assertThat(langSon.pilots()).singleElement().isSameAs(langSon.pilot());
    assertThat(langSon.pilotFor("05971").orElseThrow().name()).isEqualTo("Phường Hoàng Văn Thụ");
    assertThat(langSon.pilotFor("05971").orElseThrow().lowerWindow()).isNull();

    Plan vinhThuan = PlanFiles.read("vinh-thuan-172-2024.yaml", PlanFiles.seed("vinh-thuan-172-2024.yaml"));
    assertThat(vinhThuan.pilots()).extracting(PilotRule::name).containsExactly("Xã Vĩnh Bình Nam");
  }

  @Test
  void theOldSinglePilotsProblemsAreNamedByItsOwnFieldOnce() {
    String text = edited(PlanFiles.seed("lang-son-city-2024.yaml"), "name: \"Phường Hoàng Văn Thụ\"", "name: \"\"");
    assertThatThrownBy(() -> PlanFiles.read("broken.yaml", text)).isInstanceOf(PlanFileException.class)
        .satisfies(e -> assertThat(((PlanFileException) e).problems()).extracting(PlanFileException.Problem::field)
            .contains("pilot.name").noneMatch(f -> f.startsWith("pilots")));
  }

  @Test
  void bothThePilotAndThePilotsListAreRefused() {
    String text = edited(three(), "pilots:", "pilot: { unitCode: \"TQ-SGDDT\", name: \"Sở Giáo dục và Đào tạo tỉnh "
        + "Tuyên Quang\", window: { from: 2025-01-06, to: 2025-02-14 }, consultUpperCouncil: false, clause: \"x\" }\n"
        + "pilots:");
    assertRefused(text, "pilots", "either pilot");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a unit twice               | 'unitCode: \"TQ-CTLN\"\\n    name: \"Công ty TNHH Một thành viên Lâm nghiệp Tuyên Quang\"' | 'unitCode: \"TQ-SYT\"\\n    name: \"Sở Y tế tỉnh Tuyên Quang\"' | pilots[1].unitCode | unit 'TQ-SYT' is already a pilot (pilots[0])
      an unknown code            | 'unitCode: \"TQ-SYT\"'   | 'unitCode: \"TQ-XYZ\"'   | pilots[0].unitCode | neither in the THREE_LEVEL administrative-unit list nor an organization of this plan
      an organization misnamed   | 'name: \"Sở Y tế tỉnh Tuyên Quang\"\\n    window' | 'name: \"Sở Y tế Tuyên Quang\"\\n    window' | pilots[0].name | where code TQ-SYT is 'Sở Y tế tỉnh Tuyên Quang'
      a unit of another province | 'unitCode: \"072\"\\n    name: \"Huyện Na Hang\"' | 'unitCode: \"058\"\\n    name: \"Thành phố Bắc Kạn\"' | pilots[2].unitCode | is not below Tỉnh Tuyên Quang
      the issuer itself          | 'unitCode: \"072\"\\n    name: \"Huyện Na Hang\"' | 'unitCode: \"08\"\\n    name: \"Tỉnh Tuyên Quang\"' | pilots[2].unitCode | is not below Tỉnh Tuyên Quang
      a commune not selected     | 'unitCode: \"072\"\\n    name: \"Huyện Na Hang\"' | 'unitCode: \"02206\"\\n    name: \"Phường Tân Quang\"' | pilots[2].unitCode | Phường Tân Quang takes no part
      a commune below a district not selected | 'unitCode: \"072\"\\n    name: \"Huyện Na Hang\"' | 'unitCode: \"02233\"\\n    name: \"Xã Phúc Yên\"' | pilots[2].unitCode | Huyện Lâm Bình above it runs no campaign
      window one day after its level's | 'to: 2025-02-14, clause: \"Mô phỏng §VI.1' | 'to: 2025-05-01, clause: \"Mô phỏng §VI.1' | pilots[0].window | ends after levels.AGENCY.conference.window (2025-03-03 … 2025-04-30), the window of the level Sở Y tế tỉnh Tuyên Quang stands at
      window reversed            | 'from: 2025-01-13, to: 2025-02-21' | 'from: 2025-02-21, to: 2025-01-13' | pilots[1].window.to | must not be before from
      district on its communes' last day | 'window: { from: 2025-01-06, to: 2025-02-14, clause: \"Mô phỏng §VI.3' | 'window: { from: 2024-12-13, to: 2025-02-14, clause: \"Mô phỏng §VI.3' | pilots[2].window | starts on 2024-12-13, but the units below Huyện Na Hang hold their conferences until 2024-12-13 (pilots[2].lowerWindow)
      district without a window for its communes | '    lowerWindow: { from: 2024-11-04, to: 2024-12-13, clause: \"Mô phỏng §VI.3: các xã của huyện điểm hoàn thành trước 14/12/2024\" }\\n' | '' | pilots[2].window | hold their conferences until 2025-02-21 (levels.COMMUNE.conference.window)
      communes' window after their level's | 'lowerWindow: { from: 2024-11-04, to: 2024-12-13' | 'lowerWindow: { from: 2024-11-04, to: 2025-02-22' | pilots[2].lowerWindow | ends after levels.COMMUNE.conference.window (2025-01-06 … 2025-02-21)
      a lower window without units below | '    consultUpperCouncil: true        # a lower conference' | '    lowerWindow: { from: 2024-11-04, to: 2024-12-13 }\\n    consultUpperCouncil: true        # a lower conference' | pilots[0].lowerWindow | Sở Y tế tỉnh Tuyên Quang has no units below it holding conferences
      """)
  void refusesAWrongPilotNamingTheFieldAndTheProblem(String name, String from, String to, String field,
      String problem) {
    assertRefused(edited(three(), from, to), field, problem);
  }

  @Test
  void aPilotsWindowMayEndExactlyWithItsLevelsWindow() {
    Plan plan = PlanFiles.read(THREE, edited(three(), "to: 2025-02-14, clause: \"Mô phỏng §VI.1",
        "to: 2025-04-30, clause: \"Mô phỏng §VI.1"));
    assertThat(plan.pilotFor("TQ-SYT").orElseThrow().window().to()).isEqualTo(LocalDate.of(2025, 4, 30));
  }

  @Test
  void aPilotDistrictMayStartTheDayAfterItsCommunesWindowEnds() {
    Plan plan = PlanFiles.read(THREE, edited(three(), "window: { from: 2025-01-06, to: 2025-02-14, clause: \"Mô phỏng §VI.3",
        "window: { from: 2024-12-14, to: 2025-02-14, clause: \"Mô phỏng §VI.3"));
    assertThat(plan.pilotFor("072").orElseThrow().window().from()).isEqualTo(LocalDate.of(2024, 12, 14));
  }

  @Test
  void theCommunesWindowOfAPilotDistrictMayEndExactlyWithTheirLevelsWindow() {
    String text = edited(three(), "lowerWindow: { from: 2024-11-04, to: 2024-12-13",
        "lowerWindow: { from: 2024-11-04, to: 2025-02-21");
    text = edited(text, "window: { from: 2025-01-06, to: 2025-02-14, clause: \"Mô phỏng §VI.3",
        "window: { from: 2025-02-22, to: 2025-02-28, clause: \"Mô phỏng §VI.3");
    assertThat(PlanFiles.read(THREE, text).pilotFor("072").orElseThrow().lowerWindow().to())
        .isEqualTo(LocalDate.of(2025, 2, 21));
  }

  @Test
  void aPilotHeldAfterItsLevelLoadsWhileItLiesWithinTheWindowOfTheLevelAbove() {
    // 172/KH-UBND §II.2.3: Vĩnh Bình Nam early in Q2, after the communes' Q1, ahead of the district's congress (Q2)
    String vinhThuan = PlanFiles.seed("vinh-thuan-172-2024.yaml");
    String until = "window: { from: 2025-04-01, to: 2025-04-30, clause: \"§II.2.3";
    Plan lastDay = PlanFiles.read("v.yaml", edited(vinhThuan, until,
        "window: { from: 2025-04-01, to: 2025-06-30, clause: \"§II.2.3"));
    assertThat(lastDay.pilot().window().to()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertRefused(edited(vinhThuan, until, "window: { from: 2025-04-01, to: 2025-07-01, clause: \"§II.2.3"),
        "pilot.window", "or wholly after it and within ownConference.window (2025-04-01 … 2025-06-30)");
  }
}

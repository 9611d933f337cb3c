package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.award.AwardStatistics.Figures;
import vn.thiduaflow.award.AwardStatistics.Line;
import vn.thiduaflow.award.DecisionIssuer.DecisionRequest;
import vn.thiduaflow.award.DecisionIssuer.Recipient;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignRepository;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.dashboard.CampaignDashboard;
import vn.thiduaflow.dashboard.CampaignDashboard.Filter;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.document.AwardStatisticsWorkbook;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.simulation.CampaignSimulator;
import vn.thiduaflow.simulation.SimulationResult;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The award statistics (issue 24, "Numbers a secretariat is asked for") over hand-made decisions of Vĩnh Thuận's
 * campaign (the district and its nine communes), one of a campaign below it and one of another campaign: counts by
 * level, kind, sector, award form and title that add up to the total, the lower campaign's awards in the root's
 * figures and the other campaign's not, each viewer over the conferences the dashboard shows them; the XLSX read back
 * with POI; the dashboard's panel in its JSON; and the figures of Bình An's simulated run (its one decision).
 */
@ThiDuaFlowSpringTest
class AwardStatisticsTest {

  private static final Authentication ADMIN = new Authentication("admin", List.of("camunda-admin"));
  private static final Authentication DISTRICT_OFFICE = new Authentication("office", List.of("u910.standing-office"));
  private static final LocalDate DECIDED = LocalDate.of(2025, 3, 20);

  @Autowired CampaignService campaigns;
  @Autowired CampaignRepository campaignRows;
  @Autowired ConferenceRepository conferences;
  @Autowired NominationRepository nominations;
  @Autowired DecisionIssuer issuer;
  @Autowired AwardStatistics statistics;
  @Autowired AwardStatisticsAccess access;
  @Autowired CampaignDashboard dashboard;
  @Autowired ObjectMapper json;
  @Autowired CampaignSimulator simulator;

  private Campaign root;
  private Conference district;
  private Conference commune;
  private Conference otherCommune;

  @BeforeEach
  void vinhThuansCampaign() {
    ClockUtil.setCurrentTime(EngineClock.toDate(LocalDateTime.of(2024, 10, 28, 8, 0)));
    root = campaigns.start("vinh-thuan-172-2024");
    List<Conference> units = conferences.findByCampaignIdOrderById(root.getId());
    district = units.stream().filter(c -> c.getUnitLevel() == UnitLevel.DISTRICT).findFirst().orElseThrow();
    List<Conference> communes = units.stream().filter(c -> c.getUnitLevel() == UnitLevel.COMMUNE).toList();
    commune = communes.get(0);
    otherCommune = communes.get(1);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Long nominated(Conference c, String name, NomineeKind kind, NomineeTitle title, PresentationSource source) {
    return nominations.save(new Nomination(c.getId(), name, kind, title, 2024, source, false)).getId();
  }

  private static Recipient person(String name, Long nominationId) {
    return new Recipient(NomineeKind.INDIVIDUAL, name, 1980, "Huyện Vĩnh Thuận", null, nominationId);
  }

  private static Recipient collective(String name, Long nominationId) {
    return new Recipient(NomineeKind.COLLECTIVE, name, null, "Huyện Vĩnh Thuận", null, nominationId);
  }

  private void issue(Long campaignId, Conference c, String level, String award, Recipient... recipients) {
    issuer.issue(new DecisionRequest(c.getUnitCode(), "Ủy ban nhân dân " + c.getUnitName(), "QĐ-UBND", DECIDED,
        "GK", award, level, campaignId, c.getId(), "CHỦ TỊCH", "Nguyễn Văn Chủ", List.of(recipients)), "test");
  }

  /**
   * The district's decision (1 collective, 2 individuals), a commune's (1 individual), a lower campaign's (2
   * collectives, for the other commune) and another campaign's (3 individuals, not counted).
   */
  private void handMadeDecisions() {
    issue(root.getId(), district, "DISTRICT", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
        collective("Hội Nông dân xã", nominated(district, "Hội Nông dân xã", NomineeKind.COLLECTIVE,
            NomineeTitle.EXEMPLAR, PresentationSource.MASS_ORGANIZATION)),
        person("Nguyễn Thị Một", nominated(district, "Nguyễn Thị Một", NomineeKind.INDIVIDUAL,
            NomineeTitle.EMULATION_FIGHTER, PresentationSource.AGENCY)),
        person("Trần Văn Hai", null));
    issue(root.getId(), commune, "COMMUNE", "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
        person("Lê Văn Ba", nominated(commune, "Lê Văn Ba", NomineeKind.INDIVIDUAL,
            NomineeTitle.GOOD_PERSON_GOOD_DEED, PresentationSource.RESIDENTIAL_GROUP)));
    Campaign lower = campaignRows.save(new Campaign(root.getPlanId(), root.getAdminStructure(),
        otherCommune.getUnitCode(), otherCommune.getUnitName(), UnitLevel.COMMUNE, root, EngineClock.now(),
        LocalDateTime.now()));
    issue(lower.getId(), otherCommune, "COMMUNE", "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
        collective("Ấp Một", null), collective("Ấp Hai", null));
    Campaign other = campaignRows.save(new Campaign(root.getPlanId(), root.getAdminStructure(), "99999",
        "Huyện Khác", UnitLevel.DISTRICT, null, EngineClock.now(), LocalDateTime.now()));
    other.markRoot();
    other = campaignRows.save(other);
    issue(other.getId(), district, "DISTRICT", "Bằng khen", person("Ngoài Một", null), person("Ngoài Hai", null),
        person("Ngoài Ba", null));
  }

  private Figures figures(Authentication who) {
    return statistics.count(access.scopeFor(root.getId(), who).orElseThrow());
  }

  private static Line line(List<Line> lines, String code) {
    return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
  }

  private static void addsUp(Figures f) {
    for (List<Line> breakdown : List.of(f.byLevel(), f.byKind(), f.bySector(), f.byAward(), f.byTitle())) {
      assertThat(breakdown.stream().mapToLong(Line::collectives).sum()).isEqualTo(f.collectives());
      assertThat(breakdown.stream().mapToLong(Line::individuals).sum()).isEqualTo(f.individuals());
      assertThat(breakdown.stream().mapToLong(Line::total).sum()).isEqualTo(f.total());
    }
  }

  @Test
  void theRootCountsItsOwnAndItsLowerCampaignsAwardsByLevelKindSectorAndTitleAndTheyAddUp() {
    handMadeDecisions();
    Figures f = figures(ADMIN);

    assertThat(f.decisions()).as("the district's, the commune's and the lower campaign's").isEqualTo(3);
    assertThat(f.collectives()).isEqualTo(3);
    assertThat(f.individuals()).isEqualTo(3);
    assertThat(f.total()).as("the other campaign's 3 individuals are not counted").isEqualTo(6);
    assertThat(f.byLevel()).containsExactly(new Line("DISTRICT", "Cấp huyện", 1, 2),
        new Line("COMMUNE", "Cấp xã", 2, 1));
    assertThat(f.byKind()).containsExactly(new Line("COLLECTIVE", "Tập thể", 3, 0),
        new Line("INDIVIDUAL", "Cá nhân", 0, 3));
    assertThat(f.bySector()).extracting(Line::code).containsExactly("RESIDENTIAL_GROUP", "MASS_ORGANIZATION",
        "AGENCY", "INDIVIDUAL", AwardStatistics.UNKNOWN);
    assertThat(line(f.bySector(), "MASS_ORGANIZATION")).isEqualTo(new Line("MASS_ORGANIZATION", "Đoàn thể", 1, 0));
    assertThat(line(f.bySector(), "INDIVIDUAL").total()).as("every source has its line, 0 included").isZero();
    assertThat(line(f.bySector(), AwardStatistics.UNKNOWN)).as("Trần Văn Hai and the two hamlets: no nomination")
        .extracting(Line::collectives, Line::individuals).containsExactly(2L, 1L);
    assertThat(line(f.byTitle(), "EMULATION_FIGHTER").individuals()).isEqualTo(1);
    assertThat(line(f.byTitle(), "GOOD_PERSON_GOOD_DEED").individuals()).isEqualTo(1);
    assertThat(f.byAward()).as("most frequent first, equal counts by label").containsExactly(
        new Line("Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện", 1,
            2),
        new Line("Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Giấy khen của Chủ tịch Ủy ban nhân dân xã", 2, 1));
    addsUp(f);
  }

  @Test
  void eachViewerCountsTheConferencesTheDashboardShowsThemAndSomeoneOutsideNothing() {
    handMadeDecisions();
    assertThat(figures(DISTRICT_OFFICE).total()).as("the district's office sees its own and its communes'")
        .isEqualTo(6);
    Figures secretary = figures(new Authentication("s", List.of("u" + commune.getUnitCode() + ".unit-secretary")));
    assertThat(secretary.total()).as("a commune's secretary: its own decision only").isEqualTo(1);
    assertThat(secretary.byLevel()).containsExactly(new Line("COMMUNE", "Cấp xã", 0, 1));
    addsUp(secretary);
    assertThat(access.scopeFor(root.getId(), new Authentication("x", List.of("u99998.unit-secretary"))))
        .as("another unit's secretary").isEmpty();
    assertThat(access.scopeFor(root.getId(), new Authentication("y", List.of("some-other-group")))).isEmpty();
    assertThat(access.scopeFor(root.getId(), null)).as("no authentication").isEmpty();
    assertThat(access.scopeFor(-1L, ADMIN)).as("no such campaign").isEmpty();
  }

  @Test
  void aChainWithoutDecisionsCountsZeroesInEveryBreakdown() {
    Figures f = figures(ADMIN);
    assertThat(f.total()).isZero();
    assertThat(f.decisions()).isZero();
    assertThat(f.byLevel()).isEmpty();
    assertThat(f.byKind()).extracting(Line::total).containsExactly(0L, 0L);
    assertThat(f.bySector()).hasSize(PresentationSource.values().length);
    assertThat(f.byTitle()).hasSize(NomineeTitle.values().length);
    addsUp(f);
  }

  @Test
  void theWorkbookHasASheetPerBreakdownWhoseCellsReadBackAndSumToTheTotal() throws Exception {
    handMadeDecisions();
    AwardStatisticsScope scope = access.scopeFor(root.getId(), ADMIN).orElseThrow();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(statistics.workbook(scope)))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("Theo cấp khen thưởng", "Theo đối tượng", "Theo khối",
          "Theo hình thức khen thưởng", "Theo danh hiệu");
      Sheet levels = wb.getSheet("Theo cấp khen thưởng");
      assertThat(levels.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SỐ LIỆU KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN");
      assertThat(levels.getRow(1).getCell(0).getStringCellValue()).startsWith("Kế hoạch số 172/KH-UBND")
          .endsWith("(Huyện Vĩnh Thuận)");
      assertThat(levels.getRow(2).getCell(0).getStringCellValue()).contains("3 quyết định khen thưởng");
      Row header = levels.getRow(AwardStatisticsWorkbook.HEADER_ROW);
      assertThat(List.of(0, 1, 2, 3, 4)).map(i -> header.getCell(i).getStringCellValue())
          .containsExactly("STT", "Cấp khen thưởng", "Tập thể", "Cá nhân", "Tổng số");
      Function<Integer, List<Object>> row = r -> List.of(levels.getRow(r).getCell(1).getStringCellValue(),
          levels.getRow(r).getCell(2).getNumericCellValue(), levels.getRow(r).getCell(3).getNumericCellValue(),
          levels.getRow(r).getCell(4).getNumericCellValue());
      int first = AwardStatisticsWorkbook.HEADER_ROW + 1;
      assertThat(row.apply(first)).containsExactly("Cấp huyện", 1.0, 2.0, 3.0);
      assertThat(row.apply(first + 1)).containsExactly("Cấp xã", 2.0, 1.0, 3.0);
      assertThat(row.apply(first + 2)).containsExactly("Tổng cộng", 3.0, 3.0, 6.0);
      for (Sheet s : wb) {
        int last = s.getLastRowNum();
        assertThat(s.getRow(last).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
        double sum = 0;
        for (int r = first; r < last; r++) {
          sum += s.getRow(r).getCell(4).getNumericCellValue();
        }
        assertThat(sum).as(s.getSheetName() + ": the lines add up to the total").isEqualTo(6.0);
        assertThat(s.getRow(last).getCell(4).getNumericCellValue()).isEqualTo(6.0);
      }
    }
  }

  @Test
  void theDashboardsJsonCarriesThePanelWithTheWorkbooksLinks() throws Exception {
    handMadeDecisions();
    Filter all = new Filter(root.getId(), null, null, false, 0, 50);
    JsonNode page = json.readTree(json.writeValueAsString(
        dashboard.page(Viewer.of(DISTRICT_OFFICE.getGroupIds()), all)));
    JsonNode awards = page.get("awards");
    assertThat(awards.get("figures").get("collectives").asLong()).isEqualTo(3);
    assertThat(awards.get("figures").get("individuals").asLong()).isEqualTo(3);
    assertThat(awards.get("figures").get("byLevel").get(0).get("label").asText()).isEqualTo("Cấp huyện");
    assertThat(awards.get("workbookPath").asText()).isEqualTo("/camunda/api/cockpit/plugin/thiduaflow/default"
        + "/dashboard/campaigns/" + root.getId() + "/awards/statistics.xlsx");
    assertThat(awards.get("apiPath").asText()).isEqualTo("/api/campaigns/" + root.getId()
        + "/awards/statistics.xlsx");
    assertThat(dashboard.page(Viewer.of(List.of("some-other-group")), all).awards()).isNull();
  }

  @Test
  void binhAnsSimulatedRunCountsItsOneDecisionsRecipients() {
    SimulationResult r = simulator.run("binh-an-27-2025");
    assertThat(r.commendations()).hasSize(1);
    int certificates = r.commendations().get(0).certificates();
    Figures f = statistics.count(access.scopeFor(r.campaignId(), ADMIN).orElseThrow());
    assertThat(f.decisions()).isEqualTo(1);
    assertThat(f.total()).as("a recipient per certificate").isEqualTo(certificates);
    assertThat(f.byLevel()).singleElement().satisfies(l -> {
      assertThat(l.label()).isEqualTo("Cấp xã");
      assertThat(l.total()).isEqualTo(certificates);
    });
    assertThat(f.byAward()).singleElement().extracting(Line::label)
        .isEqualTo("Giấy khen của Chủ tịch Ủy ban nhân dân xã");
    assertThat(f.byTitle()).as("every recipient came from a nomination").extracting(Line::code)
        .doesNotContain(AwardStatistics.UNKNOWN);
    addsUp(f);
    Figures office = statistics.count(access.scopeFor(r.campaignId(),
        new Authentication("o", List.of("u21064.standing-office"))).orElseThrow());
    assertThat(office).as("Bình An's own office sees the same figures").isEqualTo(f);
  }
}

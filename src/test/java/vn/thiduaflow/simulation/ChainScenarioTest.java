package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.campaign.LowerReportStatus;
import vn.thiduaflow.campaign.MissingReportDecision;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.dossier.DossierDecision;
import vn.thiduaflow.dossier.DossierReview;
import vn.thiduaflow.dossier.DossierReviewRepository;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecision;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Whole chains through the engine, on the two shapes of local government: a three-level chain (province → districts →
 * communes, test plan test-chain-kien-giang: 2 districts, 5 communes) and a two-level chain up to the national congress
 * (test-chain-national: 2 provinces × 3 communes, an agency, an emulation block of two enterprises). Lower reports
 * travel by message; a missing one blocks the upper conference until it arrives or the chair waives it.
 */
@ThiDuaFlowSpringTest
class ChainScenarioTest {

  static final String THREE_LEVEL = "test-chain-kien-giang";
  static final String TWO_LEVEL = "test-chain-national";
  static final String VINH_THUAN = "910";
  static final String VINH_THUAN_TOWN = "31051";

  @Autowired
  CampaignSimulator simulator;
  @Autowired
  HistoryService historyService;
  @Autowired
  NominationRepository nominations;
  @Autowired
  DossierReviewRepository dossierReviews;
  @Autowired
  CampaignService campaigns;
  @Autowired
  org.camunda.bpm.engine.ManagementService managementService;
  @Autowired
  org.camunda.bpm.engine.RuntimeService runtimeService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Conference own(SimulationResult r, String unitCode) {
    return r.conferences().stream().filter(c -> c.getUnitCode().equals(unitCode) && c.getTier() == Tier.OWN)
        .findFirst().orElseThrow();
  }

  private static Campaign campaign(SimulationResult r, String unitCode) {
    return r.campaigns().stream().filter(c -> c.getIssuerCode().equals(unitCode)).findFirst().orElseThrow();
  }

  private static LowerReport report(SimulationResult r, String unitCode) {
    return r.lowerReports().stream().filter(x -> x.getUnitCode().equals(unitCode)).findFirst().orElseThrow();
  }

  /** When the conference's UnitConference process instance started (engine time, from history). */
  private LocalDateTime started(Conference c) {
    return LocalDateTime.ofInstant(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(c.getProcessInstanceId()).singleResult().getStartTime().toInstant(), ZoneId.systemDefault());
  }

  private LocalDateTime nominationsOpened(Conference c) {
    return LocalDateTime.ofInstant(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(c.getProcessInstanceId()).activityId(ProcessModel.Elements.SUBMIT_NOMINATIONS)
        .orderByHistoricActivityInstanceStartTime().asc().list().get(0).getStartTime().toInstant(),
        ZoneId.systemDefault());
  }

  private List<String> nomineeOrigins(Conference c) {
    return nominations.findByConferenceIdOrderById(c.getId()).stream().map(Nomination::getOriginUnitCode).toList();
  }

  @Test
  void threeLevelChainHoldsCommunesThenDistrictsThenTheProvinceWithReportsByMessage() {
    SimulationResult r = simulator.run(THREE_LEVEL, SimulationScript.happyPath());

    assertThat(r.completed()).isTrue();
    assertThat(r.campaigns()).extracting(Campaign::getUnitLevel)
        .containsExactly(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.DISTRICT);
    assertThat(r.campaigns()).allSatisfy(c -> assertThat(c.getEndedAt()).isNotNull());
    assertThat(r.conferences()).hasSize(8).allSatisfy(c -> assertThat(c.getHeldOn()).isNotNull());
    // each level inside its window: communes Q1, districts Q2, the province Q3 of 2025
    assertThat(r.conferences()).allSatisfy(c -> {
      LocalDate held = c.getHeldOn();
      switch (c.getUnitLevel()) {
        case COMMUNE -> assertThat(held).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        case DISTRICT -> assertThat(held).isBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
        case PROVINCE -> assertThat(held).isBetween(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
        default -> throw new AssertionError("unexpected level " + c.getUnitLevel());
      }
    });
    // 5 communes report to their districts, 2 districts to the province: every report by message, none waived
    assertThat(r.lowerReports()).hasSize(7).allSatisfy(x -> assertThat(x.getStatus()).isEqualTo(LowerReportStatus.RECEIVED));
    Campaign province = r.campaigns().get(0);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(province.getProcessInstanceId())
        .activityId(ProcessModel.Elements.RECEIVE_LOWER_REPORT).finished().count()).isEqualTo(2);
    // the upper conference opens with its campaign (it schedules while the units below hold theirs, issue 22); its
    // nominations open only after every lower report of its campaign has arrived
    for (Campaign c : r.campaigns()) {
      LocalDateTime lastReport = r.lowerReports().stream().filter(x -> x.getCampaignId().equals(c.getId()))
          .map(LowerReport::getReceivedAt).max(LocalDateTime::compareTo).orElseThrow();
      Conference upper = own(r, c.getIssuerCode());
      assertThat(started(upper)).as(c.getIssuerName()).isBefore(lastReport);
      assertThat(nominationsOpened(upper)).as(c.getIssuerName()).isAfterOrEqualTo(lastReport);
    }
    // delegates flow up two levels and keep the commune they come from
    Set<String> communes = Set.of(VINH_THUAN_TOWN, "31060", "31063", "31108", "31111");
    assertThat(r.topDelegates()).isNotEmpty()
        .allSatisfy(n -> assertThat(n.getOriginUnitCode()).isIn(communes));
    assertThat(r.topDelegates()).extracting(Nomination::getOriginUnitCode).contains("31063", "31108");
    assertThat(nomineeOrigins(own(r, VINH_THUAN))).containsOnly(VINH_THUAN_TOWN, "31060", "31063");
  }

  @Test
  void twoLevelChainRunsFromCommunesAgenciesAndEnterprisesToTheNationalCongress() {
    SimulationResult r = simulator.run(TWO_LEVEL, SimulationScript.happyPath());

    assertThat(r.completed()).isTrue();
    // the nation, 2 provinces and the emulation block (an organization with enterprises below it) run campaigns
    assertThat(r.campaigns().get(0).getIssuerCode()).isEqualTo("VN");
    assertThat(r.campaigns()).extracting(Campaign::getIssuerCode).containsExactlyInAnyOrder("VN", "20", "04", "TW-KHOI-DN");
    assertThat(r.conferences()).hasSize(13).allSatisfy(c -> assertThat(c.getHeldOn()).isNotNull());
    Conference national = own(r, "VN");
    assertThat(national.getHeldOn()).isEqualTo(LocalDate.of(2025, 12, 26));
    assertThat(national.getOfficialName()).startsWith("Đại hội Thi đua yêu nước Trung ương\nLần thứ XI (2025 - 2030)");
    assertThat(national.getExemplarDelegates()).isEqualTo(2025);
    assertThat(national.getGuestDelegates()).isEqualTo(198);
    assertThat(r.decisions()).filteredOn(d -> d.getRule() == Rule.DELEGATIONS).singleElement()
        .satisfies(d -> assertThat(d.isPassed()).isTrue())
        .extracting(RuleDecision::getDetail).asString().contains("4 delegation(s)");
    assertThat(r.decisions()).filteredOn(d -> d.getRule() == Rule.DELEGATION_NUMBERS).singleElement()
        .satisfies(d -> assertThat(d.isPassed()).isTrue());
    // the delegates that reached the top come from communes (through provinces), the agency and the enterprises
    // (through the block), each with its unit of origin
    assertThat(r.topDelegates()).extracting(Nomination::getOriginUnitCode)
        .contains("05977", "01273", "TW-BYT", "TW-EVN", "TW-VNPT")
        .doesNotContain("20", "04", "TW-KHOI-DN", "VN");
    // the national congress sends nobody further up
    assertThat(r.delegates()).noneMatch(d -> d.getTargetUnitName().equals("Trung ương") && national.getId()
        .equals(d.getConferenceId()));
  }

  @Test
  void aMissingLowerReportBlocksTheUpperConferenceUntilTheChairWaivesTheUnit() {
    var script = new SimulationScript(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of(VINH_THUAN_TOWN), Set.of(VINH_THUAN_TOWN));
    SimulationResult r = simulator.run(THREE_LEVEL, script);

    assertThat(r.completed()).isTrue();
    LowerReport missing = report(r, VINH_THUAN_TOWN);
    Campaign district = campaign(r, VINH_THUAN);
    assertThat(missing.getCampaignId()).isEqualTo(district.getId());
    assertThat(missing.getStatus()).isEqualTo(LowerReportStatus.LATE);
    assertThat(missing.getWaiverReason()).isNotBlank();
    assertThat(missing.getWaivedBy()).endsWith(".chair");
    assertThat(missing.getReceivedAt()).isAfter(missing.getWaivedAt());
    // the chair was asked when the report was overdue, waited once, then waived: two decisions on the task
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(district.getProcessInstanceId())
        .taskDefinitionKey(ProcessModel.Elements.DECIDE_MISSING_REPORT).finished().count()).isEqualTo(2);
    assertThat(missing.getWaivedAt().toLocalDate()).isAfter(missing.getDueOn().minusDays(7));
    // the district's own conference opened its nominations only after the waiver, without the waived commune's delegates
    Conference own = own(r, VINH_THUAN);
    assertThat(nominationsOpened(own)).isAfterOrEqualTo(missing.getWaivedAt());
    assertThat(nomineeOrigins(own)).doesNotContain(VINH_THUAN_TOWN).contains("31060", "31063");
    assertThat(r.decisions()).filteredOn(d -> d.getRule() == Rule.LOWER_REPORTS && d.getConferenceId().equals(own.getId()))
        .singleElement().satisfies(d -> {
          assertThat(d.isPassed()).isFalse();
          assertThat(d.getDetail()).contains("2 of 3").contains(missing.getWaiverReason());
        });
    // the other district was not held up
    assertThat(report(r, "31108").getStatus()).isEqualTo(LowerReportStatus.RECEIVED);
  }

  @Test
  void aMissingLowerReportThatArrivesWhileTheChairWaitsLetsTheUpperConferenceGoOnWithIt() {
    var script = new SimulationScript(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of(VINH_THUAN_TOWN), Set.of());
    SimulationResult r = simulator.run(THREE_LEVEL, script);

    assertThat(r.completed()).isTrue();
    LowerReport late = report(r, VINH_THUAN_TOWN);
    assertThat(late.getStatus()).isEqualTo(LowerReportStatus.RECEIVED);
    assertThat(late.getWaivedAt()).isNull();
    assertThat(late.getReceivedAt().toLocalDate()).isAfter(LocalDate.of(2025, 4, 7)); // due 7 days after Q1
    Campaign district = campaign(r, VINH_THUAN);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(district.getProcessInstanceId())
        .taskDefinitionKey(ProcessModel.Elements.DECIDE_MISSING_REPORT).count()).isGreaterThanOrEqualTo(1);
    Conference own = own(r, VINH_THUAN);
    assertThat(nominationsOpened(own)).isAfterOrEqualTo(late.getReceivedAt());
    assertThat(nomineeOrigins(own)).contains(VINH_THUAN_TOWN);
    assertThat(late.getDelegateCount()).isPositive();
  }

  @Test
  void aDossierReturnedInTheMiddleOfTheChainLoopsOnlyThatUnit() {
    var script = new SimulationScript(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(VINH_THUAN), Set.of(), Set.of(),
        Set.of());
    SimulationResult r = simulator.run(THREE_LEVEL, script);

    assertThat(r.completed()).isTrue();
    assertThat(r.dossierReturns()).isEqualTo(1);
    for (Conference c : r.conferences()) {
      List<DossierDecision> reviews = dossierReviews.findByConferenceIdOrderById(c.getId()).stream()
          .map(DossierReview::getDecision).toList();
      if (c.getUnitCode().equals(VINH_THUAN) && c.getTier() == Tier.OWN) {
        assertThat(reviews).as(c.getUnitName()).containsExactly(DossierDecision.RETURN, DossierDecision.APPROVE);
      } else {
        assertThat(reviews).as(c.getUnitName()).containsExactly(DossierDecision.APPROVE);
      }
    }
    assertThat(r.conferences()).allSatisfy(c -> assertThat(c.getHeldOn()).isNotNull());
  }

  @Test
  void aDistrictConferenceOutsideItsLevelWindowIsRefusedAtSubmissionAndCorrected() {
    var script = new SimulationScript(Set.of("912"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of());
    SimulationResult r = simulator.run(THREE_LEVEL, script);

    assertThat(r.completed()).isTrue();
    Conference kienHai = own(r, "912");
    // every conference first tries the day before its window opens (issue 22) and is refused; besides those tries,
    // the scripted wrong date is the only refusal
    assertThat(r.windowProbes()).hasSize(r.conferences().size())
        .allSatisfy(p -> assertThat(p.refusal().rule()).isEqualTo(Rule.DATE_IN_WINDOW));
    List<vn.thiduaflow.rule.RuleResult> probed = r.windowProbes().stream()
        .map(SimulationResult.WindowProbe::refusal).toList();
    assertThat(r.refusals()).hasSize(r.conferences().size() + 1);
    assertThat(r.refusals()).filteredOn(x -> !probed.contains(x.result())).singleElement().satisfies(x -> {
      assertThat(x.conferenceId()).isEqualTo(kienHai.getId());
      assertThat(x.result().rule()).isEqualTo(Rule.DATE_IN_WINDOW);
      assertThat(x.result().detail()).contains("2025-04-01 … 2025-06-30");
      assertThat(x.result().clause()).isEqualTo("Cấp huyện hoàn thành trong quý II/2025");
    });
    assertThat(r.decisions()).filteredOn(d -> d.getRule() == Rule.DATE_IN_WINDOW && !d.isPassed()).isEmpty();
    assertThat(r.timeline()).anySatisfy(t -> assertThat(t.what()).contains("bị từ chối")
        .contains("Ngày tổ chức phải trong thời gian Kế hoạch quy định"));
    assertThat(kienHai.getHeldOn()).isBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
  }

  @Test
  void theChairsDecisionOnAMissingReportRefusesAWaiverWithoutReasonAndAWaitThatIsNotLater() {
    ClockUtil.setCurrentTime(vn.thiduaflow.system.EngineClock.toDate(LocalDateTime.of(2025, 4, 8, 9, 0)));
    Campaign top = campaigns.start(THREE_LEVEL);
    try {
      managementService.createJobQuery().rootProcessInstanceId(top.getProcessInstanceId()).executable().list()
          .forEach(j -> managementService.executeJob(j.getId()));
      Campaign district = campaigns.chain(top.getId()).stream().filter(c -> c.getIssuerCode().equals(VINH_THUAN))
          .findFirst().orElseThrow();
      assertThatThrownBy(() -> campaigns.decideMissingReport(district.getId(), VINH_THUAN_TOWN,
          MissingReportDecision.WAIVE, "  ", null, "vinhthuan.chair"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("waiverReason")
          .hasMessageContaining("Thị trấn Vĩnh Thuận");
      assertThatThrownBy(() -> campaigns.decideMissingReport(district.getId(), VINH_THUAN_TOWN,
          MissingReportDecision.WAIT, null, LocalDate.of(2025, 4, 8), "vinhthuan.chair"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("waitUntil").hasMessageContaining("2025-04-08");
      assertThatThrownBy(() -> campaigns.decideMissingReport(district.getId(), VINH_THUAN_TOWN, null, "x", null,
          "vinhthuan.chair")).isInstanceOf(InvalidInputException.class).hasMessageContaining("missingReportDecision");
      LowerReport unchanged = campaigns.lowerReports(district.getId()).stream()
          .filter(x -> x.getUnitCode().equals(VINH_THUAN_TOWN)).findFirst().orElseThrow();
      assertThat(unchanged.getStatus()).isEqualTo(LowerReportStatus.EXPECTED);
      assertThat(unchanged.getDueOn()).isEqualTo(LocalDate.of(2025, 4, 7));
      assertThat(unchanged.getWaiverReason()).isNull();
    } finally {
      runtimeService.deleteProcessInstance(top.getProcessInstanceId(), "test done");
    }
  }
}

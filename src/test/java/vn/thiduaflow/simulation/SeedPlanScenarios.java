package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.conference.AttendanceMode;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecision;

/**
 * Each seed plan's whole campaign driven through the engine by the scripted actors, on the plan's real timeline.
 * Across the four: late nominations escalated, a refused composition, a failed vote, a returned and resubmitted
 * dossier, a late dossier escalated and decided by the chair. Run on H2 ({@link SeedPlanScenarioTest}) and on
 * PostgreSQL ({@link SeedPlanScenarioPostgresTest}).
 */
abstract class SeedPlanScenarios {

  @Autowired
  CampaignSimulator simulator;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Conference conference(SimulationResult r, String unitName) {
    return r.conferences().stream().filter(c -> c.getUnitName().equals(unitName)).findFirst().orElseThrow();
  }

  /** How often the rule failed: at a gateway (recorded decision) or at submission (form refused, nothing kept). */
  private static long failures(SimulationResult r, Rule rule) {
    return r.decisions().stream().filter(d -> d.getRule() == rule && !d.isPassed()).count()
        + r.refusals().stream().filter(x -> x.result().rule() == rule).count();
  }

  @Test
  void vanYenFollowsItsDatedScheduleToTheConferenceOn31March2020() {
    SimulationResult r = simulator.run("van-yen-2020");
    assertThat(r.completed()).isTrue();
    Conference c = conference(r, "Phường Văn Yên");
    assertThat(c.getScheduledOn()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(c.getHeldOn()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(c.getNominationsSubmittedOn()).isEqualTo(LocalDate.of(2020, 3, 23));
    assertThat(c.getDossierApprovedOn()).isEqualTo(LocalDate.of(2020, 3, 27));
    assertThat(c.getDossierOnTime()).isTrue();
    // the council met on its scheduled day (25/3/2020, the council-vote deadline taken from the dated schedule);
    // the plan reports after its conference only: no periodic progress report
    assertThat(r.escalations()).noneMatch(e -> e.getDeadline() == vn.thiduaflow.deadline.DeadlineKind.COUNCIL_VOTE);
    assertThat(r.notifications()).noneMatch(n -> n.getKind() == NotificationKind.PROGRESS_REPORT);
    assertThat(c.getOfficialName()).isEqualTo(
        "Hội nghị điển hình tiên tiến phường Văn Yên\nGiai đoạn 2020 - 2025\nVăn Yên, ngày 31 tháng 3 năm 2020");
    assertThat(c.totalDelegates()).isLessThanOrEqualTo(100);
    assertThat(c.getStatus()).isEqualTo(ConferenceStatus.REPORTED);
    // quota 1 collective + 5 individuals to the city conference
    assertThat(r.delegates()).hasSize(6);
    assertThat(r.delegates()).filteredOn(d -> d.getKind() == NomineeKind.COLLECTIVE).hasSize(1);
    assertThat(r.delegates()).allSatisfy(d -> assertThat(d.getTargetUnitName()).isEqualTo("Thành phố Hà Tĩnh"));
    assertThat(r.decisions()).filteredOn(d -> !d.isPassed()).isEmpty();
    assertThat(r.decisions()).extracting(RuleDecision::getRule).contains(Rule.PRESENTATION_MIX, Rule.UPPER_QUOTA,
        Rule.NOMINEE_ELIGIBILITY, Rule.COUNCIL_VOTE, Rule.VOTED_COMPOSITION, Rule.DOSSIER_ON_TIME);
    assertThat(r.escalations()).isEmpty();
    var out = new java.io.ByteArrayOutputStream();
    SimulationReport.print(r, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("23/03/2020 09:00  Phường Văn Yên", "Gửi danh sách đề cử")
        .contains("✓ DOSSIER_ON_TIME: approved 2020-03-27 on or before deadline 2020-03-27")
        .contains("Văn Yên, ngày 31 tháng 3 năm 2020")
        .contains("Outcome: campaign completed and reported; 1 campaigns, 1 conferences held");
  }

  @Test
  void binhAnHasItsDossierReturnedOnceAndItsFirstCompositionRefused() {
    SimulationResult r = simulator.run("binh-an-27-2025");
    assertThat(r.completed()).isTrue();
    Conference c = conference(r, "Xã Bình An");
    assertThat(c.getForm()).isEqualTo(ConferenceForm.EXEMPLAR_COMMENDATION_CONFERENCE);
    assertThat(c.getHeldOn()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    assertThat(c.getPresidiumSize()).isEqualTo(3);
    assertThat(c.totalDelegates()).isLessThanOrEqualTo(150);
    assertThat(r.dossierReturns()).isEqualTo(1);
    assertThat(failures(r, Rule.PRESIDIUM)).isEqualTo(1);
    assertThat(c.getDossierOnTime()).isTrue();
    assertThat(r.delegates()).as("27/KH-UBND has no upper-level delegate list").isEmpty();
    assertThat(c.getOfficialName()).startsWith("Hội nghị tuyên dương điển hình tiên tiến Xã Bình An\nLần thứ III");
    assertThat(r.engineMillis()).as("engine transactions are part of the run, not all of it (the simulator reads)")
        .isPositive().isLessThan(r.runMillis());
    // issue 24: the commune chair's Giấy khen (§IV.4) for every approved nominee, one decision, a certificate each
    assertThat(r.commendations()).singleElement().satisfies(d -> {
      assertThat(d.unitName()).isEqualTo("Xã Bình An");
      assertThat(d.decision().getSymbol()).endsWith("/QĐ-UBND");
      assertThat(d.decision().getAwardLabel()).isEqualTo("Giấy khen của Chủ tịch Ủy ban nhân dân xã");
      assertThat(d.certificates()).isPositive();
    });
    var out = new java.io.ByteArrayOutputStream();
    SimulationReport.print(r, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("--- Quyết định khen thưởng / Commendation decisions ---", "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
            "Commendation: 1 decisions numbered by their authorities' registers, " + r.commendations().get(0)
                .certificates() + " certificates");
  }

  @Test
  void langSonRunsEightWardsPilotFirstThenTheCityWithEveryDeviation() {
    SimulationResult r = simulator.run("lang-son-city-2024");
    assertThat(r.completed()).isTrue();
    assertThat(r.conferences()).hasSize(9).allSatisfy(c -> assertThat(c.getStatus()).isEqualTo(ConferenceStatus.REPORTED));
    Conference pilot = conference(r, "Phường Hoàng Văn Thụ");
    assertThat(pilot.isPilot()).isTrue();
    assertThat(pilot.getHeldOn()).isBefore(LocalDate.of(2025, 3, 1));
    Conference city = conference(r, "Thành phố Lạng Sơn");
    assertThat(city.getHeldOn()).isBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
    assertThat(r.conferences()).filteredOn(c -> c != city)
        .allSatisfy(c -> assertThat(c.getHeldOn()).isBefore(city.getHeldOn()));
    // plenary below 200 staff, delegate conference from 200
    assertThat(r.conferences()).filteredOn(c -> c != city).allSatisfy(c -> assertThat(c.getAttendanceMode())
        .isEqualTo(c.getStaffCount() < 200 ? AttendanceMode.PLENARY : AttendanceMode.DELEGATE));
    assertThat(failures(r, Rule.DATE_IN_WINDOW)).isGreaterThanOrEqualTo(1);
    assertThat(failures(r, Rule.EXEMPLAR_SHARE)).isEqualTo(1);
    assertThat(failures(r, Rule.VOTED_COMPOSITION)).as("one vote whose approved nominees did not fill the proposal").isEqualTo(1);
    assertThat(failures(r, Rule.COUNCIL_VOTE)).as("the nominees that dropped out of that round").isPositive();
    assertThat(failures(r, Rule.NOMINATIONS_ON_TIME)).isEqualTo(1);
    assertThat(failures(r, Rule.DOSSIER_ON_TIME)).isEqualTo(1);
    assertThat(r.dossierReturns()).isEqualTo(1);
    assertThat(r.escalations()).extracting(e -> e.getDeadline())
        .containsExactlyInAnyOrder(DeadlineKind.NOMINATIONS, DeadlineKind.DOSSIER);
    assertThat(r.escalations()).allSatisfy(e -> assertThat(e.getEscalatedTo()).contains(".chair"));
    // every ward sends its delegates to the city, with its unit of origin
    assertThat(r.delegates()).filteredOn(d -> d.getTargetUnitName().equals("Thành phố Lạng Sơn")).hasSize(8 * 4);
    assertThat(r.delegates()).extracting(d -> d.getOriginUnitName()).contains("Phường Hoàng Văn Thụ", "Xã Mai Pha");
    // the wards' delegates are the city conference's nominees, and those it sends on keep their ward of origin
    var toProvince = r.delegates().stream().filter(d -> d.getTargetUnitName().equals("Tỉnh Lạng Sơn")).toList();
    assertThat(toProvince).isNotEmpty().allSatisfy(d -> assertThat(d.getOriginUnitName()).isNotEqualTo("Thành phố Lạng Sơn"));
    var wardDelegateNames = r.delegates().stream().filter(d -> d.getTargetUnitName().equals("Thành phố Lạng Sơn"))
        .map(d -> d.getDelegateName() + "@" + d.getOriginUnitName()).toList();
    assertThat(toProvince).allSatisfy(d ->
        assertThat(wardDelegateNames).contains(d.getDelegateName() + "@" + d.getOriginUnitName()));
  }

  @Test
  void vinhThuanRunsCommunesAndThePilotThenTheDistrictCongress() {
    SimulationResult r = simulator.run("vinh-thuan-172-2024");
    assertThat(r.completed()).isTrue();
    // 8 communes and towns, the enterprises' emulation block the plan addresses (§II.2.1), the district
    assertThat(r.conferences()).hasSize(10);
    assertThat(conference(r, "Khối doanh nghiệp, hợp tác xã huyện Vĩnh Thuận").getUnitLevel())
        .isEqualTo(vn.thiduaflow.unit.UnitLevel.EMULATION_BLOCK);
    Conference district = conference(r, "Huyện Vĩnh Thuận");
    assertThat(district.getForm()).isEqualTo(ConferenceForm.PATRIOTIC_EMULATION_CONGRESS);
    assertThat(district.getOfficialName()).isEqualTo("Đại hội Thi đua yêu nước Huyện Vĩnh Thuận\nLần thứ V (2025 - 2030)\n"
        + "Vĩnh Thuận, " + vn.thiduaflow.system.VietnameseDates.written(district.getScheduledOn()));
    assertThat(district.getPresidiumSize()).isBetween(9, 11);
    Conference pilot = conference(r, "Xã Vĩnh Bình Nam");
    assertThat(pilot.getHeldOn()).isBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
    assertThat(r.timeline()).anySatisfy(e -> assertThat(e.what()).contains("Cho ý kiến kế hoạch đơn vị điểm"));
    assertThat(r.conferences()).filteredOn(c -> !c.isPilot() && c != district)
        .allSatisfy(c -> assertThat(c.getHeldOn()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    assertThat(r.conferences()).filteredOn(c -> c != district).allSatisfy(c -> assertThat(c.getAttendanceMode())
        .isEqualTo(c.getStaffCount() < 300 ? AttendanceMode.PLENARY : AttendanceMode.DELEGATE));
    assertThat(r.escalations()).hasSize(2);
    assertThat(r.dossierReturns()).isEqualTo(1);
    assertThat(failures(r, Rule.DOSSIER_ON_TIME)).isEqualTo(1);
    // §IV: a progress report every month (the 25th, 08:00) from the plan's issue until the campaign closed in May
    assertThat(r.notifications()).filteredOn(n -> n.getKind() == NotificationKind.PROGRESS_REPORT)
        .extracting(n -> n.getCreatedAt().toLocalDate()).containsExactly(LocalDate.of(2024, 10, 25),
            LocalDate.of(2024, 11, 25), LocalDate.of(2024, 12, 25), LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 25),
            LocalDate.of(2025, 3, 25), LocalDate.of(2025, 4, 25), LocalDate.of(2025, 5, 25));
    assertThat(r.campaigns().get(0).getEndedAt().toLocalDate()).isAfter(LocalDate.of(2025, 5, 25))
        .isBefore(LocalDate.of(2025, 6, 25));
    // reminders went out before deadlines; the two missed deadlines were escalated and notified
    assertThat(r.notifications()).filteredOn(n -> n.getKind() == NotificationKind.REMINDER).isNotEmpty();
    assertThat(r.notifications()).filteredOn(n -> n.getKind() == NotificationKind.ESCALATION).hasSize(2);
    assertThat(r.decisions()).filteredOn(d -> d.getRule() == Rule.NOMINEE_ELIGIBILITY)
        .allSatisfy(d -> assertThat(d.getDetail()).contains("2020–2025"));
  }
}

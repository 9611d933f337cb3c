package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.brief.TaskBriefService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.VietnameseDates;

/**
 * Three pilots at once (issue 22, test plan test-three-pilots, Tỉnh Tuyên Quang 2024–2025): a department (Sở Y tế, a
 * lower conference of the province's campaign), a state company (Công ty Lâm nghiệp, the same) and a district with
 * communes below it (Huyện Na Hang, the own conference of its sub-campaign; its communes in the earlier window the plan
 * gives them). Each pilot is held in its own window and before every other unit of its level; the other units of the
 * level are invited when the pilot's date is known, their schedule step names the pilot, and none waits for it; the
 * simulation report lists the pilots first with their windows.
 */
@ThiDuaFlowSpringTest
class ThreePilotsScenarioTest {

  @Autowired
  CampaignSimulator simulator;
  @Autowired
  TaskBriefService briefs;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;

  /** The other department's standing office as an account with an address (the simulation creates none). */
  private static final String OFFICE = "tq-sgddt-office-test";
  private static final String OFFICE_GROUP = CouncilRole.STANDING_OFFICE.groupId("TQ-SGDDT");

  @BeforeEach
  void officeOfTheOtherDepartment() {
    User user = identity.newUser(OFFICE);
    user.setEmail(OFFICE + "@example.org");
    user.setPassword("Thidua-Test-2025!");
    identity.saveUser(user);
    if (identity.createGroupQuery().groupId(OFFICE_GROUP).count() == 0) {
      identity.saveGroup(identity.newGroup(OFFICE_GROUP));
    }
    identity.createMembership(OFFICE, OFFICE_GROUP);
  }

  @AfterEach
  void resetClockAndOffice() {
    ClockUtil.reset();
    identity.deleteUser(OFFICE);
  }

  private static Conference conference(SimulationResult r, String unitName) {
    return r.conferences().stream().filter(c -> c.getUnitName().equals(unitName)).findFirst().orElseThrow();
  }

  private static List<Notification> invitations(SimulationResult r, Conference pilot) {
    return r.notifications().stream().filter(n -> n.getKind() == NotificationKind.PILOT_INVITATION
        && pilot.getId().equals(n.getConferenceId())).toList();
  }

  @Test
  void threePilotsAreEachHeldFirstInTheirOwnWindowAndTheirLevelIsInvited() {
    SimulationResult r = simulator.run("test-three-pilots", SimulationScript.happyPath());

    assertThat(r.completed()).isTrue();
    assertThat(r.conferences()).hasSize(11).allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName()).isNotNull());
    Conference department = conference(r, "Sở Y tế tỉnh Tuyên Quang");
    Conference company = conference(r, "Công ty TNHH Một thành viên Lâm nghiệp Tuyên Quang");
    Conference district = conference(r, "Huyện Na Hang");
    assertThat(r.conferences()).filteredOn(Conference::isPilot).containsExactlyInAnyOrder(department, company, district);
    assertThat(department.getTier()).isEqualTo(Tier.LOWER);
    assertThat(district.getTier()).as("the own conference of the pilot's sub-campaign").isEqualTo(Tier.OWN);

    // each in its own window
    assertThat(department.getHeldOn()).isBetween(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14));
    assertThat(company.getHeldOn()).isBetween(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 21));
    assertThat(district.getHeldOn()).isBetween(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14));
    // the pilot district's communes in the earlier window of their own, before it; the others' in their level's
    for (String commune : List.of("Thị trấn Na Hang", "Xã Sinh Long")) {
      assertThat(conference(r, commune).getHeldOn()).as(commune)
          .isBetween(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 12, 13)).isBefore(district.getHeldOn());
    }
    for (String commune : List.of("Phường Phan Thiết", "Phường Minh Xuân")) {
      assertThat(conference(r, commune).getHeldOn()).as(commune)
          .isBetween(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 21));
    }
    // … and before every other unit of its level
    for (Conference pilot : List.of(department, company, district)) {
      List<Conference> others = r.conferences().stream()
          .filter(c -> !c.isPilot() && c.getUnitLevel() == pilot.getUnitLevel()).toList();
      assertThat(others).as(pilot.getUnitName()).isNotEmpty()
          .allSatisfy(c -> assertThat(c.getHeldOn()).as(c.getUnitName()).isAfter(pilot.getHeldOn()));
    }
    // the consultation step works for a lower conference and for the own conference of a sub-campaign
    assertThat(department.getPilotPlanOpinion()).isNotBlank();
    assertThat(district.getPilotPlanOpinion()).isNotBlank();
    assertThat(company.getPilotPlanOpinion()).as("consultUpperCouncil: false").isNull();

    // the other units of each level are invited, once each, with the pilot, official name, date and clause
    assertInvited(r, department, "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang", "Mô phỏng §VI.1: chỉ đạo điểm khối sở, ngành");
    assertThat(invitations(r, department).get(0).getRecipients()).as("to the invited unit's standing office")
        .isEqualTo(OFFICE + "@example.org");
    assertInvited(r, company, "Công ty TNHH Một thành viên Thủy lợi Tuyên Quang",
        "Mô phỏng §VI.2: chỉ đạo điểm khối doanh nghiệp");
    assertInvited(r, district, "Thành phố Tuyên Quang", "Mô phỏng §VI.3: chỉ đạo điểm cấp huyện");

    // nobody waits for a pilot: the other department scheduled its conference before the pilot was held
    Conference otherDepartment = conference(r, "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(otherDepartment.getId().toString())
        .taskDefinitionKey(Elements.SCHEDULE_CONFERENCE).finished().list())
        .isNotEmpty().allSatisfy(t -> assertThat(vn.thiduaflow.system.EngineClock.toLocal(t.getEndTime()).toLocalDate())
            .isBefore(department.getHeldOn()));

    // the schedule step of the same-level units names the pilot's conference: by its window before its date is known
    // (the task opened at the start), by its day and official name after
    String atStart = (String) history.createHistoricVariableInstanceQuery().variableName("taskBrief")
        .taskIdIn(history.createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(otherDepartment.getId().toString())
            .taskDefinitionKey(Elements.SCHEDULE_CONFERENCE).list().get(0).getId())
        .singleResult().getValue();
    assertThat(atStart).contains("**Hội nghị điểm cùng cấp").contains("Sở Y tế tỉnh Tuyên Quang tổ chức trong thời gian "
        + VietnameseDates.window(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14)));
    String later = briefs.brief(otherDepartment.getId(), "Lên lịch", Elements.SCHEDULE_CONFERENCE).markdown();
    assertThat(later).contains("Sở Y tế tỉnh Tuyên Quang tổ chức ngày " + VietnameseDates.day(department.getScheduledOn())
        + " — " + department.getOfficialName().split("\n")[0]);
    String otherDistrict = briefs.brief(conference(r, "Thành phố Tuyên Quang").getId(), "Lên lịch",
        Elements.SCHEDULE_CONFERENCE).markdown();
    assertThat(otherDistrict).contains("Huyện Na Hang tổ chức ngày " + VietnameseDates.day(district.getScheduledOn()))
        .doesNotContain("Sở Y tế");
    assertThat(briefs.brief(department.getId(), "Lên lịch", Elements.SCHEDULE_CONFERENCE).markdown())
        .as("a pilot alone at its level names no other").doesNotContain("Hội nghị điểm cùng cấp");

    // the report lists the pilots first, with their windows
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SimulationReport.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    int pilots = report.indexOf("--- Đơn vị chỉ đạo điểm / Pilots (held first, each in its own window): 3 ---");
    assertThat(pilots).isPositive().isLessThan(report.indexOf("--- Diễn biến / Timeline"));
    String section = report.substring(pilots, report.indexOf("--- Diễn biến / Timeline"));
    assertThat(section)
        .contains("* Sở Y tế tỉnh Tuyên Quang (" + department.getUnitLevel().label() + ") — window 2025-01-06 … "
            + "2025-02-14; held " + department.getHeldOn() + "; 1 units of its level invited")
        .contains("* Công ty TNHH Một thành viên Lâm nghiệp Tuyên Quang (" + company.getUnitLevel().label()
            + ") — window 2025-01-13 … 2025-02-21; held " + company.getHeldOn())
        .contains("* Huyện Na Hang (" + district.getUnitLevel().label() + ") — window 2025-01-06 … 2025-02-14; held "
            + district.getHeldOn());
  }

  private static void assertInvited(SimulationResult r, Conference pilot, String invited, String clause) {
    List<Notification> sent = invitations(r, pilot);
    assertThat(sent).as(pilot.getUnitName()).singleElement().satisfies(n -> {
      assertThat(n.getSubject()).endsWith(" — " + invited)
          .contains(pilot.getUnitName() + " ngày " + VietnameseDates.day(pilot.getScheduledOn()));
      assertThat(n.getDueOn()).isEqualTo(pilot.getScheduledOn());
      assertThat(n.getBody()).contains("Kính gửi Thường trực Hội đồng Thi đua - Khen thưởng " + invited)
          .contains(pilot.getOfficialName().replace("\n", " — "))
          .contains("vào ngày " + VietnameseDates.day(pilot.getScheduledOn()))
          .contains("Căn cứ: " + clause);
    });
  }
}

package vn.thiduaflow.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.document.VoteMinutesWorkbook;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecisionRepository;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * Issue 20 through the real model: a unit without a council gets the standing office's council task before its vote;
 * then ten members mark each of five nominees, and each nominee is decided by its own title's threshold of all ten
 * members (test plan test-binh-thanh-per-title-vote: Chiến sĩ thi đua at least 80%, other titles more than 50%).
 */
@ThiDuaFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerNomineeBallotProcessTest {

  private static final String BINH_THANH = "21046";

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired CouncilDirectory councils;
  @Autowired CouncilMemberRepository members;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired NomineeListService nominees;
  @Autowired NominationRepository nominations;
  @Autowired BallotService ballots;
  @Autowired VoteMinutesWorkbook minutes;
  @Autowired RuleDecisionRepository decisions;

  @AfterAll
  void resetClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  @Test
  void theOfficeSetsUpTheCouncilThenEachNomineeIsDecidedByItsOwnThreshold() throws Exception {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    var campaign = campaigns.start("test-binh-thanh-per-title-vote");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getProcessInstanceId()).singleResult();
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    var conference = conferences.get(conferenceId);
    // the unit has no council of its own yet (production: nothing is generated)
    members.deleteAll(members.findByAdminStructureAndUnitCodeOrderById(conferences.structureOf(conference),
        BINH_THANH));
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.schedule("2025-03-27");
    nominees.replaceAndShow(conference, List.of(
        entry("Nguyễn Văn An", "EMULATION_FIGHTER"), entry("Trần Thị Bình", "EMULATION_FIGHTER"),
        entry("Lê Văn Cường", "EXEMPLAR"), entry("Phạm Thị Dung", "EXEMPLAR"), entry("Hoàng Văn Em", "EXEMPLAR")),
        "test");
    driver.sendNominations();
    driver.compose(100, 40, 3);

    // no vote without a council: the office is asked for it, in a task, instead of an error
    assertThat(unit).isWaitingAt(Elements.MAINTAIN_COUNCIL).variables().containsEntry(Vars.COUNCIL_READY, false);
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.STANDING_OFFICE.groupId(BINH_THANH));
    var councilTask = task(unit);
    // a list without a chair and with a bad username is refused with every problem, named as the form shows it
    assertThatThrownBy(() -> taskService.complete(councilTask.getId(), withVariables(Fields.COUNCIL_MEMBERS,
        vn.thiduaflow.system.FormLists.json(List.of(person("Ngô Văn Một", "Ngo Van Mot", "MEMBER"),
            person("Đỗ Thị Hai", "dothihai.member", "MEMBER"))))))
        .satisfies(e -> assertThat(vn.thiduaflow.system.InvalidInputException.in(e).orElseThrow().violations())
            .extracting(v -> v.vietnamese())
            .anySatisfy(m -> assertThat(m).startsWith("Người thứ 1 — Tên đăng nhập"))
            .anySatisfy(m -> assertThat(m).contains("đúng một Chủ tịch"))
            .anySatisfy(m -> assertThat(m).contains("ít nhất 3 thành viên biểu quyết")));
    assertThat(members.findByAdminStructureAndUnitCodeOrderById(conferences.structureOf(conference), BINH_THANH))
        .as("nothing kept").isEmpty();
    List<Map<String, Object>> council = new ArrayList<>();
    council.add(person("Bùi Văn Chủ", "binhthanh.chutich", "CHAIR"));
    council.add(person("Võ Thị Phó", "binhthanh.photich", "VICE_CHAIR"));
    for (int i = 1; i <= 8; i++) {
      council.add(person("Thành Viên Số " + "ABCDEFGH".charAt(i - 1), "binhthanh.tv" + i, "MEMBER"));
    }
    council.add(person("Lý Thị Thường Trực", "binhthanh.thuongtruc", "STANDING_OFFICE"));
    taskService.complete(councilTask.getId(), withVariables(Fields.COUNCIL_MEMBERS, vn.thiduaflow.system.FormLists.json(council)));
    List<String> voters = councils.votingMembers(conferenceId);
    assertThat(voters).hasSize(10).contains("binhthanh.chutich", "binhthanh.tv8");
    assertThat(identityService.createUserQuery().memberOfGroup(CouncilRole.MEMBER.groupId(BINH_THANH)).count())
        .as("each member is a Camunda user in the unit's role group").isEqualTo(8);
    assertThat(taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(Elements.VOTE_ON_NOMINEES).count()).isEqualTo(10);

    // the ballot lists the five nominees; marks per member: An 8 agree, Bình 7, Cường 6, Dung 5 (+1 blank), Em 10
    assertThat(ballots.blankBallot(conferenceId)).extracting(r -> r.get("nominee"))
        .containsExactly("1. Nguyễn Văn An — Chiến sĩ thi đua — Xã Bình Thạnh",
            "2. Trần Thị Bình — Chiến sĩ thi đua — Xã Bình Thạnh",
            "3. Lê Văn Cường — Điển hình tiên tiến — Xã Bình Thạnh",
            "4. Phạm Thị Dung — Điển hình tiên tiến — Xã Bình Thạnh",
            "5. Hoàng Văn Em — Điển hình tiên tiến — Xã Bình Thạnh");
    int[] agreeing = {8, 7, 6, 5, 10};
    String[][] marks = new String[10][5];
    for (int m = 0; m < 10; m++) {
      for (int n = 0; n < 5; n++) {
        marks[m][n] = m < agreeing[n] ? "APPROVE" : n == 3 && m == 9 ? null : "REJECT";
      }
    }
    driver.voteEach(marks);

    var byName = new java.util.HashMap<String, Boolean>();
    for (Nomination n : nominations.findByConferenceIdOrderById(conferenceId)) {
      byName.put(n.getNomineeName(), n.getApproved());
    }
    assertThat(byName).containsEntry("Nguyễn Văn An", true) // 8 of 10 = exactly 80%: passes
        .containsEntry("Trần Thị Bình", false) // 7 of 10 misses 80% by one ballot
        .containsEntry("Lê Văn Cường", true) // 6 of 10 is more than half
        .containsEntry("Phạm Thị Dung", false) // 5 of 10 is not more than half (the blank one counts as not agreeing)
        .containsEntry("Hoàng Văn Em", true);
    assertThat(unit).isWaitingAt(Elements.SIGN_VOTE_MINUTES).variables().containsEntry(Vars.VOTE_PASSED, true);
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.CHAIR.groupId(BINH_THANH))
        .hasCandidateGroup(CouncilRole.STANDING_OFFICE.groupId(BINH_THANH));
    String results = runtimeService.getVariable(unit.getId(), Vars.VOTE_RESULTS).toString();
    assertThat(results).contains("\"agreements\":\"8/10\"", "\"agreements\":\"7/10\"", "Được thông qua",
        "Không đạt", "từ 80% tổng số thành viên trở lên", "Giả định của kiểm thử");
    assertThat(runtimeService.getVariable(unit.getId(), Vars.VOTE_SUMMARY).toString())
        .startsWith("10/10 thành viên đã bỏ phiếu; 3/5 người được đề nghị được thông qua.");
    assertThat(decisions.findAll()).filteredOn(d -> d.getConferenceId().equals(conferenceId)
        && d.getRule() == Rule.COUNCIL_VOTE && !d.isPassed()).hasSize(2);

    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(minutes.minutes(conference,
        ballots.results(conferenceId), ballots.ballotsCast(conferenceId))))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Văn An");
      assertThat(sheet.getRow(6).getCell(5).getStringCellValue()).isEqualTo("8/10");
      assertThat(sheet.getRow(6).getCell(6).getStringCellValue()).isEqualTo("80%");
      assertThat(sheet.getRow(6).getCell(8).getStringCellValue()).isEqualTo("Được thông qua");
      assertThat(sheet.getRow(7).getCell(8).getStringCellValue()).isEqualTo("Không đạt");
    }
    driver.signMinutes();
    assertThat(unit).hasPassed(Elements.SIGN_VOTE_MINUTES).isWaitingAt(Elements.SUBMIT_DOSSIER);
  }

  private static NomineeListService.Entry entry(String name, String title) {
    return new NomineeListService.Entry(name, "INDIVIDUAL", title, 2024, "INDIVIDUAL", null, "Cán bộ", "Thành tích");
  }

  private static Map<String, Object> person(String name, String username, String role) {
    return Map.of("fullName", name, "username", username, "role", role, "email", "");
  }
}

package vn.thiduaflow.conference.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.CompositionBalanceAttestation;
import vn.thiduaflow.conference.CompositionBalanceRepository;
import vn.thiduaflow.conference.CompositionBalanceService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.dashboard.ConferenceRecord;
import vn.thiduaflow.plan.model.BalanceCriterion;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Issue 22 through the real model: at the composition step the standing office attests each balance criterion the
 * plan lists (test plan test-binh-duong-composition-balance: "khoảng 70%" with the default ±5 points, women and
 * ethnicity); an unattested criterion refuses the submission by name and nothing is stored; attested, the criteria
 * are kept with who and when and shown on the conference's Cockpit record.
 */
@ThiDuaFlowSpringTest
class CompositionBalanceProcessTest {

  private static final String PLAN = "test-binh-duong-composition-balance";
  private static final String BINH_DUONG = "21070";
  private static final String OFFICE = "binhduong.office";

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CompositionBalanceRepository attestations;
  @Autowired ConferenceRecord records;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void anUnattestedCriterionIsRefusedByNameAndBothAttestedAreKeptAndShown() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    var campaign = campaigns.start(PLAN);
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getProcessInstanceId()).singleResult();
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.schedule("2025-03-27");
    driver.sendNominations();

    BpmnAwareTests.assertThat(unit).isWaitingAt(Elements.PROPOSE_COMPOSITION);
    var task = task(unit);
    // the form offers a checkbox for the plan's two criteria only, and the brief names them with their clauses
    assertThat(taskService.getVariableLocal(task.getId(), CompositionBalanceService.ASKS_VARIABLE)).isEqualTo(true);
    assertThat(taskService.getVariableLocal(task.getId(), CompositionBalanceService.OPTIONS_VARIABLE).toString())
        .contains("\"WOMEN\"").contains("\"ETHNICITY\"").contains("Đại biểu nữ (Giả định của kiểm thử")
        .doesNotContain("RELIGION").doesNotContain("YOUTH");
    assertThat((String) taskService.getVariableLocal(task.getId(), "taskBrief"))
        .contains("**Cơ cấu đại biểu:** điển hình tiên tiến khoảng 70% (±5 điểm), từ 65% đến 75%")
        .contains("mặc định của hệ thống")
        .contains("**Cơ cấu cần bảo đảm (Thường trực xác nhận từng tiêu chí trong biểu mẫu):** Đại biểu nữ _(Giả định "
            + "của kiểm thử: chú trọng lựa chọn đại biểu nữ)_; Đại biểu dân tộc _(Giả định của kiểm thử: chú trọng "
            + "lựa chọn đại biểu dân tộc)_");

    taskService.claim(task.getId(), OFFICE); // the office member who works it in Tasklist claims it first
    // women attested, ethnicity not: refused, naming the criterion and its clause; nothing kept, the task stays
    assertThatThrownBy(() -> driver.complete(task, composition(105, 45, List.of("WOMEN"), null)))
        .satisfies(e -> assertThat(violations(e)).singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo(CompositionBalanceService.ATTESTED_FIELD);
          assertThat(v.vietnamese()).contains("Chưa xác nhận cơ cấu đại biểu «Đại biểu dân tộc»")
              .contains("Giả định của kiểm thử: chú trọng lựa chọn đại biểu dân tộc");
        }));
    assertNothingKept(unit, task.getId(), conferenceId);

    // 76% is outside "khoảng 70%" (65 … 75%) and nothing is attested: every problem at once, nothing kept
    assertThatThrownBy(() -> driver.complete(task, composition(76, 24, List.of(), null)))
        .satisfies(e -> assertThat(violations(e)).extracting(Violation::field).containsExactly(Fields.EXEMPLAR_DELEGATES,
            CompositionBalanceService.ATTESTED_FIELD, CompositionBalanceService.ATTESTED_FIELD))
        .satisfies(e -> assertThat(violations(e).get(0).vietnamese()).contains("khoảng 70% (±5 điểm)")
            .contains("76% không đạt"));
    assertNothingKept(unit, task.getId(), conferenceId);

    // both attested (in any order), 105 of 150 = 70%: stored with who and when, and the vote opens
    driver.complete(task, composition(105, 45, List.of("ETHNICITY", "WOMEN"), "  Có 12 đại biểu nữ, 4 đại biểu "
        + "dân tộc Hrê  "));
    BpmnAwareTests.assertThat(unit).isNotWaitingAt(Elements.PROPOSE_COMPOSITION);
    assertThat(conferences.get(conferenceId).getVoteRound()).isEqualTo(1);
    List<CompositionBalanceAttestation> kept = attestations.findByConferenceIdOrderByVoteRoundAscIdAsc(conferenceId);
    assertThat(kept).extracting(CompositionBalanceAttestation::getCriterion)
        .containsExactly(BalanceCriterion.WOMEN, BalanceCriterion.ETHNICITY);
    assertThat(kept).allSatisfy(a -> {
      assertThat(a.getAttestedBy()).isEqualTo(OFFICE);
      assertThat(a.getVoteRound()).isEqualTo(1);
      assertThat(a.getAttestedAt().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 2, 20));
      assertThat(a.getNote()).isEqualTo("Có 12 đại biểu nữ, 4 đại biểu dân tộc Hrê");
    });

    // the conference's record in Cockpit lists them
    var record = records.of(conferenceId, List.of(CouncilRole.STANDING_OFFICE.groupId(BINH_DUONG))).orElseThrow();
    assertThat(record.balance()).extracting(ConferenceRecord.Balance::label)
        .containsExactly("Đại biểu nữ", "Đại biểu dân tộc");
    assertThat(record.balance()).allSatisfy(b -> {
      assertThat(b.clause()).startsWith("Giả định của kiểm thử: chú trọng lựa chọn");
      assertThat(b.attestedBy()).isNotBlank();
      assertThat(b.attestedAt()).startsWith("20/02/2025");
      assertThat(b.note()).isEqualTo("Có 12 đại biểu nữ, 4 đại biểu dân tộc Hrê");
      assertThat(b.voteRound()).isEqualTo(1);
    });
  }

  private void assertNothingKept(ProcessInstance unit, String taskId, Long conferenceId) {
    BpmnAwareTests.assertThat(unit).isWaitingAt(Elements.PROPOSE_COMPOSITION);
    assertThat(task(unit).getId()).isEqualTo(taskId);
    var conference = conferences.get(conferenceId);
    assertThat(conference.getStatus()).isEqualTo(ConferenceStatus.NOMINATIONS_SUBMITTED);
    assertThat(conference.getVoteRound()).isZero();
    assertThat(attestations.findByConferenceIdOrderByVoteRoundAscIdAsc(conferenceId)).isEmpty();
  }

  private static List<Violation> violations(Throwable e) {
    return InvalidInputException.in(e).orElseThrow(() -> new AssertionError("not refused as invalid input: " + e, e))
        .violations();
  }

  private static Map<String, Object> composition(int exemplars, int guests, List<String> attested, String note) {
    Map<String, Object> values = new HashMap<>();
    values.put(Fields.EXEMPLAR_DELEGATES, exemplars);
    values.put(Fields.GUEST_DELEGATES, guests);
    values.put(Fields.PRESIDIUM_SIZE, 3); // 27/KH-UBND §II.4: chaired by 3
    values.put(Fields.PRESIDIUM_EXEMPLARS, 0);
    // the checked codes as a Json variable, as Tasklist sends a checklist
    values.put(CompositionBalanceService.ATTESTED_FIELD, org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        attested.stream().map(code -> "\"" + code + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]")))
        .create());
    if (note != null) {
      values.put(CompositionBalanceService.NOTE_FIELD, note);
    }
    return values;
  }
}

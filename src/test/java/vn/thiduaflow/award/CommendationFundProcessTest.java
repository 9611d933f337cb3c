package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Bình An's commendation against the commune's fund (issue 24; 27/KH-UBND §III: "trích từ quỹ thi đua khen thưởng
 * xã"): the chair's approval task shows the award money's total and the fund check; one đồng over the fund's balance of
 * the decision's year is refused naming the shortfall, exactly the balance is approved, and the decision states that
 * total and spends it.
 */
@ThiDuaFlowSpringTest
class CommendationFundProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate CONFERENCE_DAY = LocalDate.of(2025, 3, 27);
  private static final String BINH_AN = "21064";

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AwardMoneyProposal awardMoney;
  @Autowired FundLedger fund;
  @Autowired CommendationService commendations;

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** The unit's fund is shared by every test's conference of the unit: each test starts and ends with none. */
  @org.junit.jupiter.api.BeforeEach
  @AfterEach
  void noFundRecords() {
    jdbc.update("delete from fund_entry where unit_code = ?", BINH_AN);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void oneDongOverTheFundIsRefusedAndExactlyTheBalanceIsApprovedAndStatedOnTheDecision() throws Exception {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign c = campaigns.start("binh-an-27-2025");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(c.getProcessInstanceId()).singleResult();
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.driveToDossier(CONFERENCE_DAY.toString());
    ProcessInstance commendation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessModel.COMMENDATION).processInstanceBusinessKey(conferenceId.toString())
        .singleResult();
    JsonNode rows = JSON.readTree(taskService.getVariableLocal(task(commendation).getId(), "commendation").toString());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (JsonNode r : rows) {
      lines.add(Map.of("nominationId", r.get("nominationId").asText(), "awardForm", r.get("awardForm").asText(),
          "achievement", r.get("achievement").asText()));
    }
    driver.complete(task(commendation), withVariables("commendation", JSON.writeValueAsString(lines)));
    assertThat(commendation).isWaitingAt(Elements.APPROVE_COMMENDATION);

    long total = awardMoney.total(conferenceId, CONFERENCE_DAY).total();
    Assertions.assertThat(total).as("Giấy khen: 710,000 an individual, 1,410,000 a collective").isPositive();
    Assertions.assertThat(taskService.getVariableLocal(task(commendation).getId(), "awardMoneyTotal").toString())
        .startsWith("Tổng tiền thưởng: ").contains("2.340.000 đồng").contains("Nghị định 73/2024/NĐ-CP");
    Assertions.assertThat(taskService.getVariableLocal(task(commendation).getId(), "fundCheck").toString())
        .as("no income recorded yet").startsWith("Chưa kiểm tra quỹ");

    fund.recordIncome("fundIncome", BINH_AN, 2025, total - 1, "Dự toán ngân sách xã 2025",
        "INCOME:TEST:" + conferenceId, "ketoan");
    Map<String, Object> approve = withVariables("commendationDecision", "APPROVE", "decidedOn",
        CONFERENCE_DAY.toString(), "signerTitle", "CHỦ TỊCH", "signerName", "Trần Văn Bình");
    assertThatThrownBy(() -> driver.complete(task(commendation), approve)).satisfies(e -> Assertions.assertThat(
        InvalidInputException.in(e).orElseThrow().sentences()).contains("Quỹ thi đua, khen thưởng không đủ")
        .contains("thiếu 1 đồng"));
    assertThat(commendation).isWaitingAt(Elements.APPROVE_COMMENDATION);

    fund.recordIncome("fundIncome", BINH_AN, 2025, total, "Dự toán ngân sách xã 2025", "INCOME:TEST:" + conferenceId,
        "ketoan");
    driver.complete(task(commendation), approve);
    CommendationDecision decision = commendations.decisions(conferenceId).get(0);
    Assertions.assertThat(decision.getAwardMoneyTotal()).isEqualTo(total);
    Assertions.assertThat(fund.balance(BINH_AN, 2025).balance()).as("exactly the balance spent").isZero();
  }
}

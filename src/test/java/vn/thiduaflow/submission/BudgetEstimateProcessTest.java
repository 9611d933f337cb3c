package vn.thiduaflow.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.award.FundLedger;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;

/**
 * UnitDuties' budget branch (issue 24) on the test plan {@code test-duties-bac-son}, driven through the forms' values
 * as Tasklist sends them (the dynamic list as JSON): the finance officer's estimate with every wrong line refused at
 * once with its row, the year's fund income recorded, the chair's approval refused one đồng over the fund's balance,
 * the return with its reason back to the officer, and exactly the balance approved: the duty done, the spending
 * recorded.
 */
@ThiDuaFlowSpringTest
class BudgetEstimateProcessTest {

  private static final String TOWN = "06325";

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DutyService duties;
  @Autowired BudgetEstimateService budgets;
  @Autowired FundLedger fund;

  private SubmissionFixture fixture;

  @BeforeEach
  void startTheCampaign() {
    fixture = new SubmissionFixture(context);
    fixture.start("test-duties-bac-son", LocalDateTime.of(2025, 1, 2, 8, 0), "bacson.test");
  }

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** The unit's fund is shared by every test's conference of the unit: each test starts and ends with none. */
  @org.junit.jupiter.api.BeforeEach
  @AfterEach
  void noFundRecords() {
    jdbc.update("delete from fund_entry where unit_code = ?", TOWN);
  }

  @AfterEach
  void resetClock() {
    fixture.end();
  }

  private Conference conference() {
    return fixture.conference(TOWN);
  }

  private Task task(String key) {
    String duties = runtimeService.createProcessInstanceQuery().superProcessInstanceId(
        conference().getProcessInstanceId()).processDefinitionKey(ProcessModel.UNIT_DUTIES).singleResult().getId();
    return taskService.createTaskQuery().processInstanceId(duties).taskDefinitionKey(key).singleResult();
  }

  private List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private String refusal(Task task, Map<String, Object> vars) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(task.getId(), vars));
    assertThat(thrown).as("refused").isNotNull();
    return InvalidInputException.in(thrown).orElseThrow().sentences();
  }

  private static Object lines(String json) {
    return SpinValues.jsonValue(json).create();
  }

  @Test
  void theOfficersEstimateIsApprovedByTheChairWithinTheFundAndReturnedWithAReason() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.driver(TOWN).schedule("2025-03-10");
    Long id = conference().getId();
    Task estimate = task(BudgetEstimateService.ESTIMATE_TASK);
    assertThat(estimate).as("the budget duty is the estimate, not the generic report").isNotNull();
    assertThat(estimate.getName()).isEqualTo("Xây dựng dự trù kinh phí tổ chức Hội nghị — Thị trấn Bắc Sơn");
    assertThat(groups(estimate)).containsExactly(CouncilRole.FINANCE_OFFICER.groupId(TOWN));
    assertThat(taskService.getVariable(estimate.getId(), BudgetEstimateService.LINES).toString())
        .contains("\"kind\":\"VENUE\"").contains("\"kind\":\"CERTIFICATES\"").contains("\"kind\":\"AWARD_MONEY\"");

    // every wrong line at once, with its row; nothing written
    assertThat(refusal(estimate, withVariables(BudgetEstimateService.LINES, lines("[{\"kind\":\"VENUE\","
        + "\"description\":\"Hội trường\",\"amount\":-5},{\"kind\":\"X\",\"description\":\"Tài liệu\",\"amount\":1},"
        + "{\"kind\":\"OTHER\",\"description\":\" \",\"amount\":1.5}]"))))
        .contains("Dòng thứ 1 — Số tiền").contains("Dòng thứ 2 — Khoản chi").contains("Dòng thứ 3 — Nội dung")
        .contains("Dòng thứ 3 — Số tiền");
    assertThat(budgets.of(id)).isEmpty();
    assertThat(refusal(estimate, withVariables(BudgetEstimateService.LINES, lines("[{\"kind\":\"VENUE\","
        + "\"description\":\"Hội trường\",\"amount\":1}]"), "fundIncome", 5_000_000)))
        .as("an income without its source").contains("ghi nguồn thu");

    // the year's income and an estimate one đồng over it: the chair sees the shortfall and cannot approve
    taskService.complete(estimate.getId(), withVariables(BudgetEstimateService.LINES, lines("[{\"kind\":\"VENUE\","
        + "\"description\":\"Hội trường\",\"amount\":4000001},{\"kind\":\"CERTIFICATES\",\"description\":\"Giấy khen "
        + "và khung\",\"amount\":1000000}]"), "fundIncome", 5_000_000, "fundIncomeSource", "Dự toán ngân sách 2025"));
    assertThat(fund.balance(TOWN, 2025).income()).isEqualTo(5_000_000);
    Task approve = task(BudgetEstimateService.APPROVE_TASK);
    assertThat(groups(approve)).containsExactly(CouncilRole.CHAIR.groupId(TOWN));
    assertThat(taskService.getVariable(approve.getId(), "budgetFundCheck").toString())
        .startsWith("Không đủ quỹ: cần 5.000.001 đồng, số dư 5.000.000 đồng, thiếu 1 đồng");
    assertThat(refusal(approve, withVariables("budgetDecision", "APPROVE")))
        .contains("thiếu 1 đồng");
    assertThat(refusal(approve, withVariables("budgetDecision", "RETURN", "budgetReturnReason", " ")))
        .contains("cần nêu lý do");
    taskService.complete(approve.getId(), withVariables("budgetDecision", "RETURN", "budgetReturnReason",
        "Vượt quỹ 1 đồng"));

    // back to the officer with the reason and the lines sent; exactly the balance is approved
    estimate = task(BudgetEstimateService.ESTIMATE_TASK);
    assertThat(taskService.getVariable(estimate.getId(), "budgetReturned").toString()).contains("Vượt quỹ 1 đồng");
    assertThat(taskService.getVariable(estimate.getId(), BudgetEstimateService.LINES).toString())
        .contains("4000001");
    taskService.complete(estimate.getId(), withVariables(BudgetEstimateService.LINES, lines("[{\"kind\":\"VENUE\","
        + "\"description\":\"Hội trường\",\"amount\":4000000},{\"kind\":\"CERTIFICATES\",\"description\":\"Giấy khen "
        + "và khung\",\"amount\":1000000}]")));
    approve = task(BudgetEstimateService.APPROVE_TASK);
    assertThat(taskService.getVariable(approve.getId(), "budgetFundCheck").toString()).startsWith("Đủ quỹ");
    taskService.complete(approve.getId(), withVariables("budgetDecision", "APPROVE"));
    assertThat(budgets.of(id).orElseThrow().getStatus()).isEqualTo(BudgetEstimate.Status.APPROVED);
    assertThat(fund.balance(TOWN, 2025).balance()).as("spent exactly the balance").isZero();
    ConferenceDuty done = duties.of(id).stream().filter(d -> d.getCode().equals(BudgetEstimateService.DUTY_CODE))
        .findFirst().orElseThrow();
    assertThat(done.stateOn(EngineClock.today())).isEqualTo(ConferenceDuty.State.DONE);
    assertThat(task(BudgetEstimateService.ESTIMATE_TASK)).isNull();
    assertThat(task(BudgetEstimateService.APPROVE_TASK)).isNull();
  }
}

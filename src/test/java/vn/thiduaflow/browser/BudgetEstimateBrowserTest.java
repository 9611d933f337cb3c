package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduaflow.browser.TasklistPages.complete;
import static vn.thiduaflow.browser.TasklistPages.radio;
import static vn.thiduaflow.browser.TasklistPages.type;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.award.FundLedger;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.submission.BudgetEstimate;
import vn.thiduaflow.submission.BudgetEstimateService;
import vn.thiduaflow.submission.SubmissionFixture;
import vn.thiduaflow.system.ProcessModel;

/**
 * Issue 24's budget estimate through Tasklist's own pages, in headless Chromium, on the test plan {@code
 * test-duties-bac-son} (Thị trấn Bắc Sơn): the finance officer sees the prefilled lines (venue, documents,
 * certificates, the award money computed), raises the venue one đồng over the fund income she records; the chair sees
 * the table and the bold shortfall and returns it with a reason; the officer sees the reason, lowers the venue to the
 * fund's balance; the chair sees «Đủ quỹ» and approves: the estimate approved, its spending in the fund. Screenshots
 * under target/screenshots/budget-*.png.
 */
@ThiDuaFlowHttpTest
class BudgetEstimateBrowserTest {

  private static final String TOWN = "06325";
  private static final long VENUE = 5_000_000;
  private static final String REASON = "Vượt quỹ 1 đồng, đề nghị giảm chi hội trường";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CouncilDirectory councils;
  @Autowired BudgetEstimateService budgets;
  @Autowired FundLedger fund;
  @Autowired JdbcTemplate jdbc;

  private SubmissionFixture fixture;

  @BeforeAll
  void theTownScheduled() {
    Http.ensureAdmin(engine);
    fixture = new SubmissionFixture(context);
    fixture.start("test-duties-bac-son", LocalDateTime.of(2025, 1, 2, 8, 0), "bacson-budget-browser.test");
  }

  /** The unit's fund is shared by every test's conference of the unit in this context: none before, none after. */
  @BeforeEach
  @AfterEach
  void noFundRecords() {
    jdbc.update("delete from fund_entry where unit_code = ?", TOWN);
  }

  @AfterAll
  void endTheCampaign() {
    fixture.end();
  }

  private Task task(String key) {
    String duties = runtimeService.createProcessInstanceQuery().superProcessInstanceId(
        fixture.conference(TOWN).getProcessInstanceId()).processDefinitionKey(ProcessModel.UNIT_DUTIES)
        .singleResult().getId();
    Task t = taskService.createTaskQuery().processInstanceId(duties).taskDefinitionKey(key).singleResult();
    assertThat(t).as(key + " open").isNotNull();
    return t;
  }

  private static String form(Browser browser) {
    return (String) browser.driver.executeScript("return arguments[0].innerText",
        browser.waitFor(By.cssSelector(".fjs-container")));
  }

  private static String select(Browser browser, int row) {
    return browser.waitFor(By.xpath(TasklistPages.ROW.formatted(row)
        + "//div[contains(@class,'fjs-form-field-select')]")).getText();
  }

  /**
   * {@link TasklistPages#englishOn} but "Thu": here the fund's income (Thu của quỹ) and the chair's middle name (Hồ Thu
   * Việt), not Thursday (an English weekday would come with Mon, Tue, … that are still looked for).
   */
  private static java.util.List<String> english(Browser browser) {
    return TasklistPages.englishOn(browser).stream().filter(hit -> !hit.startsWith("Thu «")).toList();
  }

  /** Completes the task open in Tasklist and waits until its card left the list; else what the page said. */
  private static void completeAndWait(Browser browser, Task task) {
    complete(browser);
    try {
      browser.waitUntilGone(TasklistPages.entry(task));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(task.getName() + " not completed: " + browser.visibleText().replaceAll("\\s+", " ")
          + " " + browser.evidence("budget-complete"), e);
    }
  }

  @Test
  void theOfficerEstimatesTheChairReturnsItOverTheFundAndApprovesItWithin() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.driver(TOWN).schedule("2025-03-10");
    Long id = fixture.conference(TOWN).getId();
    String officer = councils.holder(id, CouncilRole.FINANCE_OFFICER);
    String chair = councils.holder(id, CouncilRole.CHAIR);
    long award = budgets.awardMoneyLine(id).amount();
    long income = award + VENUE;
    TasklistPages pages = new TasklistPages(engine);

    // one browser each, logged in once, as the two of them would keep Tasklist open
    try (Browser officers = Browser.separate(port); Browser chairs = Browser.separate(port)) {
      officers.login("tasklist", officer, Http.PASSWORD);
      chairs.login("tasklist", chair, Http.PASSWORD);

      // 1. the officer: the prefilled lines; the venue one đồng over the income she records
      Task estimate = task(BudgetEstimateService.ESTIMATE_TASK);
      pages.claimAndOpen(officers, estimate);
      officers.waitForText(By.cssSelector(".fjs-container"), "Dự trù kinh phí tổ chức Hội nghị");
      assertThat(select(officers, 1)).contains("Hội trường");
      assertThat(select(officers, 4)).contains("Tiền thưởng");
      assertThat(officers.driver.findElements(By.xpath(TasklistPages.ROW.formatted(5)))).isEmpty();
      assertThat(officers.waitFor(By.xpath(TasklistPages.ROW.formatted(4) + "//input[@type='text']"))
          .getDomProperty("value")).startsWith("Tiền thưởng");
      type(officers, 1, "Số tiền", "input", String.valueOf(VENUE + 1));
      TasklistPages.typeFieldUntilKept(officers, "Thu của quỹ thi đua", String.valueOf(income));
      TasklistPages.typeFieldUntilKept(officers, "Nguồn thu", "Dự toán ngân sách thị trấn năm 2025");
      officers.screenshot("budget-1-estimate");
      assertThat(english(officers)).isEmpty();
      completeAndWait(officers, estimate);
      assertThat(budgets.of(id).orElseThrow().getTotal()).isEqualTo(award + VENUE + 1);
      assertThat(fund.balance(TOWN, 2025).income()).isEqualTo(income);

      // 2. the chair: the table and the bold shortfall; returned with the reason
      Task approve = task(BudgetEstimateService.APPROVE_TASK);
      pages.claimAndOpen(chairs, approve);
      chairs.waitForText(By.cssSelector(".fjs-container strong"), "Không đủ quỹ");
      assertThat(chairs.driver.findElement(By.cssSelector(".fjs-container strong")).getText())
          .contains("thiếu 1 đồng");
      String table = (String) chairs.driver.executeScript("return arguments[0].innerText",
          chairs.waitFor(By.cssSelector(".fjs-container table")));
      assertThat(table).contains("Hội trường").contains("5.000.001").contains("Tiền thưởng");
      radio(chairs, 0, "Trả lại công chức Tài chính - Kế toán");
      var reason = chairs.waitFor(By.xpath("//textarea[@id = //label[contains(., 'Lý do trả lại')]/@for]"));
      reason.sendKeys(REASON);
      chairs.driver.executeScript("arguments[0].scrollIntoView({block: 'end'})", reason);
      chairs.screenshot("budget-2-returned");
      assertThat(english(chairs)).isEmpty();
      completeAndWait(chairs, approve);
      assertThat(budgets.of(id).orElseThrow().getStatus()).isEqualTo(BudgetEstimate.Status.RETURNED);

      // 3. the officer sees the reason and lowers the venue to the fund's balance
      estimate = task(BudgetEstimateService.ESTIMATE_TASK);
      pages.claimAndOpen(officers, estimate);
      officers.waitForText(By.cssSelector(".fjs-container"), REASON);
      assertThat(form(officers)).contains("Chủ tịch đã trả lại Dự trù kinh phí, lý do: " + REASON);
      type(officers, 1, "Số tiền", "input", String.valueOf(VENUE));
      completeAndWait(officers, estimate);

      // 4. the chair sees «Đủ quỹ» and approves
      approve = task(BudgetEstimateService.APPROVE_TASK);
      pages.claimAndOpen(chairs, approve);
      chairs.waitForText(By.cssSelector(".fjs-container strong"), "Đủ quỹ");
      radio(chairs, 0, "Phê duyệt dự trù kinh phí");
      chairs.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})",
          chairs.driver.findElement(By.cssSelector(".fjs-container table")));
      chairs.screenshot("budget-3-approved");
      assertThat(english(chairs)).isEmpty();
      completeAndWait(chairs, approve);
    }
    assertThat(budgets.of(id).orElseThrow().getStatus()).isEqualTo(BudgetEstimate.Status.APPROVED);
    FundLedger.Balance balance = fund.balance(TOWN, 2025);
    assertThat(balance.income()).as("the income recorded once").isEqualTo(income);
    assertThat(balance.spending()).as("the lines but the award money, paid with the decision").isEqualTo(VENUE);
    assertThat(balance.balance()).isEqualTo(award);
  }
}

package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Issue 21 in headless Chromium, on the first task of a unit conference (the secretary schedules it): the Camunda
 * Form's texts that come from form-js and its date picker, and Tasklist's relative times, are Vietnamese
 * (scripts/thiduaflow-texts.js); a date outside the plan's window (01/01/2025 – 31/03/2025 in plan
 * test-binh-thanh-per-title-vote, carried by the task as windowFrom/windowTo) is refused under the field before any
 * request, and the server's refusal of a submitted form shows its Vietnamese text under the field it names
 * (scripts/thiduaflow-form-refusals.js). Screenshots under target/screenshots/texts-*.png.
 */
@ThiDuaFlowHttpTest
class TasklistTextsBrowserTest {

  private static final By DATE = By.cssSelector(".fjs-form-field-datetime input.flatpickr-input");
  private static final By DATE_FIELD = By.cssSelector(".fjs-form-field-datetime");
  private static final By FORM = By.cssSelector("[cam-tasklist-form-camunda] .fjs-container");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theScheduleFormSpeaksVietnameseAndRefusesBesideTheField() {
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    var campaign = campaigns.start("test-binh-thanh-per-title-vote");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "binhthanh.test");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getProcessInstanceId()).singleResult();
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    String secretary = councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY);
    Task schedule = taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(Elements.SCHEDULE_CONFERENCE).singleResult();
    assertThat(taskService.getVariableLocal(schedule.getId(), "windowFrom")).isEqualTo("2025-01-01");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", secretary, Http.PASSWORD);
      claimAndOpen(browser, schedule);

      // 1. the date picker: Vietnamese months and weekdays, weeks from Monday, the date written day/month/year
      WebElement date = browser.waitFor(DATE);
      assertThat(date.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
      browser.clickInView(date);
      browser.waitFor(By.cssSelector(".flatpickr-calendar.open"));
      assertThat(texts(browser, ".flatpickr-weekday")).containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
      // only the plan's window can be picked: its three months are offered, and the picker opens on one of them
      assertThat(texts(browser, ".flatpickr-monthDropdown-month")).containsExactly("Tháng 1", "Tháng 2", "Tháng 3");
      assertThat(browser.driver.findElement(By.cssSelector(".flatpickr-current-month .cur-year")).getDomProperty("value"))
          .isEqualTo("2025");
      assertThat(browser.driver.findElements(By.cssSelector(".flatpickr-day:not(.flatpickr-disabled)"))).isNotEmpty();
      browser.screenshot("texts-1-date-picker");

      // 2. form-js's messages and texts in Vietnamese: a required date left empty
      date.sendKeys("1", Keys.BACK_SPACE, Keys.TAB);
      browser.waitForText(DATE_FIELD, "Thông tin này là bắt buộc.");
      String form = browser.driver.findElement(FORM).getText();
      assertThat(form).contains("Chọn").doesNotContain("Field is required", "Field must", "Select", "Search");
      String cards = browser.driver.findElement(By.cssSelector(".tasks-list")).getText();
      assertThat(cards).contains("trước").doesNotContain(" ago", "a few seconds");
      browser.screenshot("texts-2-required");

      // 3. a date outside the window is refused under the field, and nothing is sent
      date = browser.driver.findElement(DATE);
      date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15/04/2025", Keys.ENTER);
      browser.waitForText(DATE_FIELD, "Ngày phải trong thời gian Kế hoạch cho phép: từ 01/01/2025 đến 31/03/2025");
      date.sendKeys(Keys.TAB);
      assertThat(browser.driver.findElement(DATE).getDomProperty("value")).isEqualTo("15/04/2025");
      Browser.waitUpTo(browser.driver, 5)
          .until(d -> !d.findElement(COMPLETE).isEnabled());
      assertThat(sentSubmissions(browser)).isZero();
      assertThat(browser.driver.findElement(FORM).getText()).doesNotContain("Thông tin này là bắt buộc.");
      browser.screenshot("texts-3-outside-window");
      // a date inside is taken and the message goes
      date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20/03/2025", Keys.TAB);
      browser.waitUntilGone(By.cssSelector(".tdf-window"));

      // 4. the server's refusal under the field it names: without the window in the browser, the date reaches it
      taskService.removeVariablesLocal(schedule.getId(), List.of("windowFrom", "windowTo"));
      browser.driver.navigate().refresh();
      browser.waitUntilGone(By.cssSelector(".disabled-form"));
      chooseFirst(browser);
      date = browser.waitFor(DATE);
      browser.clickInView(date);
      date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15/04/2025", Keys.TAB);
      Browser.waitUpTo(browser.driver, 10).until(d -> d.findElement(COMPLETE).isEnabled());
      browser.clickInView(browser.driver.findElement(COMPLETE));
      By refusal = By.cssSelector(".fjs-form-field-datetime .tdf-refusal");
      try {
        browser.waitForText(refusal, "Ngày tổ chức");
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError("no refusal under the date: " + browser.evidence("texts-refusal"), e);
      }
      browser.waitFor(By.cssSelector(".page-notifications .alert-danger"));
      String banner = browser.driver.findElement(By.cssSelector(".page-notifications")).getText();
      assertThat(banner).contains("Ngày tổ chức").doesNotContain("Cannot submit", "ENGINE-", "TaskListener");
      assertThat(taskService.createTaskQuery().taskId(schedule.getId()).count()).as("not completed").isOne();
      browser.screenshot("texts-4-server-refusal");
      // the refusal goes once the user changes the field
      date = browser.driver.findElement(DATE);
      date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20/03/2025");
      browser.waitUntilGone(refusal);
    }
  }

  /** Opens a group task in the unit's filter, claims it («Nhận việc») and opens it again once the list re-rendered. */
  private void claimAndOpen(Browser browser, Task task) {
    String filter = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị tôi").singleResult()
        .getId();
    By entry = By.cssSelector(".tasks-list a[href*='task=" + task.getId() + "']");
    browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + task.getId());
    browser.waitFor(entry);
    browser.click(By.xpath("//*[self::a or self::button][normalize-space()='Nhận việc']"));
    Browser.waitUpTo(browser.driver, 30).until(d -> taskService.createTaskQuery()
        .taskId(task.getId()).singleResult().getAssignee() != null);
    browser.waitForText(By.cssSelector(".tasks-list"), identityService.createUserQuery()
        .userId(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).singleResult()
        .getFirstName());
    browser.click(entry);
    browser.waitUntilGone(By.cssSelector(".disabled-form"));
  }

  /** The form's first select («Hình thức tổ chức»): opens its drop-down and clicks the first option. */
  private static void chooseFirst(Browser browser) {
    browser.clickInView(browser.waitFor(By.cssSelector(".fjs-form-field-select .fjs-select-display")));
    WebElement item = browser.waitFor(By.cssSelector(".fjs-form-field-select .fjs-dropdownlist-item"));
    String option = item.getText();
    new Actions(browser.driver).moveToElement(item).click().perform();
    browser.waitForText(By.cssSelector(".fjs-form-field-select .fjs-select-display"), option);
  }

  private static List<String> texts(Browser browser, String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getDomProperty("textContent").trim()).toList();
  }

  /** How many form submissions the page has sent (the browser's resource timing of its requests). */
  private static long sentSubmissions(Browser browser) {
    return (Long) browser.driver.executeScript("return performance.getEntriesByType('resource')"
        + ".filter(function(e) { return /submit-form/.test(e.name); }).length");
  }
}

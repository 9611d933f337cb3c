package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduaflow.browser.TasklistPages.complete;
import static vn.thiduaflow.browser.TasklistPages.radio;
import static vn.thiduaflow.browser.TasklistPages.type;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.award.CommendationDocuments;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Issue 24's commendation through Tasklist's own pages, in headless Chromium, on Bình An (27/KH-UBND §IV.4, the commune
 * chair's Giấy khen), after its council's vote passed (driven through the engine): the standing office sees every
 * approved nominee in the proposal with the plan's award form chosen and the period's achievement, changes one
 * achievement and sends it; the chair sees the proposal's table with the decision's date and his own name prefilled and
 * approves; the office sees the issued decision with its number and downloads the decision (DOCX) and the certificates
 * (PDF, full print and onto blanks) in its session. Screenshots under target/screenshots/commendation-*.png.
 */
@ThiDuaFlowHttpTest
class CommendationBrowserTest {

  private static final String UNIT = "21064";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CommendationService commendations;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private Task open(ProcessInstance instance, String key) {
    Task t = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    assertThat(t).as(key + " open").isNotNull();
    return t;
  }

  @Test
  void theOfficeProposesTheChairApprovesAndTheOfficeDownloadsTheDecisionAndCertificates() throws Exception {
    org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    TasklistPages pages = new TasklistPages(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    var campaign = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "binhan.commendation");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getProcessInstanceId()).singleResult();
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    new ConferenceDriver(engine, councils, unit).driveToDossier("2025-03-27");
    ProcessInstance commendation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessModel.COMMENDATION).processInstanceBusinessKey(conferenceId.toString())
        .singleResult();
    var structure = conferences.structureOf(conferences.get(conferenceId));
    String office = councils.holder(structure, UNIT, CouncilRole.STANDING_OFFICE);
    String chair = councils.holder(structure, UNIT, CouncilRole.CHAIR);
    int approved = commendations.draftRows(conferenceId).size();
    assertThat(approved).isPositive();

    // 1. the office's proposal: every approved nominee, the plan's award form chosen, one achievement rewritten
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", office, Http.PASSWORD);
      Task draft = open(commendation, Elements.DRAFT_COMMENDATION);
      pages.claimAndOpen(browser, draft);
      browser.waitForText(By.cssSelector(".fjs-container"), "Tờ trình khen thưởng");
      assertThat(browser.driver.findElements(By.xpath(TasklistPages.ROW.formatted(approved)))).isNotEmpty();
      assertThat(browser.driver.findElements(By.xpath(TasklistPages.ROW.formatted(approved + 1)))).isEmpty();
      WebElement form = browser.waitFor(By.xpath(TasklistPages.ROW.formatted(1)
          + "//div[contains(@class,'fjs-form-field-select')]"));
      assertThat(form.getText()).contains("Giấy khen của Chủ tịch Ủy ban nhân dân xã");
      type(browser, 1, "Thành tích", "textarea",
          "Đã có thành tích xuất sắc trong công tác giáo dục giai đoạn 2020 - 2025");
      browser.screenshot("commendation-1-proposal");
      assertThat(TasklistPages.englishOn(browser)).isEmpty();
      complete(browser);
      browser.waitUntilGone(TasklistPages.entry(draft));
    }
    assertThat(commendations.linesOf(conferenceId)).hasSize(approved);
    assertThat(commendations.linesOf(conferenceId).get(0).getAchievement()).contains("công tác giáo dục");

    // 2. the chair approves: the table, the date and his name prefilled
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", chair, Http.PASSWORD);
      Task approve = open(commendation, Elements.APPROVE_COMMENDATION);
      pages.claimAndOpen(browser, approve);
      browser.waitForText(By.cssSelector(".fjs-container"), "công tác giáo dục");
      radio(browser, 0, "Phê duyệt, ban hành Quyết định khen thưởng");
      WebElement signer = browser.waitFor(By.xpath("//input[@id = //label[contains(., 'Họ và tên người ký')]/@for]"));
      assertThat(signer.getDomProperty("value")).isNotBlank();
      browser.screenshot("commendation-2-approval");
      // "Thu" is a Vietnamese given name here (Trần Thu Thắng), not Thursday
      assertThat(TasklistPages.englishOn(browser)).allMatch(hit -> hit.startsWith("Thu «"));
      complete(browser);
      browser.waitUntilGone(TasklistPages.entry(approve));
    }
    var decisions = commendations.decisions(conferenceId);
    assertThat(decisions).hasSize(1);

    // 3. the office sees the decision with its number and downloads it and the certificates in its session
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", office, Http.PASSWORD);
      Task upload = open(commendation, Elements.UPLOAD_SIGNED_DECISION);
      pages.claimAndOpen(browser, upload);
      browser.waitForText(By.cssSelector(".fjs-container"), "Quyết định số " + decisions.get(0).getSymbol());
      browser.screenshot("commendation-3-decision");
      List<Browser.Fetched> fetched = new ArrayList<>();
      for (WebElement a : browser.driver.findElements(By.cssSelector(".fjs-container a[href*='/commendation/']"))) {
        fetched.add(browser.fetchInSession(a.getDomAttribute("href")));
      }
      assertThat(fetched).hasSize(3);
      assertThat(fetched).allSatisfy(f -> assertThat(f.status()).as(f.path()).isEqualTo(200));
      assertThat(fetched.get(0).head()).startsWith("PK");
      assertThat(fetched.get(1).head()).startsWith("%PDF");
      assertThat(fetched.get(2).head()).startsWith("%PDF");

      // 4. the signed scan in the tab «Hồ sơ đính kèm», then the commendation ends
      java.nio.file.Path scan = java.nio.file.Files.write(java.nio.file.Files.createTempFile("quyet-dinh-da-ky", ".pdf"),
          vn.thiduaflow.attachment.AttachmentFiles.pdf());
      assertThat(browser.uploadDocument(CommendationDocuments.SIGNED_SCAN, scan)).endsWith(".pdf");
      browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Biểu mẫu']"));
      browser.waitFor(By.cssSelector(".fjs-container"));
      TasklistPages.check(browser, "Đã tải lên bản Quyết định đã ký");
      complete(browser);
      browser.waitUntilGone(TasklistPages.entry(upload));
      browser.screenshot("commendation-4-done");
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(commendation.getId()).count())
        .as("the commendation ended").isZero();
  }
}

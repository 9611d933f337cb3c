package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.attachment.AttachmentFiles;
import vn.thiduaflow.attachment.AttachmentInfo;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.council.CouncilRole;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * The unit secretary attaches a nominee's achievement summary in Tasklist's tab "Hồ sơ đính kèm" of the nominations
 * task (Bình An's plan, 27/KH-UBND), in a real browser (Debian's headless Chromium, in Vietnamese): after claiming
 * the task, a PDF is uploaded for the first nominee and listed with its size, uploader, time and download link; an
 * HTML page sent as a PDF is refused with the server's Vietnamese message, and nothing of it is stored. Screenshots:
 * {@code target/screenshots/attachments-*.png}.
 */
@ThiDuaFlowHttpTest
class AttachmentBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired ConferenceService conferences;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired NomineeListService lists;
  @Autowired AttachmentService attachments;

  private Long conferenceId;
  private ProcessInstance unit;
  private List<Nomination> nominees;

  @BeforeAll
  void aUnitAtItsNominations() {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine); // as in every deployment (otherwise the webapps open Camunda's first-admin setup page)
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    Campaign campaign = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "attachments-browser.test");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaign.getProcessInstanceId())
        .singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    new ConferenceDriver(engine, councils, unit).schedule("2025-03-27");
    nominees = lists.replaceAndShow(conferences.get(conferenceId), List.of(
        new Entry("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024, "AGENCY", null,
            "Giáo viên, Trường Tiểu học Bình An", null),
        new Entry("Tổ dân phố 3", "COLLECTIVE", "EXEMPLAR", 2023, "RESIDENTIAL_GROUP", null, null, null)), "test");
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theSecretaryUploadsASummaryInTheNominationsTaskAndSeesItListed() throws IOException {
    Task task = taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(Elements.SUBMIT_NOMINATIONS).singleResult();
    String secretary = councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY);
    Path folder = Files.createTempDirectory("thiduaflow-attachments");
    Path summary = Files.write(folder.resolve("Tóm tắt thành tích - Nguyễn Thị Hoa.pdf"), AttachmentFiles.pdf());
    Path page = Files.write(folder.resolve("trang.pdf"), AttachmentFiles.html());
    String filter = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị tôi").singleResult()
        .getId();
    By entry = By.cssSelector(".tasks-list a[href*='task=" + task.getId() + "']");
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", secretary, Http.PASSWORD);
      browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + task.getId());
      browser.waitFor(entry);
      // claimed first, as the form needs; Tasklist re-draws the list after the claim, so the task is opened again
      browser.click(By.xpath("//*[self::a or self::button][normalize-space()='Nhận việc']"));
      browser.waitForText(By.cssSelector(".tasks-list"), engine.getIdentityService().createUserQuery()
          .userId(secretary).singleResult().getFirstName());
      browser.click(entry);

      browser.openAttachmentsTab();
      browser.waitForText(By.cssSelector(".tdf-attachments"), "Nguyễn Thị Hoa");
      assertThat(browser.driver.findElements(By.cssSelector(".tdf-nominee"))).hasSize(2);
      assertThat(browser.driver.findElements(By.cssSelector(".tdf-att-upload-button"))).hasSize(2)
          .allSatisfy(b -> assertThat(b.getText()).isEqualTo("Tải lên tóm tắt thành tích"));
      browser.screenshot("attachments-1-tab-opened");

      String listed = browser.attachSummary("Nguyễn Thị Hoa", summary);
      assertThat(listed).isEqualTo("Tóm tắt thành tích - Nguyễn Thị Hoa.pdf");
      browser.screenshot("attachments-2-summary-uploaded");
      List<AttachmentInfo> stored = attachments.ofNomination(nominees.get(0).getId());
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).uploadedBy()).isEqualTo(secretary);
      assertThat(attachments.download(stored.get(0).id()).content()).isEqualTo(AttachmentFiles.pdf());
      WebElement row = browser.waitFor(By.cssSelector("tr.tdf-att-file[data-attachment-id='" + stored.get(0).id()
          + "']"));
      assertThat(row.getText()).contains("PDF").contains("KB").contains("02/01/2025 08:00").contains(secretary);
      WebElement download = row.findElement(By.cssSelector("a.tdf-att-download"));
      assertThat(download.getText()).isEqualTo("Tải xuống");
      assertThat(download.getDomAttribute("href")).isEqualTo(attachments.downloadPath(stored.get(0).id()));

      // an HTML page named .pdf: refused with the server's message, as text; nothing stored
      WebElement otherNominee = browser.waitFor(By.xpath(
          "//section[contains(@class,'tdf-nominee')][h4[normalize-space()='Tổ dân phố 3']]"));
      WebElement input = otherNominee.findElement(By.cssSelector("input.tdf-att-file-input"));
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
      input.sendKeys(page.toAbsolutePath().toString());
      browser.clickInView(otherNominee.findElement(By.cssSelector("button.tdf-att-upload-button")));
      new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(
          By.cssSelector(".tdf-att-message.alert-danger")).isEmpty());
      assertThat(browser.driver.findElement(By.cssSelector(".tdf-att-message")).getText())
          .contains("Không tải lên được «trang.pdf»").contains("Tệp có nội dung kiểu text/html");
      browser.screenshot("attachments-3-page-refused");
      assertThat(attachments.ofNomination(nominees.get(1).getId())).isEmpty();
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(folder);
    }
  }
}

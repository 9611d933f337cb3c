package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.attachment.AttachmentFiles;
import vn.thiduaflow.attachment.AttachmentInfo;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The unit secretary attaches a nominee's achievement summary in Tasklist's tab "Hồ sơ đính kèm" of the nominations
 * task (Bình An's plan, 27/KH-UBND), in a real browser (Debian's headless Chromium, in Vietnamese): after claiming
 * the task, a PDF is uploaded for the first nominee and listed with its size, uploader, time and download link; an
 * HTML page sent as a PDF is refused with the server's Vietnamese message, and nothing of it is stored. Then the
 * nominations are sent; the standing office claims its composition task and uploads the collective's summary there;
 * once the composition is proposed, a council member's vote form lists each nominee's files as links below the table,
 * and the member's click downloads the file. Screenshots: {@code target/screenshots/attachments-*.png}. The tests run
 * in order: the second takes the unit on from its nominations.
 */
@ThiDuaFlowHttpTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachmentBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired ConferenceQueries conferences;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired NomineeListService lists;
  @Autowired AttachmentService attachments;
  @Autowired vn.thiduaflow.nomination.NominationRepository nominationRepository;

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

  /**
   * Closes the vote the second test opens (every member agrees), so that no blank ballot of an open vote task stays
   * in the database the HTTP tests share (SecretBallotHttpTest reads every table for choices).
   */
  @AfterAll
  void closeTheOpenVoteAndResetClock() {
    try {
      ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
      for (Task vote : taskService.createTaskQuery().processInstanceId(unit.getId())
          .taskDefinitionKey(Elements.VOTE_ON_NOMINEES).list()) {
        driver.complete(vote, withVariables(Fields.BALLOT, "APPROVE"));
      }
      driver.executeBallotContinuations();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  @Order(1)
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
      // nominees typed into the form get their files later, from the standing office
      assertThat(browser.driver.findElement(By.cssSelector(".tdf-att-help")).getText()).contains("«Hoàn thành»")
          .contains("Thường trực Hội đồng").contains("«Đề xuất thành phần đại biểu»");
      // the list as the XLSX template: the link and the upload; a file that is no template is refused, as a list
      WebElement list = browser.waitFor(By.cssSelector(".tdf-nominee-list"));
      assertThat(list.findElement(By.tagName("h4")).getText()).isEqualTo("Danh sách đề cử bằng tệp Excel");
      WebElement template = list.findElement(By.cssSelector("a.tdf-list-template"));
      assertThat(template.getText()).isEqualTo("Tải mẫu danh sách (Excel)");
      assertThat(template.getDomAttribute("href")).isEqualTo(attachments.taskPath(task.getId())
          + "nominee-template.xlsx");
      assertThat(list.findElement(By.cssSelector("button.tdf-list-upload-button")).getText())
          .isEqualTo("Tải lên danh sách");
      WebElement listInput = list.findElement(By.cssSelector("input.tdf-list-file-input"));
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", listInput);
      listInput.sendKeys(page.toAbsolutePath().toString());
      browser.clickInView(list.findElement(By.cssSelector("button.tdf-list-upload-button")));
      Browser.waitUpTo(browser.driver, 30).until(d -> !d.findElements(
          By.cssSelector(".tdf-list-message.alert-danger .tdf-list-problems li")).isEmpty());
      assertThat(browser.driver.findElement(By.cssSelector(".tdf-list-message")).getText())
          .contains("Danh sách trong «trang.pdf» chưa được lưu");
      assertThat(nominationRepository.findByConferenceIdOrderById(conferenceId)).hasSize(2);
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
      Browser.waitUpTo(browser.driver, 30).until(d -> !d.findElements(
          By.cssSelector(".tdf-att-message.alert-danger")).isEmpty());
      assertThat(browser.driver.findElement(By.cssSelector(".tdf-att-message")).getText())
          .contains("Không tải lên được «trang.pdf»").contains("Tệp có nội dung kiểu text/html");
      browser.screenshot("attachments-3-page-refused");
      assertThat(attachments.ofNomination(nominees.get(1).getId())).isEmpty();
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(folder);
    }
  }

  @Test
  @Order(2)
  void theOfficeUploadsInItsCompositionTaskAndAMemberDownloadsThroughTheVoteFormsLink() throws Exception {
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.sendNominations();
    Task composition = taskService.createTaskQuery().processInstanceId(unit.getId()).singleResult();
    assertThat(composition.getTaskDefinitionKey()).isEqualTo(Elements.PROPOSE_COMPOSITION);
    String office = councils.holder(conferenceId, CouncilRole.STANDING_OFFICE);
    Path folder = Files.createTempDirectory("thiduaflow-attachments");
    Path downloads = Files.createDirectories(folder.resolve("downloads"));
    byte[] scan = AttachmentFiles.image("png");
    Path summary = Files.write(folder.resolve("Tóm tắt thành tích [Tổ 3].png"), scan);
    String filter = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị tôi").singleResult()
        .getId();
    By entry = By.cssSelector(".tasks-list a[href*='task=" + composition.getId() + "']");
    try {
      try (Browser browser = new Browser(port)) {
        browser.login("tasklist", office, Http.PASSWORD);
        browser.open("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + composition.getId());
        browser.waitFor(entry);
        browser.click(By.xpath("//*[self::a or self::button][normalize-space()='Nhận việc']"));
        browser.waitForText(By.cssSelector(".tasks-list"), engine.getIdentityService().createUserQuery()
            .userId(office).singleResult().getFirstName());
        browser.click(entry);
        browser.openAttachmentsTab();
        browser.waitForText(By.cssSelector(".tdf-attachments"), "Tổ dân phố 3");
        assertThat(browser.driver.findElement(By.cssSelector(".tdf-att-help")).getText())
            .startsWith("Thường trực Hội đồng tập hợp tóm tắt thành tích của từng đề cử");
        assertThat(browser.driver.findElements(By.cssSelector(".tdf-att-upload-button"))).hasSize(2);
        String listed = browser.attachSummary("Tổ dân phố 3", summary);
        assertThat(listed).isEqualTo("Tóm tắt thành tích [Tổ 3].png");
        browser.screenshot("attachments-4-office-uploaded-in-composition");
      }
      List<AttachmentInfo> stored = attachments.ofNomination(nominees.get(1).getId());
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).uploadedBy()).isEqualTo(office);
      AttachmentInfo file = stored.get(0);

      // the office proposes the composition (100 exemplars, 40 guests, a presidium of 3): the vote opens
      driver.compose(100, 40, 3);
      String member = councils.votingMembers(conferenceId).get(0);
      Task vote = taskService.createTaskQuery().processInstanceId(unit.getId()).taskAssignee(member).singleResult();
      assertThat(vote).as("the member's vote task").isNotNull();
      try (Browser browser = new Browser(port)) {
        // downloads of this browser land in a folder of the test
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
            "downloadPath", downloads.toAbsolutePath().toString(), "eventsEnabled", true));
        browser.login("tasklist", member, Http.PASSWORD);
        browser.click(By.cssSelector(".tasks-list a[href*='task=" + vote.getId() + "']"));
        By files = By.xpath("//div[contains(@class,'fjs-form-field-text')][.//strong[contains(., "
            + "'Hồ sơ đính kèm của từng người được đề nghị')]]");
        WebElement text = browser.waitFor(files);
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", text);
        assertThat(text.getText()).contains("1. Nguyễn Thị Hoa").contains("2. Tổ dân phố 3")
            .contains("Tóm tắt thành tích [Tổ 3].png");
        browser.screenshot("attachments-5-vote-form-links");
        WebElement link = text.findElement(By.xpath(".//a[normalize-space()='Tóm tắt thành tích [Tổ 3].png']"));
        assertThat(link.getDomAttribute("href")).isEqualTo(attachments.downloadPath(file.id()));

        // the link downloads in the member's session: a GET with the browser's session cookie, and the click
        String cookies = String.join("; ", browser.driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue()).toList());
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + link.getDomAttribute("href"))).header("Cookie", cookies).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(scan);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + link.getDomAttribute("href"))).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
            .as("not without the session").isNotEqualTo(200);
        browser.clickInView(link);
        Path saved = downloads.resolve(file.fileName());
        try {
          Browser.waitUpTo(browser.driver, 30).until(d -> Files.exists(saved));
        } catch (org.openqa.selenium.TimeoutException e) {
          throw new AssertionError("nothing downloaded to " + downloads + ": " + List.of(downloads.toFile().list())
              + " " + browser.evidence("vote-form-download"), e);
        }
        Browser.waitUpTo(browser.driver, 30).until(d -> {
          try {
            return Files.size(saved) == scan.length;
          } catch (IOException e) {
            return false;
          }
        });
        assertThat(Files.readAllBytes(saved)).isEqualTo(scan);
        assertThat(browser.driver.getCurrentUrl()).as("the form stays open").contains("task=" + vote.getId());
        browser.screenshot("attachments-6-vote-form-after-download");
        assertThat(taskService.createTaskQuery().taskId(vote.getId()).count()).as("still to vote").isOne();
      }
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(folder);
    }
  }
}

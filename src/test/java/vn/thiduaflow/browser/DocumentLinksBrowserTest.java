package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.document.GeneratedDocument;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Issue 21 in headless Chromium: Bình An's conference runs to its end (vote, dossier returned once then approved,
 * held, reported), so Cockpit has no runtime view of it any more. Its chair opens the dashboard in Cockpit, clicks the
 * programme on the commune's row and gets the DOCX in the session, then opens the conference's record page, which
 * says the process has ended and shows the record (official name, dates, vote, the dossier's reviews, attendance,
 * documents). Screenshots in {@code target/screenshots/}.
 */
@ThiDuaFlowHttpTest
class DocumentLinksBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired vn.thiduaflow.dossier.ConferenceDocumentService conferenceDocuments;

  private Campaign campaign;
  private ProcessInstance unit;
  private Long conferenceId;

  @BeforeAll
  void binhAnsConferenceRunsToItsEnd() {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    campaign = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "documents-browser.test");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaign.getProcessInstanceId())
        .processDefinitionKey("UnitConference").list().get(0);
    conferenceId = Long.valueOf(unit.getBusinessKey());
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.driveToDossier("2025-03-27");
    driver.complete(task(), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    driver.complete(task(), withVariables(Fields.DOSSIER_DECISION, "RETURN", Fields.RETURN_REASON,
        "Thiếu báo cáo thành tích của tập thể"));
    driver.complete(task(), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    driver.complete(task(), withVariables(Fields.DOSSIER_DECISION, "APPROVE"));
    ConferenceDriver.at(LocalDate.of(2025, 3, 27).atTime(17, 0));
    // the signed minutes of the conference, which the secretary uploads in the task's tab
    conferenceDocuments.record(conferenceId, vn.thiduaflow.plan.model.DossierDocument.RESERVED_MINUTES,
        "bien-ban.pdf", vn.thiduaflow.attachment.AttachmentFiles.pdf(), "office");
    driver.complete(task(), withVariables(Fields.HELD_ON, "2025-03-27", Fields.ATTENDEE_COUNT, 140,
        Fields.PROGRAMME_FOLLOWED, true));
    for (int round = 0; round < 3; round++) {
      for (String instance : new String[] {unit.getId(), campaign.getProcessInstanceId()}) {
        managementService.createJobQuery().processInstanceId(instance).messages().list()
            .forEach(j -> managementService.executeJob(j.getId()));
      }
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(unit.getId()).singleResult()
        .getEndTime()).as("the conference's instance has ended").isNotNull();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private org.camunda.bpm.engine.task.Task task() {
    return taskService.createTaskQuery().processInstanceId(unit.getId()).singleResult();
  }

  @Test
  void theChairDownloadsTheProgrammeFromTheDashboardAndReadsTheEndedConferencesRecord() throws Exception {
    String chair = councils.holder(conferenceId, CouncilRole.CHAIR);
    try (Browser browser = new Browser(port)) {
      Path downloads = browser.downloadInto(Browser.SCREENSHOTS.resolve("downloads-" + System.nanoTime()));
      browser.login("cockpit", chair, Http.PASSWORD);
      browser.open("/camunda/app/cockpit/default/#/thi-dua?campaign=" + campaign.getId());
      browser.waitFor(By.cssSelector("table.tdf-units"));
      WebElement row = browser.waitFor(By.cssSelector("tr.tdf-unit .tdf-documents a[data-document='PROGRAMME']"))
          .findElement(By.xpath("ancestor::tr"));
      assertThat(row.getText()).contains("Nội dung, chương trình hội nghị (DOCX)").contains("Danh sách đề cử (XLSX)")
          .contains("Biên bản kiểm phiếu (XLSX)").contains("Hồ sơ hội nghị").doesNotContain("Xem quy trình");
      browser.screenshot("documents-1-dashboard-row-links");

      row.findElement(By.cssSelector("a[data-document='PROGRAMME']")).click();
      Path programme = browser.waitForDownload(downloads, GeneratedDocument.PROGRAMME.fileName(conferenceId));
      try (var doc = new XWPFDocument(Files.newInputStream(programme));
          var text = new XWPFWordExtractor(doc)) {
        assertThat(text.getText()).contains("CHƯƠNG TRÌNH").contains("Thời gian: ngày 27 tháng 3 năm 2025.");
      }

      row.findElement(By.cssSelector("a.tdf-record-link")).click();
      browser.waitFor(By.cssSelector(".tdf-record .tdf-instance"));
      browser.screenshot("documents-2-ended-conference-record");
      // the whole record, also what lies below Cockpit's scrolled view (getText gives only what is on screen)
      String page = (String) browser.driver.executeScript("return arguments[0].innerText",
          browser.driver.findElement(By.cssSelector(".tdf-record")));
      Files.writeString(Browser.SCREENSHOTS.resolve("documents-2-ended-conference-record.txt"), page);
      assertThat(page).contains("Quy trình hội nghị đã kết thúc lúc").contains("Hồ sơ hội nghị — ")
          .contains("27/03/2025").contains("Đã báo cáo kết quả lên cấp trên")
          .contains("Trả lại").contains("Thiếu báo cáo thành tích của tập thể").contains("Duyệt")
          .contains("Vòng biểu quyết 1").contains("Có mặt").contains("140")
          .contains("Báo cáo tổng kết (DOCX)");
      assertThat(browser.driver.getCurrentUrl()).contains("#/thi-dua/hoi-nghi?id=" + conferenceId);
      assertThat(browser.driver.findElements(By.cssSelector(".tdf-record .tdf-documents a"))).hasSize(5);
      browser.driver.executeScript("arguments[0].scrollIntoView()",
          browser.driver.findElement(By.cssSelector(".tdf-record .tdf-reviews")));
      browser.screenshot("documents-3-ended-conference-reviews-and-documents");
    }
  }
}

package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.submission.SubmissionFixture;

/**
 * Issue 22 in headless Chromium, on the test plan {@code test-early-submission} (Huyện Văn Quan): Thị trấn Văn Quan
 * schedules with a theme and a venue, sets up its organizing committee (signed decision uploaded) and sends its plan to
 * Sở Nội vụ on the fixed date; Xã Trấn Ninh schedules after that date and is escalated. The district's standing office
 * opens the dashboard in Cockpit — each commune's submissions with their state and its committee's decision are on its
 * row, the late one marked — then Thị trấn Văn Quan's record page: the committee (decision, the signed file's link,
 * members by role and sub-committee), the submissions, theme and venue. Screenshots in {@code target/screenshots/}.
 */
@ThiDuaFlowHttpTest
class SubmissionRecordBrowserTest {

  private static final String EARLY = "06253";
  private static final String LATE = "06256";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired ConferenceQueries conferences;
  @Autowired CouncilDirectory councils;
  @Autowired ConferenceDocumentService documents;

  private SubmissionFixture fixture;
  private Campaign campaign;

  @BeforeAll
  void twoCommunesOfVanQuanAtTheirSubmissions() {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    fixture = new SubmissionFixture(context);
    campaign = fixture.start("test-early-submission", LocalDateTime.of(2025, 1, 2, 8, 0), "submissions-browser.test");
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.scheduleWithThemeAndVenue(EARLY, "2025-03-10", "Đoàn kết, đổi mới, thi đua phát triển",
        "Hội trường UBND thị trấn Văn Quan");
    fixture.upload(EARLY, "organizing-committee-decision", "qd-ban-to-chuc.pdf", "office");
    fixture.establishCommittee(EARLY, "12/QĐ-UBND", "2025-01-03", SubmissionFixture.COMMITTEE_MEMBERS);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 15, 10, 0));
    fixture.upload(EARLY, "unit-plan", "ke-hoach.pdf", "secretary");
    fixture.send(EARLY, "plan-to-home-affairs");
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 20, 9, 0));
    fixture.driver(LATE).schedule("2025-03-25");
    fixture.upload(LATE, "organizing-committee-decision", "qd.pdf", "office");
    fixture.establishCommittee(LATE, "03/QĐ-UBND", "2025-01-20", SubmissionFixture.COMMITTEE_MEMBERS);
    fixture.runExecutableTimers(LATE);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private String text(Browser browser, String css) {
    return (String) browser.driver.executeScript("return arguments[0].innerText",
        browser.driver.findElement(By.cssSelector(css)));
  }

  @Test
  void theDistrictsOfficeSeesEachCommunesSubmissionsAndCommitteeOnTheDashboardAndOnTheRecordPage() throws Exception {
    Conference district = conferences.ofCampaign(campaign.getId(), Tier.OWN).get(0);
    String office = councils.holder(district.getId(), CouncilRole.STANDING_OFFICE);
    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", office, Http.PASSWORD);
      browser.open("/camunda/app/cockpit/default/#/thi-dua?campaign=" + campaign.getId());
      browser.waitFor(By.cssSelector("table.tdf-units"));
      WebElement early = browser.waitFor(By.cssSelector("tr.tdf-unit[data-unit-code='" + EARLY + "']"));
      String earlyRow = (String) browser.driver.executeScript("return arguments[0].innerText", early);
      assertThat(earlyRow).contains("Kế hoạch tổ chức Hội nghị và Quyết định thành lập Ban Tổ chức — hạn 15/01/2025: "
          + "Đã gửi 15/01/2025 10:00").contains("hạn 18/02/2025: Chưa gửi")
          .contains("QĐ số 12/QĐ-UBND ngày 03/01/2025");
      WebElement late = browser.driver.findElement(By.cssSelector("tr.tdf-unit[data-unit-code='" + LATE + "']"));
      assertThat(late.findElements(By.cssSelector(".tdf-submission-escalated"))).hasSize(1);
      assertThat((String) browser.driver.executeScript("return arguments[0].innerText", late))
          .contains("Quá hạn — đã báo cáo Chủ tịch Hội đồng");
      String unscheduled = (String) browser.driver.executeScript("return arguments[0].innerText",
          browser.driver.findElement(By.cssSelector("tr.tdf-unit[data-unit-code='06268']")));
      assertThat(unscheduled).contains("Chưa thành lập");
      browser.driver.executeScript("arguments[0].scrollIntoView()", early);
      browser.screenshot("submissions-1-dashboard-rows");

      early.findElement(By.cssSelector("a.tdf-record-link")).click();
      browser.waitFor(By.cssSelector(".tdf-record .tdf-committee-members"));
      String page = text(browser, ".tdf-record");
      Files.writeString(Browser.SCREENSHOTS.resolve("submissions-2-record.txt"), page);
      assertThat(page).contains("Chủ đề").contains("Đoàn kết, đổi mới, thi đua phát triển")
          .contains("Hội trường UBND thị trấn Văn Quan")
          .contains("Ban Tổ chức").contains("Số 12/QĐ-UBND ngày 03/01/2025").contains("qd-ban-to-chuc.pdf")
          .contains("Văn bản gửi trước hội nghị").contains("Sở Nội vụ tỉnh Lạng Sơn").contains("18/02/2025");
      assertThat(text(browser, ".tdf-committee-members")).contains("Hoàng Văn Minh\tTrưởng ban\tBan Tổ chức")
          .contains("Lý Thị Hoa\tPhó Trưởng ban\tTiểu ban Nội dung")
          .contains("Nông Văn Tài\tThành viên\tTiểu ban Tuyên truyền");
      assertThat(text(browser, ".tdf-record-submissions")).contains("Đã gửi 15/01/2025 10:00").contains("Chưa gửi");
      WebElement file = browser.driver.findElement(By.cssSelector("a.tdf-committee-file"));
      assertThat(file.getAttribute("href")).endsWith(documents.byCode(fixture.conference(EARLY).getId())
          .get("organizing-committee-decision").downloadPath());
      browser.driver.executeScript("arguments[0].scrollIntoView()",
          browser.driver.findElement(By.cssSelector(".tdf-committee-members")));
      browser.screenshot("submissions-3-record-committee-and-submissions");

      Browser.Fetched signed = browser.fetchInSession(file.getAttribute("href"));
      assertThat(signed.status()).as("the signed decision, through the session link").isEqualTo(200);
      assertThat(signed.head()).startsWith("%PDF");
    }
  }
}

package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.award.DecisionIssuer;
import vn.thiduaflow.award.DecisionIssuer.Recipient;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;

/**
 * Issue 24's panel "Khen thưởng" on the Cockpit dashboard, in a real browser: Bình An's standing office opens its
 * campaign's dashboard after a decision commended one collective and two individuals, reads the counts by level,
 * sector and title, and downloads the XLSX through the panel's link in its session. Screenshot in
 * {@code target/screenshots/cockpit-awards-1-panel.png}.
 */
@ThiDuaFlowHttpTest
class AwardStatisticsBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired DecisionIssuer issuer;
  @Autowired NominationRepository nominations;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theStandingOfficeReadsTheAwardCountsAndDownloadsTheWorkbook() {
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign binhAn = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(binhAn, Http.PASSWORD, "award-stats-browser.test");
    Long conferenceId = Long.valueOf(runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(binhAn.getProcessInstanceId()).processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .list().get(0).getBusinessKey());
    Long hamlet = nominations.save(new Nomination(conferenceId, "Ấp Bình Thạnh", NomineeKind.COLLECTIVE,
        NomineeTitle.EXEMPLAR, 2024, PresentationSource.RESIDENTIAL_GROUP, false)).getId();
    Long teacher = nominations.save(new Nomination(conferenceId, "Nguyễn Thị Hoa", NomineeKind.INDIVIDUAL,
        NomineeTitle.EMULATION_FIGHTER, 2024, PresentationSource.AGENCY, false)).getId();
    Long member = nominations.save(new Nomination(conferenceId, "Lê Văn Tâm", NomineeKind.INDIVIDUAL,
        NomineeTitle.GOOD_PERSON_GOOD_DEED, 2024, PresentationSource.MASS_ORGANIZATION, false)).getId();
    issuer.issue(new DecisionIssuer.DecisionRequest("21064", "Ủy ban nhân dân xã Bình An", "QĐ-UBND",
        LocalDate.of(2025, 3, 27), "GIAY_KHEN_CHU_TICH_XA", "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "COMMUNE",
        binhAn.getId(), conferenceId, "CHỦ TỊCH", "Trần Văn Bình", List.of(
            new Recipient(NomineeKind.COLLECTIVE, "Ấp Bình Thạnh", null, "Xã Bình An", null, hamlet),
            new Recipient(NomineeKind.INDIVIDUAL, "Nguyễn Thị Hoa", 1982, "Trường Tiểu học Bình An", null, teacher),
            new Recipient(NomineeKind.INDIVIDUAL, "Lê Văn Tâm", 1975, "Hội Nông dân xã", null, member))), "test");

    String office = councils.holder(conferenceId, CouncilRole.STANDING_OFFICE);
    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", office, Http.PASSWORD);
      browser.open("/camunda/app/cockpit/default/#/thi-dua?campaign=" + binhAn.getId());
      WebElement panel = browser.waitFor(By.cssSelector(".tdf-awards"));
      browser.driver.executeScript("arguments[0].scrollIntoView()", panel);
      browser.screenshot("cockpit-awards-1-panel");
      assertThat(panel.findElement(By.tagName("h3")).getText()).isEqualTo("Khen thưởng");
      assertThat(panel.findElement(By.cssSelector(".tdf-awards-total")).getText())
          .contains("1 quyết định khen thưởng: 1 tập thể, 2 cá nhân (tổng số 3)");
      assertThat(panel.findElement(By.cssSelector(".tdf-awards-level tbody")).getText()).isEqualTo("Cấp xã 1 2 3");
      assertThat(panel.findElements(By.cssSelector(".tdf-awards-sector tbody tr"))).as("the lines that count someone")
          .hasSize(3);
      assertThat(panel.findElement(By.cssSelector(".tdf-awards-title")).getText()).contains("Chiến sĩ thi đua")
          .contains("Gương người tốt, việc tốt");

      String href = panel.findElement(By.cssSelector("a.tdf-awards-xlsx")).getDomAttribute("href");
      assertThat(href).endsWith("/dashboard/campaigns/" + binhAn.getId() + "/awards/statistics.xlsx");
      Browser.Fetched xlsx = browser.fetchInSession(href);
      assertThat(xlsx.status()).isEqualTo(200);
      assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(xlsx.head()).startsWith("PK");
      assertThat(browser.visibleText()).doesNotContain("undefined").doesNotContain("null");
    }
  }
}

package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.award.AwardWorkbookFiles;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;

/**
 * Issue 24's page «Sổ khen thưởng» in Cockpit, in a real browser: Bình An's standing office finds the page in the menu,
 * uploads a register with a wrong date (the problem is listed by row and column, nothing stored), then the corrected
 * one, finds the award by a name typed without accents, and opens a certificate template's test print in its session.
 * Screenshots in {@code target/screenshots/cockpit-award-register-*.png}.
 */
@ThiDuaFlowHttpTest
class AwardRegisterBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theStandingOfficeImportsEarlierAwardsAndFindsThem() throws Exception {
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign binhAn = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(binhAn, Http.PASSWORD, "award-register-browser.test");
    Long conferenceId = Long.valueOf(runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(binhAn.getProcessInstanceId()).processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .list().get(0).getBusinessKey());
    String office = councils.holder(conferenceId, CouncilRole.STANDING_OFFICE);
    String tag = "b" + UUID.randomUUID().toString().substring(0, 5);
    Path dir = Files.createTempDirectory("award-register");
    Object[] wrong = AwardWorkbookFiles.good("Trương Thị Ngọc Ánh " + tag);
    wrong[8] = "31/02/2023";
    Path wrongFile = Files.write(dir.resolve("so-khen-thuong-sai.xlsx"), AwardWorkbookFiles.filled(List.of(
        AwardWorkbookFiles.good("Đỗ Văn Hùng " + tag), wrong)));
    Path goodFile = Files.write(dir.resolve("so-khen-thuong.xlsx"), AwardWorkbookFiles.filled(List.of(
        AwardWorkbookFiles.good("Đỗ Văn Hùng " + tag), AwardWorkbookFiles.good("Trương Thị Ngọc Ánh " + tag))));

    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", office, Http.PASSWORD);
      browser.open("/camunda/app/cockpit/default/#/thi-dua");
      browser.click(By.cssSelector("a[href='#/so-khen-thuong']"));
      browser.waitFor(By.cssSelector(".tdf-awards-page .tdf-award-filters"));
      assertThat(browser.driver.findElement(By.cssSelector(".tdf-awards-page h2")).getText())
          .isEqualTo("Sổ khen thưởng");

      browser.driver.findElement(By.cssSelector("input.tdf-award-file")).sendKeys(wrongFile.toString());
      browser.waitForText(By.cssSelector(".tdf-award-chosen"), "so-khen-thuong-sai.xlsx");
      browser.click(By.cssSelector("button.tdf-award-upload-button"));
      browser.waitForText(By.cssSelector(".tdf-award-message"), "chưa được nhập dòng nào");
      WebElement message = browser.driver.findElement(By.cssSelector(".tdf-award-message"));
      browser.driver.executeScript("arguments[0].scrollIntoView()", message);
      browser.screenshot("cockpit-award-register-1-problems");
      assertThat(message.findElements(By.cssSelector(".tdf-award-problems li"))).extracting(WebElement::getText)
          .containsExactly("Dòng 6, cột Ngày quyết định (ô J6): «31/02/2023» không phải là ngày (ngày/tháng/năm, "
              + "ví dụ 27/03/2025)");

      browser.driver.findElement(By.cssSelector("input.tdf-award-file")).sendKeys(goodFile.toString());
      browser.waitForText(By.cssSelector(".tdf-award-chosen"), "so-khen-thuong.xlsx");
      browser.click(By.cssSelector("button.tdf-award-upload-button"));
      browser.waitForText(By.cssSelector(".tdf-award-message"), "Đã nhập 2 khen thưởng");

      WebElement name = browser.driver.findElement(By.cssSelector("input[name='name']"));
      name.clear();
      name.sendKeys("truong thi ngoc anh " + tag);
      browser.click(By.cssSelector("button.tdf-award-search"));
      browser.waitForText(By.cssSelector(".tdf-award-summary"), "Khen thưởng 1–1 trong 1");
      browser.screenshot("cockpit-award-register-2-found");
      List<WebElement> cells = browser.driver.findElements(By.cssSelector(".tdf-award-results tbody tr td"));
      assertThat(cells).extracting(WebElement::getText).containsExactly("1", "Trương Thị Ngọc Ánh " + tag,
          "Cá nhân", "1980", "Trường Tiểu học Bình An (21064)", "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Cấp xã",
          "15/QĐ-UBND", "27/03/2023", "Nhập từ sổ cũ");

      WebElement testPrint = browser.waitFor(By.cssSelector(".tdf-award-certificates a.tdf-award-test-print"));
      browser.driver.executeScript("arguments[0].scrollIntoView()", testPrint);
      browser.screenshot("cockpit-award-register-3-certificates");
      Browser.Fetched pdf = browser.fetchInSession(testPrint.getDomAttribute("href"));
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.head()).startsWith("%PDF");
      Browser.Fetched template = browser.fetchInSession(browser.driver.findElement(
          By.cssSelector("a.tdf-award-template")).getDomAttribute("href"));
      assertThat(template.status()).isEqualTo(200);
      assertThat(template.head()).startsWith("PK");
      assertThat(browser.visibleText()).doesNotContain("undefined").doesNotContain("null").doesNotContain("NaN")
          .doesNotContain("Choose File").doesNotContain("No file chosen").contains("tối đa 5.000 dòng");
    }
  }
}

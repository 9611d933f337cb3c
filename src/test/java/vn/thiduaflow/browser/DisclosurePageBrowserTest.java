package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.disclosure.DisclosureCommentRepository;
import vn.thiduaflow.disclosure.PublicDisclosure;
import vn.thiduaflow.disclosure.PublicDisclosureRepository;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;

/**
 * Issue 24's public disclosure page in a real browser, without a login: Bình An's list (test plan with a 10-working-day
 * disclosure) is in the index of open lists; its page shows the period, the clause and each line's number, name, unit
 * and title; a comment on the first nominee is sent from the form and stored; an empty one is refused in Vietnamese.
 * Screenshots in {@code target/screenshots/public-disclosure-*.png}.
 */
@ThiDuaFlowHttpTest
class DisclosurePageBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired PublicDisclosureRepository disclosures;
  @Autowired DisclosureCommentRepository comments;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anyoneReadsTheProposedListAndSendsAComment() throws Exception {
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaigns.start("test-binh-an-disclosure-2025").getProcessInstanceId())
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE).list().get(0);
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.schedule("2025-03-27");
    driver.sendNominations();
    PublicDisclosure d = disclosures.findByConferenceId(Long.valueOf(unit.getBusinessKey())).orElseThrow();

    String nominee;
    try (Browser browser = new Browser(port)) {
      browser.open("/cong-khai/");
      browser.click(By.cssSelector("#open-lists a[href='?ds=" + d.getId() + "']"));
      browser.waitFor(By.cssSelector("#entries tr"));
      assertThat(browser.driver.findElement(By.id("list-unit")).getText()).isEqualTo("Xã Bình An");
      assertThat(browser.driver.findElement(By.id("list-period")).getText())
          .isEqualTo("Thời gian góp ý: từ 20/02/2025 đến hết ngày 06/03/2025.");
      WebElement first = browser.driver.findElement(By.cssSelector("#entries tr"));
      assertThat(first.findElements(By.tagName("td"))).hasSize(4);
      nominee = first.findElements(By.tagName("td")).get(1).getText();

      browser.click(By.id("send"));
      assertThat(browser.driver.findElement(By.id("text")).getAttribute("validationMessage"))
          .as("the browser's own check of the required text").isNotBlank();
      new Select(browser.driver.findElement(By.id("entry"))).selectByIndex(1);
      browser.driver.findElement(By.id("author")).sendKeys("Nguyễn Thị Hoa, thôn An Hải");
      browser.driver.findElement(By.id("text")).sendKeys("Tôi biết rõ thành tích của " + nominee + ", đồng ý.");
      browser.click(By.id("send"));
      browser.waitForText(By.id("result"), "Đã nhận ý kiến của bạn ngày 20/02/2025");
      browser.screenshot("public-disclosure-1-comment-sent");
      assertThat(browser.visibleText()).doesNotContain("undefined").doesNotContain("null");

      browser.driver.findElement(By.id("text")).sendKeys("   ");
      browser.click(By.id("send"));
      browser.waitForText(By.id("result"), "Nội dung ý kiến không được để trống");
      browser.screenshot("public-disclosure-2-empty-refused");
    }
    String name = nominee;
    assertThat(comments.findByDisclosureIdOrderById(d.getId())).singleElement().satisfies(c -> {
      assertThat(c.getEntryNumber()).isEqualTo(1);
      assertThat(c.getAuthorName()).isEqualTo("Nguyễn Thị Hoa, thôn An Hải");
      assertThat(c.getText()).contains(name);
    });
  }
}

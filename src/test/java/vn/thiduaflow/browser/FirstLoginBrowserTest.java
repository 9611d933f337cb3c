package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.AccessGrants;
import vn.thiduaflow.security.FirstPasswordChange;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;

/**
 * Issue 20, first login in a real browser: a user whose first password the administrator gave logs in to Tasklist, is
 * sent to Camunda's Welcome page, changes the password there, and from then on works in Tasklist.
 */
@ThiDuaFlowHttpTest
class FirstLoginBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired AccessGrants grants;

  @Test
  void aPasswordGivenByTheAdministratorIsChangedAtTheFirstLoginInTheBrowser() {
    Http.ensureAdmin(engine);
    String group = CouncilRole.MEMBER.groupId("21052");
    if (identityService.createGroupQuery().groupId(group).count() == 0) {
      identityService.saveGroup(identityService.newGroup(group));
    }
    grants.grantRole(group, CouncilRole.MEMBER);
    // the administrator creates the user with a first password (as in Camunda Admin)
    identityService.setAuthentication("test-admin", List.of("camunda-admin"));
    try {
      var user = identityService.newUser("lan.thanhvien");
      user.setFirstName("Lê Thị Lan");
      user.setLastName("");
      user.setPassword("Mat-khau-dau1!");
      identityService.saveUser(user);
    } finally {
      identityService.clearAuthentication();
    }
    identityService.createMembership("lan.thanhvien", group);
    assertThat(FirstPasswordChange.required(identityService, "lan.thanhvien")).isTrue();

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "lan.thanhvien", "Mat-khau-dau1!");
      // Tasklist's first call is refused: the browser is sent to the Welcome page's profile
      try {
        Browser.waitUpTo(browser.driver, 30)
            .until(d -> d.getCurrentUrl().contains("/app/welcome/"));
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError("not sent to the Welcome page: " + browser.driver.getCurrentUrl() + " "
            + browser.evidence("first-login"), e);
      }
      By changePassword = By.cssSelector("a[ng-click=\"showForm('password')\"]");
      try {
        Browser.waitUpTo(browser.driver, 30).until(d -> !d.findElements(changePassword).isEmpty());
      } catch (org.openqa.selenium.TimeoutException slowFirstLoad) {
        // the Welcome app's first load on a busy machine (its scripts are loaded once per JVM): load it again once
        browser.driver.navigate().refresh();
      }
      browser.click(changePassword);
      browser.waitFor(By.id("user-password-current")).sendKeys("Mat-khau-dau1!");
      browser.driver.findElement(By.id("inputPassword")).sendKeys("Mat-khau-rieng2!");
      browser.driver.findElement(By.id("user-password-confirmation")).sendKeys("Mat-khau-rieng2!");
      assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Đổi mật khẩu của bạn");
      browser.screenshot("first-login-1-change-password");
      By submit = By.cssSelector("form[name='changePassword'] button[type='submit']");
      Browser.waitUpTo(browser.driver, 10).until(d -> d.findElement(submit).isEnabled());
      browser.clickInView(browser.driver.findElement(submit));
      Browser.waitUpTo(browser.driver, 30)
          .until(d -> !FirstPasswordChange.required(identityService, "lan.thanhvien"));
      browser.open("/camunda/app/tasklist/default/");
      browser.waitForText(By.tagName("body"), "Việc của tôi");
      assertThat(browser.driver.getCurrentUrl()).contains("/app/tasklist/");
      browser.screenshot("first-login-2-tasklist");
    }
    assertThat(identityService.checkPassword("lan.thanhvien", "Mat-khau-rieng2!")).isTrue();
  }
}

package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;

/**
 * Who gets a campaign's award statistics over HTTP (issue 24): the people the dashboard shows the campaign's units —
 * on {@code /api} with Basic authentication (JSON and XLSX) and in Cockpit's session (the panel's link) — and nobody
 * else: another campaign's standing office, like a campaign that does not exist, gets 404.
 */
@ThiDuaFlowHttpTest
class AwardStatisticsHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired DecisionIssuer issuer;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private Long conferenceOf(Campaign c, String mailDomain) {
    accounts.ensureAccounts(c, Http.PASSWORD, mailDomain);
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(c.getProcessInstanceId()).processDefinitionKey(ProcessModel.UNIT_CONFERENCE).list()
        .get(0);
    return Long.valueOf(unit.getBusinessKey());
  }

  @Test
  void theUnitsPeopleGetTheFiguresAndTheWorkbookAndAnotherUnitGets404() throws Exception {
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign binhAn = campaigns.start("binh-an-27-2025");
    Long conferenceId = conferenceOf(binhAn, "award-stats-a.test");
    Campaign vanYen = campaigns.start("van-yen-2020");
    Long otherId = conferenceOf(vanYen, "award-stats-b.test");
    issuer.issue(new DecisionIssuer.DecisionRequest("21064", "Ủy ban nhân dân xã Bình An", "QĐ-UBND",
        LocalDate.of(2025, 3, 27), "GIAY_KHEN_CHU_TICH_XA", "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "COMMUNE",
        binhAn.getId(), conferenceId, "CHỦ TỊCH", "Trần Văn Bình", List.of(
            new DecisionIssuer.Recipient(NomineeKind.COLLECTIVE, "Ấp Bình An", null, "Xã Bình An", null, null),
            new DecisionIssuer.Recipient(NomineeKind.INDIVIDUAL, "Nguyễn Văn An", 1975, "Xã Bình An", null, null))),
        "test");
    Http http = new Http(port);
    String office = councils.holder(conferenceId, CouncilRole.STANDING_OFFICE);
    String secretary = councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY);
    String intruder = councils.holder(otherId, CouncilRole.STANDING_OFFICE);
    String xlsx = "/api/campaigns/" + binhAn.getId() + "/awards/statistics.xlsx";

    for (String allowed : List.of(office, secretary, "test-admin")) {
      Http.Download d = http.bytes(allowed, "GET", xlsx, null, null);
      assertThat(d.status()).as(allowed + ": " + d.text()).isEqualTo(200);
      assertThat(d.header("Content-Type")).startsWith(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(d.header("Content-Disposition")).contains("so-lieu-khen-thuong-" + binhAn.getId() + ".xlsx");
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
        var sheet = wb.getSheet("Theo đối tượng");
        assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(4).getNumericCellValue()).isEqualTo(2.0);
      }
    }
    Http.Answer figures = http.get(office, "/api/campaigns/" + binhAn.getId() + "/awards/statistics");
    assertThat(figures.status()).as(figures.body()).isEqualTo(200);
    assertThat(figures.json().get("collectives").asInt()).isEqualTo(1);
    assertThat(figures.json().get("individuals").asInt()).isEqualTo(1);

    Http.Download refused = http.bytes(intruder, "GET", xlsx, null, null);
    assertThat(refused.status()).as("another campaign's standing office").isEqualTo(404);
    assertThat(refused.text()).doesNotContain("Bình An");
    assertThat(http.get(intruder, "/api/campaigns/" + binhAn.getId() + "/awards/statistics").status())
        .isEqualTo(404);
    assertThat(http.bytes(office, "GET", "/api/campaigns/999999999/awards/statistics.xlsx", null, null).status())
        .as("no such campaign").isEqualTo(404);
    assertThat(new Http(port).send(null, null, "GET", xlsx, null, null).status()).as("no login").isEqualTo(401);

    // the panel's link, in Cockpit's session: the office gets it, the other campaign's office 404
    String cockpit = "/camunda/api/cockpit/plugin/thiduaflow/default/dashboard/campaigns/" + binhAn.getId()
        + "/awards/statistics.xlsx";
    HttpResponse<byte[]> mine = cockpitSession(office).get(cockpit);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(new String(mine.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(cockpitSession(intruder).get(cockpit).statusCode()).isEqualTo(404);
  }

  /** A Cockpit login with the test password, keeping the session's cookies and CSRF token. */
  private CockpitSession cockpitSession(String user) throws Exception {
    CockpitSession s = new CockpitSession();
    s.get("/camunda/app/cockpit/default/");
    HttpResponse<byte[]> login = s.send(HttpRequest.newBuilder(URI.create(s.base + "/camunda/api/admin/auth/user/"
        + "default/login/cockpit")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(Http.PASSWORD, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(user + " logs in to Cockpit").isEqualTo(200);
    return s;
  }

  private final class CockpitSession {
    final String base = "http://localhost:" + port;
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String token;

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
          .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
          .findFirst().ifPresent(t -> token = t);
      response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.equals("Required")).ifPresent(t -> token = t);
      return response;
    }
  }
}

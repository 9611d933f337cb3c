package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
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
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * The award register over {@code /api} (issue 24): a unit's secretary imports earlier awards from the XLSX template
 * for the unit, finds them by a name typed without accents, and another unit's secretary finds none of them (nor
 * imports for that unit: the row is refused with its cell, nothing is stored); a user with no unit role is refused
 * (403), no login 401; pages are capped at {@value AwardRegister#MAX_PAGE}; the standing office gets a template's
 * test print (PDF).
 */
@ThiDuaFlowHttpTest
class AwardHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired ConferenceQueries conferences;
  @Autowired IdentityService identityService;
  @Autowired UnitDirectory units;

  private final String tag = UUID.randomUUID().toString().substring(0, 6);

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

  /** A multipart body with the file in part {@code file}. */
  private static byte[] multipart(String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes("\r\n--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private Http.Download upload(Http http, String user, byte[] xlsx) {
    return http.bytes(user, "POST", "/api/awards/import", "multipart/form-data; boundary=b0undary",
        multipart("so-khen-thuong.xlsx", xlsx));
  }

  private JsonNode search(Http http, String user, String query) throws Exception {
    Http.Answer a = http.get(user, "/api/awards?" + query);
    assertThat(a.status()).as(user + " " + query + ": " + a.body()).isEqualTo(200);
    return a.json();
  }

  @Test
  void aUnitImportsItsEarlierAwardsAndOnlyItsPeopleFindThem() throws Exception {
    String t = "a" + tag;
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Long mine = conferenceOf(campaigns.start("binh-an-27-2025"), "award-http-a.test");
    Long other = conferenceOf(campaigns.start("van-yen-2020"), "award-http-b.test");
    String unit = conferences.get(mine).getUnitCode();
    String otherUnit = conferences.get(other).getUnitCode();
    String secretary = councils.holder(mine, CouncilRole.UNIT_SECRETARY);
    String office = councils.holder(mine, CouncilRole.STANDING_OFFICE);
    String intruder = councils.holder(other, CouncilRole.UNIT_SECRETARY);
    String member = councils.holder(mine, CouncilRole.MEMBER);
    Http http = new Http(port);

    List<Object[]> rows = List.of(AwardWorkbookFiles.good("Nguyễn Thị Ánh Tuyết " + t),
        AwardWorkbookFiles.good("Đặng Văn Đức " + t));
    Http.Download imported = upload(http, secretary, AwardWorkbookFiles.filled(rows));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.text()).contains("\"imported\":2").contains("\"" + unit + "\":2");

    // found by a name typed without accents, by the unit's members and office; the other unit's secretary sees none
    String query = "name=" + URLEncoder.encode("nguyen thi anh tuyet " + t, StandardCharsets.UTF_8);
    for (String allowed : List.of(secretary, office, member, "test-admin")) {
      JsonNode found = search(http, allowed, query);
      assertThat(found.get("total").asInt()).as(allowed).isEqualTo(1);
      JsonNode row = found.get("rows").get(0);
      assertThat(row.get("name").asText()).isEqualTo("Nguyễn Thị Ánh Tuyết " + t);
      assertThat(row.get("unitCode").asText()).isEqualTo(unit);
      assertThat(row.get("source").asText()).isEqualTo("IMPORT");
      assertThat(row.get("decidedOn").asText()).isEqualTo("2023-03-27");
      assertThat(row.get("levelLabel").asText()).isEqualTo("Cấp xã");
    }
    assertThat(search(http, intruder, query).get("total").asInt()).as("another unit's secretary").isZero();
    assertThat(search(http, intruder, query + "&unitCode=" + unit).get("total").asInt())
        .as("naming the unit does not widen what one reads").isZero();
    assertThat(search(http, secretary, "award=giay%20khen&from=2023-03-27&to=2023-03-27&name=" + t)
        .get("total").asInt()).as("the period's both ends are included").isEqualTo(2);
    assertThat(search(http, secretary, "name=" + t + "&to=2023-03-26").get("total").asInt()).isZero();

    // the other unit's secretary may not import for this unit: the row is refused at its code cell, nothing stored
    Object[] foreign = AwardWorkbookFiles.good("Hoàng Văn Xa " + t);
    foreign[4] = unit;
    Http.Download refused = upload(http, intruder, AwardWorkbookFiles.filled(List.<Object[]>of(
        AwardWorkbookFiles.good("Hoàng Văn Gần " + t), foreign)));
    assertThat(refused.status()).isEqualTo(400);
    JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body());
    assertThat(problem.get("errors")).hasSize(1);
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("F6");
    assertThat(problem.get("errors").get(0).get("vi").asText()).startsWith("Dòng 6, cột Mã đơn vị (nếu có) (ô F6): "
        + "đơn vị mã «" + unit + "» không thuộc các đơn vị bạn được nhập sổ khen thưởng (" + otherUnit);
    assertThat(search(http, intruder, "name=hoang%20van%20gan%20" + t).get("total").asInt())
        .as("one wrong row: nothing of the file is stored").isZero();

    // the same file again: every row is already in the register
    Http.Download again = upload(http, secretary, AwardWorkbookFiles.filled(rows));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.text()).contains("Dòng 5, cột Họ và tên / Tên tập thể (ô B5): đã có trong sổ khen thưởng")
        .contains("ô B6");
    assertThat(search(http, secretary, "name=" + t).get("total").asInt()).isEqualTo(2);

    // only .xlsx; a member (no import role) 403; no login 401
    Http.Download xls = http.bytes(secretary, "POST", "/api/awards/import", "multipart/form-data; boundary=b0undary",
        multipart("so-khen-thuong.xls", AwardWorkbookFiles.filled(rows)));
    assertThat(xls.status()).isEqualTo(400);
    assertThat(xls.text()).contains("Chỉ nhận tệp Excel .xlsx");
    Http.Download byMember = upload(http, member, AwardWorkbookFiles.filled(rows));
    assertThat(byMember.status()).as(byMember.text()).isEqualTo(403);
    assertThat(byMember.text()).contains("không được nhập sổ khen thưởng");
    assertThat(new Http(port).send(null, null, "GET", "/api/awards", null, null).status()).isEqualTo(401);
  }

  @Test
  void theStandingOfficeOfAUnitImportsAndReadsForTheUnitsDirectlyBelowIt() throws Exception {
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign city = campaigns.start("lang-son-city-2024");
    conferenceOf(city, "award-http-f.test");
    Conference district = conferences.ofCampaign(city.getId(), null).stream()
        .filter(c -> c.getUnitCode().equals("178")).findFirst().orElseThrow();
    Long binhAn = conferenceOf(campaigns.start("binh-an-27-2025"), "award-http-g.test");
    AdministrativeUnit unit = units.find(conferences.structureOf(district), district.getUnitCode()).orElseThrow();
    assertThat(unit.childCodes()).as(unit.name() + " has units below it").isNotEmpty();
    String commune = unit.childCodes().get(0);
    String office = councils.holder(district.getId(), CouncilRole.STANDING_OFFICE);
    String secretary = councils.holder(district.getId(), CouncilRole.UNIT_SECRETARY);
    String outsider = councils.holder(binhAn, CouncilRole.STANDING_OFFICE);
    String u = "u" + tag;
    Http http = new Http(port);

    Object[] below = AwardWorkbookFiles.good("Lý Thị Dưới " + u);
    below[4] = commune;
    Http.Download imported = upload(http, office, AwardWorkbookFiles.filled(List.<Object[]>of(below)));
    assertThat(imported.status()).as("the office imports for a unit below: " + imported.text()).isEqualTo(200);
    assertThat(search(http, office, "name=ly%20thi%20duoi%20" + u).get("rows").get(0).get("unitCode").asText())
        .isEqualTo(commune);
    assertThat(search(http, outsider, "name=ly%20thi%20duoi%20" + u).get("total").asInt())
        .as("another commune's standing office").isZero();
    Http.Download bySecretary = upload(http, secretary, AwardWorkbookFiles.filled(List.<Object[]>of(below)));
    assertThat(bySecretary.status()).as("the secretary imports for the own unit only").isEqualTo(400);
    assertThat(bySecretary.text()).contains("Dòng 5, cột Mã đơn vị (nếu có) (ô F5): đơn vị mã «" + commune
        + "» không thuộc");
    Object[] sideways = AwardWorkbookFiles.good("Lý Văn Ngang " + u);
    sideways[4] = commune;
    Http.Download byOutsider = upload(http, outsider, AwardWorkbookFiles.filled(List.<Object[]>of(sideways)));
    assertThat(byOutsider.status()).as("another unit's office").isEqualTo(400);
    assertThat(byOutsider.text()).contains("ô F5");
  }

  @Test
  void aUserWithNoUnitRoleIsRefusedAndPagesAreCapped() throws Exception {
    Http.ensureAdmin(engine);
    if (identityService.createUserQuery().userId("award-outsider").count() == 0) {
      var user = identityService.newUser("award-outsider");
      user.setPassword(Http.PASSWORD);
      identityService.saveUser(user);
    }
    Http http = new Http(port);
    Http.Answer outsider = http.get("award-outsider", "/api/awards?name=an");
    assertThat(outsider.status()).as(outsider.body()).isEqualTo(403);
    assertThat(outsider.json().get("vi").asText()).isEqualTo("award-outsider không có vai trò nào được xem sổ khen "
        + "thưởng (Hội đồng Thi đua - Khen thưởng, Thường trực Hội đồng, thủ trưởng hoặc thư ký của một đơn vị)");

    // more rows than a page holds, for the administrator (every unit)
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < AwardRegister.MAX_PAGE + 1; i++) {
      Object[] row = AwardWorkbookFiles.good("Người trang " + "p" + tag + " " + i);
      row[4] = "21064";
      rows.add(row);
    }
    Http.Download imported = upload(http, "test-admin", AwardWorkbookFiles.filled(rows));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    JsonNode capped = search(http, "test-admin", "name=nguoi%20trang%20p" + tag + "&size=500");
    assertThat(capped.get("size").asInt()).isEqualTo(AwardRegister.MAX_PAGE);
    assertThat(capped.get("rows")).hasSize(AwardRegister.MAX_PAGE);
    assertThat(capped.get("total").asInt()).isEqualTo(AwardRegister.MAX_PAGE + 1);
    assertThat(capped.get("pages").asInt()).isEqualTo(2);
    JsonNode exact = search(http, "test-admin", "name=nguoi%20trang%20p" + tag + "&size=" + AwardRegister.MAX_PAGE
        + "&page=1");
    assertThat(exact.get("rows")).hasSize(1);
    Http.Answer negative = http.get("test-admin", "/api/awards?page=-1&size=0");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().get("errors")).hasSize(2);
    Http.Answer badDay = http.get("test-admin", "/api/awards?from=27/03/2025");
    assertThat(badDay.status()).isEqualTo(400);
    assertThat(badDay.json().get("field").asText()).isEqualTo("from");
  }

  @Test
  void theStandingOfficeGetsATemplatesTestPrint() throws Exception {
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Long mine = conferenceOf(campaigns.start("binh-an-27-2025"), "award-http-c.test");
    String office = councils.holder(mine, CouncilRole.STANDING_OFFICE);
    String secretary = councils.holder(mine, CouncilRole.UNIT_SECRETARY);
    Http http = new Http(port);
    Http.Answer list = http.get(office, "/api/certificates/templates");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains("\"id\":\"" + CertificateTemplates.DEFAULT + "\"");
    Http.Download pdf = http.bytes(office, "GET", "/api/certificates/templates/" + CertificateTemplates.DEFAULT
        + "/test-print.pdf", null, null);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    assertThat(pdf.header("Content-Disposition")).contains("in-thu-giay-khen.pdf");
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    assertThat(http.bytes(secretary, "GET", "/api/certificates/templates/" + CertificateTemplates.DEFAULT
        + "/test-print.pdf", null, null).status()).as("a secretary is not the office that prints").isEqualTo(403);
    assertThat(http.bytes(office, "GET", "/api/certificates/templates/khong-co/test-print.pdf", null, null).status())
        .isEqualTo(404);
    Http.Download template = http.bytes(secretary, "GET", "/api/awards/template.xlsx", null, null);
    assertThat(template.status()).isEqualTo(200);
    assertThat(new String(template.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
  }

  @Test
  void cockpitsPageWorksInTheWebappSessionWithTheSameRules() throws Exception {
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Long mine = conferenceOf(campaigns.start("binh-an-27-2025"), "award-http-d.test");
    Long other = conferenceOf(campaigns.start("van-yen-2020"), "award-http-e.test");
    String office = councils.holder(mine, CouncilRole.STANDING_OFFICE);
    String intruder = councils.holder(other, CouncilRole.STANDING_OFFICE); // Cockpit: chair, office, upper council
    String base = "/camunda/api/cockpit/plugin/thiduaflow-awards/default/awards";
    String c = "c" + tag;

    CockpitSession session = cockpitSession(office);
    HttpResponse<byte[]> me = session.get(base + "/me");
    assertThat(me.statusCode()).isEqualTo(200);
    String meText = new String(me.body(), StandardCharsets.UTF_8);
    assertThat(meText).contains("\"canRead\":true").contains("\"canImport\":true").contains("\"canPrint\":true")
        .contains("\"maxRows\":5000");
    HttpResponse<byte[]> imported = session.send(HttpRequest.newBuilder(URI.create(session.base + base + "/import"))
        .header("Content-Type", "application/octet-stream").header("X-File-Name", "s%E1%BB%95.xlsx")
        .POST(HttpRequest.BodyPublishers.ofByteArray(AwardWorkbookFiles.filled(List.<Object[]>of(
            AwardWorkbookFiles.good("Vũ Thị Hằng " + c))))));
    assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    HttpResponse<byte[]> found = session.get(base + "?name=vu%20thi%20hang%20" + c);
    assertThat(new String(found.body(), StandardCharsets.UTF_8)).contains("\"total\":1")
        .contains("Vũ Thị Hằng " + c);
    HttpResponse<byte[]> wrong = session.send(HttpRequest.newBuilder(URI.create(session.base + base + "/import"))
        .header("Content-Type", "application/octet-stream").header("X-File-Name", "sai.xlsx")
        .POST(HttpRequest.BodyPublishers.ofByteArray(AwardWorkbookFiles.filled(List.<Object[]>of(
            new Object[] {"Vũ Văn Sai " + c, "Cá nhân", 1980, "Xã Bình An", null, "Giấy khen", "Cấp xã", "1/QĐ",
                "32/01/2020"})))));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("Dòng 5, cột Ngày quyết định (ô J5): "
        + "«32/01/2020» không phải là ngày");
    HttpResponse<byte[]> pdf = session.get(base + "/certificates/" + CertificateTemplates.DEFAULT + "/test-print.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    assertThat(session.get("/camunda/api/cockpit/plugin/thiduaflow-awards/static/app/plugin.js").statusCode())
        .isEqualTo(200);

    CockpitSession theirs = cockpitSession(intruder);
    assertThat(new String(theirs.get(base + "?name=vu%20thi%20hang%20" + c).body(), StandardCharsets.UTF_8))
        .as("another unit's standing office").contains("\"total\":0");
    HttpResponse<byte[]> noToken = theirs.client.send(HttpRequest.newBuilder(URI.create(theirs.base + base
        + "/import")).header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(
            new byte[] {1})).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(noToken.statusCode()).as("a POST without the CSRF token").isEqualTo(403);
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

  /** Cookies and the CSRF token of one webapp session (as AwardStatisticsHttpTest keeps them). */
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

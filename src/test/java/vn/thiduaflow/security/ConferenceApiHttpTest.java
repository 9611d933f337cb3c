package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.document.ConferenceDocuments;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * The project's API as its users call it, over HTTP with their own credentials: the unit secretary enters the nominee
 * list while nominations are open (up to exactly 1,000 rows), council members read it, the chair reads the audit trail
 * ("who did what, when", in words); anyone may check a plan file before onboarding; and Tasklist's own login and
 * changes work with the webapp's CSRF token.
 */
@ThiDuaFlowHttpTest
class ConferenceApiHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired vn.thiduaflow.plan.PlanCatalog plans;

  private Http http;
  private ProcessInstance unit;
  private String conference;
  private Long campaign;
  private String secretary;
  private String chair;
  private String member;

  @BeforeAll
  void aConferenceWaitingForNominations() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    http = new Http(port);
    Campaign c = campaigns.start("binh-an-27-2025");
    campaign = c.getId();
    accounts.ensureAccounts(c, Http.PASSWORD, "api.test");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .singleResult();
    conference = unit.getBusinessKey();
    secretary = councils.holder(Long.valueOf(conference), CouncilRole.UNIT_SECRETARY);
    chair = councils.holder(Long.valueOf(conference), CouncilRole.CHAIR);
    member = councils.holder(Long.valueOf(conference), CouncilRole.MEMBER);
    // the secretary schedules over Camunda's REST API, as Tasklist does
    String task = taskService.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId();
    assertThat(http.json(secretary, "POST", "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\":{\"conferenceForm\":{\"value\":\"EXEMPLAR_COMMENDATION_CONFERENCE\"},"
            + "\"conferenceDate\":{\"value\":\"2025-03-27\"},\"edition\":{\"value\":\"III\"}}}").status())
        .isEqualTo(204);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }


  private static String row(String name, String kind, String title, int year) {
    return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"recognizedYear\":"
        + year + ",\"source\":\"AGENCY\",\"unitCode\":\"21064\"}";
  }

  @Test
  void theSecretaryEntersTheNomineeListAndTheCouncilReadsIt() {
    Http.Answer saved = http.json(secretary, "PUT", "/api/conferences/" + conference + "/nominees",
        "[" + row("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024) + ","
            + row("Trường Tiểu học Bình An", "COLLECTIVE", "EXEMPLAR", 2023) + "]");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json()).hasSize(2);
    assertThat(saved.json().get(0).get("name").asText()).isEqualTo("Nguyễn Thị Hoa");
    assertThat(saved.json().get(1).get("kind").asText()).isEqualTo("COLLECTIVE");
    assertThat(saved.json().get(0).get("unitName").asText()).isEqualTo("Xã Bình An");

    Http.Answer read = http.get(member, "/api/conferences/" + conference + "/nominees");
    assertThat(read.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    read.json().forEach(n -> names.add(n.get("name").asText()));
    assertThat(names).containsExactly("Nguyễn Thị Hoa", "Trường Tiểu học Bình An");
    // a council member may read the list, not replace it
    assertThat(http.json(member, "PUT", "/api/conferences/" + conference + "/nominees",
        "[" + row("Lê Văn Tâm", "INDIVIDUAL", "EXEMPLAR", 2024) + "]").status()).isEqualTo(403);
  }

  @Test
  void aListOfExactlyTheMaximumIsAcceptedAndEachNameMayBeAsShortAsTwoLetters() {
    List<String> rows = new ArrayList<>(IntStream.range(0, NomineeListService.MAX_ROWS - 1)
        .mapToObj(i -> row("Người Số " + i, "INDIVIDUAL", "EXEMPLAR", 2024)).toList());
    rows.add(row("Lý", "INDIVIDUAL", "EXEMPLAR", 2024));
    Collections.shuffle(rows);
    Http.Answer saved = http.json(secretary, "PUT", "/api/conferences/" + conference + "/nominees",
        "[" + String.join(",", rows) + "]");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json()).hasSize(1000);
    // and back to a short list, as the other test expects either order
    assertThat(http.json(secretary, "PUT", "/api/conferences/" + conference + "/nominees",
        "[" + row("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024) + ","
            + row("Trường Tiểu học Bình An", "COLLECTIVE", "EXEMPLAR", 2023) + "]").status()).isEqualTo(200);
  }

  /** The downloaded template with its nominee rows replaced by these (name, kind, title, year, source, unit code). */
  private static byte[] filled(byte[] template, Object[]... rows) throws IOException {
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = wb.getSheet("Danh sách đề cử");
      for (int r = sheet.getLastRowNum(); r >= NomineeWorkbook.FIRST_DATA_ROW - 1; r--) {
        if (sheet.getRow(r) != null) {
          sheet.removeRow(sheet.getRow(r));
        }
      }
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(NomineeWorkbook.FIRST_DATA_ROW - 1 + i);
        row.createCell(0).setCellValue(i + 1);
        for (int c = 0; c < rows[i].length; c++) {
          if (rows[i][c] instanceof Integer n) {
            row.createCell(c + 1).setCellValue(n);
          } else {
            row.createCell(c + 1).setCellValue((String) rows[i][c]);
          }
        }
      }
      var out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void theSecretaryFillsTheExcelTemplateAndAFileWithErrorsImportsNothing() throws IOException {
    String base = "/api/conferences/" + conference;
    assertThat(http.json(secretary, "PUT", base + "/nominees",
        "[" + row("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024) + ","
            + row("Trường Tiểu học Bình An", "COLLECTIVE", "EXEMPLAR", 2023) + "]").status()).isEqualTo(200);
    // only those who manage the unit's list get its template
    assertThat(http.bytes(member, "GET", base + "/nominees/template.xlsx", null, null).status()).isEqualTo(403);
    Http.Download template = http.bytes(secretary, "GET", base + "/nominees/template.xlsx", null, null);
    assertThat(template.status()).isEqualTo(200);
    assertThat(template.header("Content-Type")).isEqualTo(NomineeWorkbook.MEDIA_TYPE);
    assertThat(template.header("Content-Disposition")).contains("mau-danh-sach-de-cu-" + conference + ".xlsx");

    // a file with a wrong label (C6) and a unit outside the commune (G7): both reported, nothing imported
    Http.Download refused = http.bytes(secretary, "PUT", base + "/nominees", NomineeWorkbook.MEDIA_TYPE,
        filled(template.body(),
            new Object[] {"Lê Văn Tâm", "Cá nhân", "Chiến sĩ thi đua", 2024, "Cơ quan, đơn vị", "21064"},
            new Object[] {"Hội Nông dân xã", "Tập thẻ", "Điển hình tiên tiến", 2023, "Đoàn thể", ""},
            new Object[] {"Trần Văn Bình", "Cá nhân", "Điển hình tiên tiến", 2022, "Cá nhân", "00001"}));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    List<String> cells = new ArrayList<>();
    new ObjectMapper().readTree(refused.text()).get("errors").forEach(e -> cells.add(e.get("field").asText()));
    assertThat(cells).containsExactly("C6", "G7");
    List<String> names = new ArrayList<>();
    http.get(secretary, base + "/nominees").json().forEach(n -> names.add(n.get("name").asText()));
    assertThat(names).containsExactly("Nguyễn Thị Hoa", "Trường Tiểu học Bình An");

    // the corrected file replaces the list
    Http.Download saved = http.bytes(secretary, "PUT", base + "/nominees", NomineeWorkbook.MEDIA_TYPE,
        filled(template.body(),
            new Object[] {"Nguyễn Thị Hoa", "Cá nhân", "Chiến sĩ thi đua", 2024, "Cơ quan, đơn vị", "21064"},
            new Object[] {"Trường Tiểu học Bình An", "Tập thể", "Điển hình tiên tiến", 2023, "Cơ quan, đơn vị", ""},
            new Object[] {"Hội Nông dân xã", "Tập thể", "Điển hình tiên tiến", 2023, "Đoàn thể", ""}));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(saved.text())).hasSize(3);

    // a council member downloads the council's list
    Http.Download list = http.bytes(member, "GET", base + "/documents/nominees.xlsx", null, null);
    assertThat(list.status()).isEqualTo(200);
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(list.body()))) {
      Sheet sheet = wb.getSheet("Danh sách đề cử");
      assertThat(sheet.getRow(NomineeWorkbook.FIRST_DATA_ROW + 1).getCell(1).getStringCellValue())
          .isEqualTo("Hội Nông dân xã");
    }
    // back to the two rows the other tests expect
    assertThat(http.json(secretary, "PUT", base + "/nominees",
        "[" + row("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024) + ","
            + row("Trường Tiểu học Bình An", "COLLECTIVE", "EXEMPLAR", 2023) + "]").status()).isEqualTo(200);
  }

  @Test
  void aCouncilMemberDownloadsTheDelegateListBeforeTheCompositionIsProposed() throws IOException {
    Http.Download list = http.bytes(member, "GET", "/api/conferences/" + conference + "/documents/delegates.xlsx",
        null, null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("Content-Disposition")).contains("danh-sach-dai-bieu-" + conference + ".xlsx");
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(list.body()))) {
      Sheet sheet = wb.getSheet("Danh sách đại biểu");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH ĐẠI BIỂU");
      assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("Chưa đề xuất cơ cấu");
    }
    // someone of another unit does not learn that the conference exists
    assertThat(http.bytes("nobody.test", "GET", "/api/conferences/" + conference + "/documents/delegates.xlsx",
        null, null).status()).isIn(401, 404);
  }

  @Test
  void theProgrammeAndTheReportSkeletonAreWordDocumentsOfTheUnit() throws IOException {
    String base = "/api/conferences/" + conference + "/documents/";
    Http.Download programme = http.bytes(member, "GET", base + "programme.docx", null, null);
    assertThat(programme.status()).isEqualTo(200);
    assertThat(programme.header("Content-Type")).isEqualTo(ConferenceDocuments.MEDIA_TYPE);
    assertThat(programme.header("Content-Disposition")).contains("chuong-trinh-hoi-nghi-" + conference + ".docx");
    try (var doc = new XWPFDocument(new ByteArrayInputStream(programme.body()));
        var text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHƯƠNG TRÌNH",
          "Hội nghị tuyên dương điển hình tiên tiến Xã Bình An", "Lần thứ III (2025 - 2030)", "1. Chào cờ.");
    }
    Http.Download report = http.bytes(chair, "GET", base + "summary-report.docx", null, null);
    assertThat(report.status()).isEqualTo(200);
    try (var doc = new XWPFDocument(new ByteArrayInputStream(report.body()));
        var text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("BÁO CÁO", "Thực hiện Kế hoạch số 27/KH-UBND");
    }
  }

  @Test
  void theChairReadsTheCampaignDashboardAndAWrongFilterIsNamed() {
    Http.Answer board = http.get(chair, "/api/campaigns/" + campaign + "/dashboard?stage=NOMINATIONS&size=10");
    assertThat(board.status()).as(board.body()).isEqualTo(200);
    assertThat(board.json().get("total").asLong()).isEqualTo(1);
    assertThat(board.json().get("rows").get(0).get("conferenceId").asText()).isEqualTo(conference);
    assertThat(board.json().get("rows").get(0).get("stage").asText()).isEqualTo("NOMINATIONS");
    assertThat(board.json().get("perStage").get("NOMINATIONS").asLong()).isEqualTo(1);

    Http.Answer wrong = http.get(chair, "/api/campaigns/" + campaign + "/dashboard?stage=VOTING");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("field").asText()).isEqualTo("stage");
    assertThat(http.get(null, "/api/campaigns/" + campaign + "/dashboard").status()).isEqualTo(401);
  }

  @Test
  void cockpitsDashboardPluginAnswersTheLoggedInChairAndNobodyElse() {
    String plugin = "/camunda/api/cockpit/plugin/thiduaflow/default/dashboard/campaigns";
    Http browser = new Http(port, true);
    String token = browser.send(null, null, "GET", "/camunda/app/cockpit/default/", null, null).cookie("XSRF-TOKEN");
    assertThat(webappGet(browser, token, plugin).status())
        .as("no session").isEqualTo(401);
    Http.Answer login = browser.send(null, null, "POST", "/camunda/api/admin/auth/user/default/login/cockpit",
        "application/x-www-form-urlencoded", "username=" + chair + "&password=" + Http.PASSWORD.replace("!", "%21"),
        "X-XSRF-TOKEN", token);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    token = Http.latestCsrfToken(login, token);

    Http.Answer choices = webappGet(browser, token, plugin);
    assertThat(choices.status()).as(choices.body()).isEqualTo(200);
    JsonNode chosen = null;
    for (JsonNode c : choices.json().get("campaigns")) {
      if (c.get("rootCampaignId").asLong() == campaign) {
        chosen = c;
      }
    }
    assertThat(chosen).as("the chair's campaign is offered").isNotNull();
    assertThat(chosen.get("label").asText()).startsWith("Kế hoạch số 27/KH-UBND — ");
    assertThat(choices.json().get("stages").get(3).get("label").asText()).as("after «Chờ đại biểu cấp dưới», «Đề cử»")
        .isEqualTo("Biểu quyết");
    assertThat(choices.json().get("levels").get(3).get("label").asText()).isEqualTo("Cấp xã");

    Http.Answer page = webappGet(browser, token, plugin + "/" + campaign + "?stage=NOMINATIONS&size=10");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().get("total").asLong()).isEqualTo(1);
    assertThat(page.json().get("rows").get(0).get("conferenceId").asText()).isEqualTo(conference);
    assertThat(page.json().get("rows").get(0).get("nextDeadlineOn").asText()).as("ISO dates")
        .matches("\\d{4}-\\d{2}-\\d{2}");
    Http.Answer wrong = webappGet(browser, token, plugin + "/" + campaign + "?size=201");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("field").asText()).isEqualTo("size");
  }

  /** A GET in a webapp session, as the browser sends it: session cookie and the latest CSRF token. */
  private static Http.Answer webappGet(Http browser, String token, String path) {
    return browser.send(null, null, "GET", path, null, null, "X-XSRF-TOKEN", token);
  }

  @Test
  void theAuditTrailSaysWhoDidWhatAndWhenInWords() {
    assertThat(http.json(secretary, "PUT", "/api/conferences/" + conference + "/nominees",
        "[" + row("Nguyễn Thị Hoa", "INDIVIDUAL", "EMULATION_FIGHTER", 2024) + ","
            + row("Trường Tiểu học Bình An", "COLLECTIVE", "EXEMPLAR", 2023) + "]").status()).isEqualTo(200);
    Http.Answer trail = http.get(chair, "/api/conferences/" + conference + "/audit");
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    trail.json().forEach(entries::add);
    // the secretary's schedule form, as a completed task and as the model's step
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.get("actor").asText()).isEqualTo(secretary);
      assertThat(e.get("action").asText()).isEqualTo("Complete");
      assertThat(e.get("label").asText()).isEqualTo("Gửi biểu mẫu, hoàn thành công việc / Task completed");
      assertThat(e.get("detail").asText()).isEmpty();
    });
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.get("actor").asText()).isEqualTo(secretary);
      assertThat(e.get("action").asText()).isEqualTo("COMPLETED");
      assertThat(e.get("step").asText()).isEqualTo(engine.getRepositoryService()
          .getBpmnModelInstance(unit.getProcessDefinitionId()).getModelElementById("UserTask_ScheduleConference")
          .getAttributeValue("name"));
    });
    // the engine's own steps are the system's
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.get("actor").asText()).isEqualTo("hệ thống");
      assertThat(e.get("detail").asText()).isEqualTo("ServiceTask_CheckConferencePlan");
    });
    // the nominee list, with who sent it
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.get("actor").asText()).isEqualTo(secretary);
      assertThat(e.get("action").asText()).isEqualTo("NOMINEE_LIST");
      assertThat(e.get("label").asText()).startsWith("Cập nhật danh sách đề cử");
    });
    // oldest first
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).get("at").asText()).isGreaterThanOrEqualTo(entries.get(i - 1).get("at").asText());
    }
    // not for a council member
    assertThat(http.get(member, "/api/conferences/" + conference + "/audit").status()).isEqualTo(403);
  }

  @Test
  void aSeedPlanFileChecksCleanAndNothingIsStored() throws IOException {
    String yaml;
    try (InputStream in = getClass().getResourceAsStream("/plans/van-yen-2020.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Http.Answer checked = http.send(member, Http.PASSWORD, "POST", "/api/plans/check", "application/yaml",
        yaml.replace("id: van-yen-2020", "id: van-yen-2020-copy"));
    assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    assertThat(checked.json().get("id").asText()).isEqualTo("van-yen-2020-copy");
    assertThat(checked.json().get("issuer").asText()).isEqualTo("18097");
    assertThat(checked.json().get("approval").get("thresholdPercent").asInt()).isPositive();
    assertThat(checked.json().get("renamesToMake")).as("the bundled file is in the current format").isEmpty();
    assertThat(plans.find("van-yen-2020-copy")).isEmpty();
    // a file of the old format is still checked clean, and told what to rename
    String old = yaml.replace("id: van-yen-2020", "id: van-yen-2020-old").replace("\napproval:", "\ncouncilVote:");
    Http.Answer oldChecked = http.send(member, Http.PASSWORD, "POST", "/api/plans/check", "application/yaml", old);
    assertThat(oldChecked.status()).as(oldChecked.body()).isEqualTo(200);
    assertThat(oldChecked.json().get("renamesToMake").toString()).contains("councilVote → approval");
  }



  @Test
  void tasklistsLoginAndAClaimWorkWithTheCsrfToken() {
    Http browser = new Http(port, true);
    Http.Answer page = browser.send(null, null, "GET", "/camunda/app/tasklist/default/", null, null);
    String token = page.cookie("XSRF-TOKEN");
    assertThat(token).isNotBlank();
    Http.Answer login = browser.send(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=" + secretary + "&password="
            + Http.PASSWORD.replace("!", "%21"), "X-XSRF-TOKEN", token);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    // the webapp issues a fresh token for the logged-in session; the browser sends the latest one it was given
    token = Http.latestCsrfToken(login, token);
    Http.Answer tasks = browser.send(null, null, "GET", "/camunda/api/engine/engine/default/task?processInstanceId="
        + unit.getId(), null, null, "X-XSRF-TOKEN", token);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    token = Http.latestCsrfToken(tasks, token);
    String task = tasks.json().get(0).get("id").asText();
    Http.Answer claim = browser.send(null, null, "POST", "/camunda/api/engine/engine/default/task/" + task + "/claim",
        "application/json", "{\"userId\":\"" + secretary + "\"}", "X-XSRF-TOKEN", token);
    assertThat(claim.status()).as(claim.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(secretary);
    taskService.setAssignee(task, null);
  }
}

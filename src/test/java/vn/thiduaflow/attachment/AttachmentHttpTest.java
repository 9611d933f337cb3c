package vn.thiduaflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.ConferenceRepository;
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
import vn.thiduaflow.unit.UnitLevel;

/**
 * Who may do what with nominees' files through the Tasklist plugin's API, logged in to Tasklist as a browser is
 * (session cookie, CSRF token), on Vĩnh Thuận's campaign (172/KH-UBND): the secretary of a commune at its nominations
 * uploads, downloads, replaces and deletes; the secretary of another commune, and a user of Tasklist with no task
 * there, get the same 404 as for what does not exist, on the list, the upload (also with a nominee of the other
 * commune sent through their own task) and the download; nothing is stored when refused. After the nominations the
 * standing office uploads in its composition task (the uploader alone replaces or deletes); once the vote opens a
 * council member with a vote task downloads, finds the links in the vote's proposal, and nothing can change any more.
 * The chair at the minutes of the count downloads them (XLSX) in the same session; another unit gets 404. The
 * secretary at the nominations downloads the nominee template and uploads it filled: a wrong cell is refused at its
 * cell with nothing stored, a right file replaces the list and the open task shows it; another unit gets 404.
 */
@ThiDuaFlowHttpTest
class AttachmentHttpTest {

  private static final String API = "/camunda/api/tasklist/plugin/thiduaflow-attachments/default/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired ConferenceRepository conferenceRepository;
  @Autowired ConferenceQueries conferences;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired NomineeListService lists;
  @Autowired AttachmentService attachments;

  /**
   * The commune whose secretary uploads; the one whose secretary tries to; the one that goes on to its vote; the one
   * whose vote is counted.
   */
  private Conference uploading;
  private Conference other;
  private Conference voting;
  private Conference counted;
  /** The commune whose secretary replaces the list with the XLSX template through the nominations task. */
  private Conference listed;
  private static final String NOBODY = "attachments.nobody";

  @BeforeAll
  void vinhThuansCommunesAtTheirNominations() {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2024, 10, 28, 8, 0));
    Campaign campaign = campaigns.start("vinh-thuan-172-2024");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "attachments.test");
    for (int round = 0; round < 5; round++) {
      managementService.createJobQuery().processInstanceId(campaign.getProcessInstanceId()).executable().list()
          .forEach(j -> managementService.executeJob(j.getId()));
    }
    // the pilot commune (Vĩnh Bình Nam) consults the district first; three others schedule at once
    List<Conference> communes = conferenceRepository.findByCampaignIdOrderById(campaign.getId()).stream()
        .filter(c -> c.getUnitLevel() == UnitLevel.COMMUNE).filter(c -> !c.getUnitCode().equals("31063")).toList();
    uploading = communes.get(3);
    other = communes.get(4);
    voting = communes.get(5);
    counted = communes.get(6);
    listed = communes.get(2);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    for (Conference c : List.of(uploading, other, voting, listed)) {
      new ConferenceDriver(engine, councils, instanceOf(c)).schedule("2025-03-26");
      lists.replaceAndShow(conferences.get(c.getId()), List.of(entry("Nguyễn Thị Hoa"), entry("Trần Văn Bình")),
          "test");
    }
    if (identityService.createUserQuery().userId(NOBODY).count() == 0) {
      var user = identityService.newUser(NOBODY);
      user.setFirstName("Người ngoài");
      user.setLastName("(không có việc)");
      user.setPassword(Http.PASSWORD);
      identityService.saveUser(user);
      Authorization tasklist = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      tasklist.setUserId(NOBODY);
      tasklist.setResource(Resources.APPLICATION);
      tasklist.setResourceId("tasklist");
      tasklist.addPermission(Permissions.ACCESS);
      authorizationService.saveAuthorization(tasklist);
    }
  }

  /**
   * Closes the vote this class left open (every member agrees), so that no blank ballot of an open vote task stays in
   * the database the HTTP tests share (SecretBallotHttpTest reads every table for choices).
   */
  @AfterAll
  void closeTheOpenVoteAndResetClock() {
    try {
      ProcessInstance instance = instanceOf(voting);
      if (instance != null) {
        ConferenceDriver driver = new ConferenceDriver(engine, councils, instance);
        for (var vote : taskService.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(Elements.VOTE_ON_NOMINEES).list()) {
          driver.complete(vote, withVariables(Fields.BALLOT, "APPROVE"));
        }
        driver.executeBallotContinuations();
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private static Entry entry(String name) {
    return new Entry(name, "INDIVIDUAL", "EMULATION_FIGHTER", 2024, "AGENCY", null, null, null);
  }

  private ProcessInstance instanceOf(Conference conference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("UnitConference")
        .processInstanceBusinessKey(String.valueOf(conference.getId())).singleResult();
  }

  private String nominationsTask(Conference conference) {
    return taskService.createTaskQuery().processInstanceId(instanceOf(conference).getId())
        .taskDefinitionKey(Elements.SUBMIT_NOMINATIONS).singleResult().getId();
  }

  @Autowired vn.thiduaflow.nomination.NominationRepository nominationRepository;

  private List<Nomination> nomineesOf(Conference conference) {
    return nominationRepository.findByConferenceIdOrderById(conference.getId());
  }

  private int storedFor(Conference conference) {
    return attachments.byNomination(conference.getId()).values().stream().mapToInt(List::size).sum();
  }

  @Test
  void theSecretaryUploadsDownloadsReplacesAndDeletesAndOtherUnitsAndStrangersGetNothing() throws Exception {
    String secretary = councils.holder(uploading.getId(), CouncilRole.UNIT_SECRETARY);
    String otherSecretary = councils.holder(other.getId(), CouncilRole.UNIT_SECRETARY);
    String task = nominationsTask(uploading);
    Nomination hoa = nomineesOf(uploading).get(0);
    Webapp tasklist = Webapp.login(port, secretary);

    // the tab's list: the nominees, no files yet, an upload control
    Http.Download list = tasklist.send("GET", API + "tasks/" + task + "/nominees", null, null);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    JsonNode listed = JSON.readTree(list.body());
    assertThat(listed.path("applicable").asBoolean()).isTrue();
    assertThat(listed.path("canUpload").asBoolean()).isTrue();
    assertThat(listed.path("uploadTask").asText()).isEqualTo("NOMINATIONS");
    assertThat(listed.path("maxBytes").asLong()).isEqualTo(10L << 20);
    assertThat(listed.path("nominees").get(0).path("name").asText()).isEqualTo("Nguyễn Thị Hoa");
    assertThat(listed.path("nominees").get(0).path("attachments")).isEmpty();

    // a PDF sent as a .docx with a browser's Content-Type for Word: stored as what it is
    byte[] pdf = AttachmentFiles.pdf();
    Http.Download uploaded = tasklist.send("POST", API + "tasks/" + task + "/nominees/" + hoa.getId()
        + "/attachments", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf,
        "X-File-Name", URLEncoder.encode("Tóm tắt thành tích.docx", StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    JsonNode file = JSON.readTree(uploaded.body());
    assertThat(file.path("fileName").asText()).isEqualTo("Tóm tắt thành tích.docx.pdf");
    assertThat(file.path("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(file.path("sizeBytes").asLong()).isEqualTo(pdf.length);
    assertThat(file.path("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(file.path("uploadedBy").asText()).isEqualTo(secretary);
    assertThat(file.path("uploadedAtText").asText()).isEqualTo("02/01/2025 08:00");
    long id = file.path("id").asLong();
    assertThat(file.path("downloadPath").asText()).isEqualTo(attachments.downloadPath(id))
        .isEqualTo(API + "attachments/" + id);

    // the download: the stored type, as an attachment under its name, never sniffed, never cached
    Http.Download download = tasklist.send("GET", attachments.downloadPath(id), null, null);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.header("Content-Type")).startsWith("application/pdf");
    assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"Tom tat thanh tich.docx.pdf\";"
        + " filename*=UTF-8''T%C3%B3m%20t%E1%BA%AFt%20th%C3%A0nh%20t%C3%ADch.docx.pdf");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Cache-Control")).contains("no-store");

    // refused, nothing stored: HTML and an executable (400, in Vietnamese), no CSRF token (Camunda's 403)
    int stored = storedFor(uploading);
    Http.Download html = tasklist.send("POST", API + "tasks/" + task + "/nominees/" + hoa.getId() + "/attachments",
        "application/pdf", AttachmentFiles.html(), "X-File-Name", "tom-tat.pdf");
    assertThat(html.status()).isEqualTo(400);
    assertThat(html.header("Content-Type")).startsWith("application/problem+json");
    assertThat(JSON.readTree(html.body()).path("vi").asText()).startsWith("Tệp có nội dung kiểu text/html; chỉ nhận PDF");
    assertThat(tasklist.send("POST", API + "tasks/" + task + "/nominees/" + hoa.getId() + "/attachments",
        "application/pdf", AttachmentFiles.exe(), "X-File-Name", "tom-tat.pdf").status()).isEqualTo(400);
    assertThat(tasklist.sendWithoutCsrf("POST", API + "tasks/" + task + "/nominees/" + hoa.getId()
        + "/attachments", pdf).status()).isEqualTo(403);
    assertThat(storedFor(uploading)).isEqualTo(stored);

    // another commune's secretary: 404 like an unknown task or file, on the list, the upload and the download
    Webapp intruder = Webapp.login(port, otherSecretary);
    Http.Download unknownFile = intruder.send("GET", API + "attachments/999999999", null, null);
    assertThat(unknownFile.status()).isEqualTo(404);
    Http.Download foreignFile = intruder.send("GET", API + "attachments/" + id, null, null);
    assertThat(foreignFile.status()).isEqualTo(404);
    assertThat(sameButIds(foreignFile, unknownFile)).isTrue();
    assertThat(intruder.send("GET", API + "tasks/" + task + "/nominees", null, null).status()).isEqualTo(404);
    Http.Download unknownTask = intruder.send("GET", API + "tasks/no-such-task/nominees", null, null);
    Http.Download foreignTask = intruder.send("POST", API + "tasks/" + task + "/nominees/" + hoa.getId()
        + "/attachments", "application/pdf", pdf, "X-File-Name", "x.pdf");
    assertThat(foreignTask.status()).isEqualTo(404);
    assertThat(sameButIds(foreignTask, unknownTask)).isTrue();
    // through their own nominations task with a nominee of the other commune: the task decides the conference
    Http.Download switched = intruder.send("POST", API + "tasks/" + nominationsTask(other) + "/nominees/"
        + hoa.getId() + "/attachments", "application/pdf", pdf, "X-File-Name", "x.pdf");
    assertThat(switched.status()).as(switched.text()).isEqualTo(404);
    assertThat(intruder.send("DELETE", API + "attachments/" + id, null, null).status()).isEqualTo(404);
    assertThat(intruder.send("PUT", API + "attachments/" + id, "application/pdf", pdf).status()).isEqualTo(404);

    // a Tasklist user with no task and no group there: nothing either
    Webapp nobody = Webapp.login(port, NOBODY);
    assertThat(nobody.send("GET", API + "tasks/" + task + "/nominees", null, null).status()).isEqualTo(404);
    assertThat(nobody.send("GET", API + "attachments/" + id, null, null).status()).isEqualTo(404);
    assertThat(nobody.send("POST", API + "tasks/" + task + "/nominees/" + hoa.getId() + "/attachments",
        "application/pdf", pdf, "X-File-Name", "x.pdf").status()).isEqualTo(404);
    assertThat(storedFor(uploading)).isEqualTo(stored);
    assertThat(storedFor(other)).isZero();

    // the uploader replaces the file (same id, same link) and deletes a second one
    byte[] png = AttachmentFiles.image("png");
    Http.Download replaced = tasklist.send("PUT", API + "attachments/" + id, "image/png", png, "X-File-Name",
        "ban-chup.png");
    assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    assertThat(JSON.readTree(replaced.body()).path("id").asLong()).isEqualTo(id);
    assertThat(tasklist.send("GET", attachments.downloadPath(id), null, null).body()).isEqualTo(png);
    long second = JSON.readTree(tasklist.send("POST", API + "tasks/" + task + "/nominees/" + hoa.getId()
        + "/attachments", "application/pdf", pdf, "X-File-Name", "ban-2.pdf").body()).path("id").asLong();
    assertThat(tasklist.send("DELETE", API + "attachments/" + second, null, null).status()).isEqualTo(204);
    assertThat(attachments.find(second)).isEmpty();
    assertThat(attachments.find(id)).isPresent();
  }

  /** The XLSX template after an edit of its nominee sheet, as the bytes a unit uploads. */
  private static byte[] edited(byte[] template, java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> edit)
      throws IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
      edit.accept(wb.getSheet("Danh sách đề cử"));
      var out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** Writes a nominee on the template's row {@code excelRow} (1-based, the first data row is 5). */
  private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, int excelRow, String name, Object year) {
    var row = sheet.createRow(excelRow - 1);
    row.createCell(0).setCellValue(excelRow - 4);
    row.createCell(1).setCellValue(name);
    row.createCell(2).setCellValue("Cá nhân");
    row.createCell(3).setCellValue("Chiến sĩ thi đua");
    if (year instanceof Integer y) {
      row.createCell(4).setCellValue(y);
    } else {
      row.createCell(4).setCellValue((String) year);
    }
    row.createCell(5).setCellValue("Cơ quan, đơn vị");
  }

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void theSecretaryReplacesTheListWithTheXlsxTemplateThroughTheNominationsTaskAndOtherUnitsGetNothing()
      throws Exception {
    String secretary = councils.holder(listed.getId(), CouncilRole.UNIT_SECRETARY);
    String task = nominationsTask(listed);
    Webapp tasklist = Webapp.login(port, secretary);

    // the tab offers the template and the upload on the nominations task
    JsonNode tab = JSON.readTree(tasklist.send("GET", API + "tasks/" + task + "/nominees", null, null).body());
    assertThat(tab.path("nomineeList").path("templatePath").asText())
        .isEqualTo(API + "tasks/" + task + "/nominee-template.xlsx");
    assertThat(tab.path("nomineeList").path("uploadPath").asText()).isEqualTo(API + "tasks/" + task
        + "/nominee-list");
    assertThat(tab.path("nomineeList").path("maxBytes").asInt()).isEqualTo(1 << 20);

    // the template, filled with the stored list
    Http.Download template = tasklist.send("GET", API + "tasks/" + task + "/nominee-template.xlsx", null, null);
    assertThat(template.status()).as(template.text()).isEqualTo(200);
    assertThat(template.header("Content-Type")).startsWith(XLSX);
    assertThat(template.header("Content-Disposition")).isEqualTo("attachment; filename=\"mau-danh-sach-de-cu-"
        + listed.getId() + ".xlsx\"; filename*=UTF-8''mau-danh-sach-de-cu-" + listed.getId() + ".xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template.body()))) {
      var sheet = wb.getSheet("Danh sách đề cử");
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Trần Văn Bình");
    }

    // a wrong year at E5: refused at its cell, nothing stored
    byte[] wrong = edited(template.body(), sheet -> fill(sheet, 5, "Lê Văn Tâm", "năm ngoái"));
    Http.Download refused = tasklist.send("PUT", API + "tasks/" + task + "/nominee-list", XLSX, wrong);
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.path("errors")).anySatisfy(e -> {
      assertThat(e.path("field").asText()).isEqualTo("E5");
      assertThat(e.path("vi").asText()).startsWith("Dòng 5, cột E");
      assertThat(e.path("en").asText()).startsWith("Row 5, column E");
    });
    assertThat(nomineesOf(listed)).extracting(Nomination::getNomineeName)
        .containsExactly("Nguyễn Thị Hoa", "Trần Văn Bình");

    // another commune's secretary, and a user with no task there: the same 404 as for no such task; nothing stored
    byte[] right = edited(template.body(), sheet -> {
      fill(sheet, 5, "Lê Văn Tâm", 2024);
      fill(sheet, 7, "Phạm Thị Lan", 2023);
    });
    Webapp intruder = Webapp.login(port, councils.holder(other.getId(), CouncilRole.UNIT_SECRETARY));
    Http.Download foreignTemplate = intruder.send("GET", API + "tasks/" + task + "/nominee-template.xlsx", null, null);
    assertThat(foreignTemplate.status()).isEqualTo(404);
    Http.Download unknownTemplate = intruder.send("GET", API + "tasks/no-such-task/nominee-template.xlsx", null,
        null);
    assertThat(sameButIds(foreignTemplate, unknownTemplate)).isTrue();
    assertThat(intruder.send("PUT", API + "tasks/" + task + "/nominee-list", XLSX, right).status()).isEqualTo(404);
    assertThat(Webapp.login(port, NOBODY).send("PUT", API + "tasks/" + task + "/nominee-list", XLSX, right).status())
        .isEqualTo(404);
    // through their own task the conference is theirs, never the one of the file
    Http.Download switched = intruder.send("PUT", API + "tasks/" + nominationsTask(other) + "/nominee-list", XLSX,
        right);
    assertThat(switched.status()).as(switched.text()).isEqualTo(400);
    assertThat(nomineesOf(listed)).extracting(Nomination::getNomineeName)
        .containsExactly("Nguyễn Thị Hoa", "Trần Văn Bình");
    assertThat(nomineesOf(other)).extracting(Nomination::getNomineeName)
        .containsExactly("Nguyễn Thị Hoa", "Trần Văn Bình");

    // the right file: stored, and the open task's form shows the new list
    Http.Download stored = tasklist.send("PUT", API + "tasks/" + task + "/nominee-list", XLSX, right);
    assertThat(stored.status()).as(stored.text()).isEqualTo(200);
    assertThat(JSON.readTree(stored.body()).path("count").asInt()).isEqualTo(3);
    assertThat(nomineesOf(listed)).extracting(Nomination::getNomineeName)
        .containsExactly("Lê Văn Tâm", "Trần Văn Bình", "Phạm Thị Lan");
    assertThat(String.valueOf(taskService.getVariableLocal(task, Fields.NOMINEES)))
        .contains("Lê Văn Tâm", "Phạm Thị Lan").doesNotContain("Nguyễn Thị Hoa");
  }

  /** Two 404 answers say the same but for the ids in them. */
  private static boolean sameButIds(Http.Download a, Http.Download b) throws IOException {
    JsonNode x = JSON.readTree(a.body());
    JsonNode y = JSON.readTree(b.body());
    return x.path("status").equals(y.path("status")) && x.path("type").equals(y.path("type"))
        && x.path("title").equals(y.path("title"))
        && x.path("detail").asText().replaceAll("[0-9a-f-]{6,}|\\d+|no-such-task", "#")
            .equals(y.path("detail").asText().replaceAll("[0-9a-f-]{6,}|\\d+|no-such-task", "#"));
  }

  @Test
  void theStandingOfficeUploadsInItsCompositionTaskAndNothingChangesOnceTheVoteOpens() throws Exception {
    String secretary = councils.holder(voting.getId(), CouncilRole.UNIT_SECRETARY);
    String office = councils.holder(voting.getId(), CouncilRole.STANDING_OFFICE);
    String otherSecretary = councils.holder(other.getId(), CouncilRole.UNIT_SECRETARY);
    String nominations = nominationsTask(voting);
    Nomination hoa = nomineesOf(voting).get(0);
    Nomination binh = nomineesOf(voting).get(1);
    Webapp tasklist = Webapp.login(port, secretary);
    byte[] docx = AttachmentFiles.docx("Tóm tắt thành tích của Trần Văn Bình");
    Http.Download uploaded = tasklist.send("POST", API + "tasks/" + nominations + "/nominees/" + binh.getId()
        + "/attachments", "application/octet-stream", docx, "X-File-Name", "tom-tat-binh.docx");
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    long docxId = JSON.readTree(uploaded.body()).path("id").asLong();

    // the nominations are sent: the standing office's composition task is open, and the office uploads through it
    ConferenceDriver driver = new ConferenceDriver(engine, councils, instanceOf(voting));
    driver.sendNominations();
    var composition = taskService.createTaskQuery().processInstanceId(instanceOf(voting).getId()).singleResult();
    assertThat(composition.getTaskDefinitionKey()).isEqualTo(Elements.PROPOSE_COMPOSITION);
    assertThat(taskService.getIdentityLinksForTask(composition.getId())).extracting(l -> l.getGroupId())
        .contains(CouncilRole.STANDING_OFFICE.groupId(voting.getUnitCode()));
    Webapp standingOffice = Webapp.login(port, office);
    Http.Download list = standingOffice.send("GET", API + "tasks/" + composition.getId() + "/nominees", null, null);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    JsonNode listed = JSON.readTree(list.body());
    assertThat(listed.path("uploadTask").asText()).isEqualTo("COMPOSITION");
    assertThat(listed.path("canUpload").asBoolean()).isTrue();
    JsonNode secretarysFile = listed.path("nominees").get(1).path("attachments").get(0);
    assertThat(secretarysFile.path("id").asLong()).isEqualTo(docxId);
    assertThat(secretarysFile.path("deletable").asBoolean()).as("not the office's own file").isFalse();
    byte[] pdf = AttachmentFiles.pdf();
    Http.Download officeUpload = standingOffice.send("POST", API + "tasks/" + composition.getId() + "/nominees/"
        + hoa.getId() + "/attachments", "application/pdf", pdf, "X-File-Name", "tom-tat-hoa.pdf");
    assertThat(officeUpload.status()).as(officeUpload.text()).isEqualTo(201);
    JsonNode officeFile = JSON.readTree(officeUpload.body());
    assertThat(officeFile.path("uploadedBy").asText()).isEqualTo(office);
    long pdfId = officeFile.path("id").asLong();
    // the uploader only replaces or deletes: the office not the secretary's file, the secretary (no upload task
    // of theirs open any more) not even their own; the office's task is not the secretary's to see (404)
    Http.Download notTheirs = standingOffice.send("DELETE", API + "attachments/" + docxId, null, null);
    assertThat(notTheirs.status()).as(notTheirs.text()).isEqualTo(403);
    assertThat(JSON.readTree(notTheirs.body()).path("vi").asText()).startsWith("Chỉ người đã tải tệp lên");
    Http.Download secretaryDelete = tasklist.send("DELETE", API + "attachments/" + docxId, null, null);
    assertThat(secretaryDelete.status()).as(secretaryDelete.text()).isEqualTo(403);
    assertThat(JSON.readTree(secretaryDelete.body()).path("vi").asText()).contains("Đề xuất thành phần đại biểu");
    assertThat(tasklist.send("POST", API + "tasks/" + composition.getId() + "/nominees/" + hoa.getId()
        + "/attachments", "application/pdf", pdf, "X-File-Name", "x.pdf").status()).isEqualTo(404);
    // another commune's secretary: the same 404 as for an unknown task
    Webapp intruder = Webapp.login(port, otherSecretary);
    assertThat(intruder.send("GET", API + "tasks/" + composition.getId() + "/nominees", null, null).status())
        .isEqualTo(404);
    Http.Download unknownTask = intruder.send("GET", API + "tasks/no-such-task/nominees", null, null);
    Http.Download foreignTask = intruder.send("POST", API + "tasks/" + composition.getId() + "/nominees/"
        + hoa.getId() + "/attachments", "application/pdf", pdf, "X-File-Name", "x.pdf");
    assertThat(foreignTask.status()).isEqualTo(404);
    assertThat(sameButIds(foreignTask, unknownTask)).isTrue();
    assertThat(intruder.send("PUT", API + "attachments/" + pdfId, "application/pdf", pdf).status()).isEqualTo(404);
    // the office replaces its own file (same id)
    byte[] png = AttachmentFiles.image("png");
    Http.Download replaced = standingOffice.send("PUT", API + "attachments/" + pdfId, "image/png", png,
        "X-File-Name", "ban-chup-hoa.png");
    assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    assertThat(attachments.find(pdfId).orElseThrow().fileName()).isEqualTo("ban-chup-hoa.png");

    // the composition is proposed: the vote opens with each nominee's files linked in the members' form
    driver.complete(composition, withVariables(Fields.EXEMPLAR_DELEGATES, 100, Fields.GUEST_DELEGATES, 40,
        Fields.PRESIDIUM_SIZE, 9, Fields.PRESIDIUM_EXEMPLARS, 3));
    String member = councils.votingMembers(voting.getId()).get(0);
    var vote = taskService.createTaskQuery().processInstanceId(instanceOf(voting).getId()).taskAssignee(member)
        .singleResult();
    assertThat(vote).as("the member's vote task").isNotNull();
    JsonNode proposal = JSON.readTree(runtimeService.getVariableTyped(instanceOf(voting).getId(), "proposal")
        .getValue().toString());
    assertThat(proposal.get(0).path("name").asText()).isEqualTo("Nguyễn Thị Hoa");
    assertThat(proposal.get(0).path("files").asText())
        .isEqualTo("[ban\\-chup\\-hoa\\.png](" + attachments.downloadPath(pdfId) + ")");
    assertThat(proposal.get(1).path("files").asText())
        .isEqualTo("[tom\\-tat\\-binh\\.docx](" + attachments.downloadPath(docxId) + ")");

    Webapp council = Webapp.login(port, member);
    list = council.send("GET", API + "tasks/" + vote.getId() + "/nominees", null, null);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    listed = JSON.readTree(list.body());
    assertThat(listed.path("canUpload").asBoolean()).isFalse();
    assertThat(listed.path("uploadTask").isNull()).isTrue();
    JsonNode file = listed.path("nominees").get(1).path("attachments").get(0);
    assertThat(file.path("fileName").asText()).isEqualTo("tom-tat-binh.docx");
    assertThat(file.path("deletable").asBoolean()).isFalse();
    Http.Download download = council.send("GET", file.path("downloadPath").asText(), null, null);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(docx);
    assertThat(download.header("Content-Type"))
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(council.send("GET", attachments.downloadPath(pdfId), null, null).body()).isEqualTo(png);
    // the member cannot upload through the vote task
    assertThat(council.send("POST", API + "tasks/" + vote.getId() + "/nominees/" + binh.getId() + "/attachments",
        "application/pdf", AttachmentFiles.pdf(), "X-File-Name", "x.pdf").status()).isEqualTo(403);

    // the vote is open: neither the office nor the secretary can change a file any more
    assertThat(standingOffice.send("POST", API + "tasks/" + composition.getId() + "/nominees/" + hoa.getId()
        + "/attachments", "application/pdf", pdf, "X-File-Name", "x.pdf").status()).isEqualTo(404);
    Http.Download delete = standingOffice.send("DELETE", API + "attachments/" + pdfId, null, null);
    assertThat(delete.status()).as(delete.text()).isEqualTo(403);
    assertThat(JSON.readTree(delete.body()).path("vi").asText()).contains("Gửi danh sách đề cử")
        .contains("Đề xuất thành phần đại biểu");
    assertThat(standingOffice.send("PUT", API + "attachments/" + pdfId, "application/pdf", pdf).status())
        .isEqualTo(403);
    assertThat(tasklist.send("DELETE", API + "attachments/" + docxId, null, null).status()).isEqualTo(403);
    assertThat(attachments.find(pdfId)).isPresent();
    assertThat(attachments.find(docxId)).isPresent();
  }

  @Test
  void theChairDownloadsTheMinutesOfTheCountAndAnotherUnitGetsNothing() throws Exception {
    // a fourth commune votes: every member agrees; the count waits for the chair's signature
    ProcessInstance instance = instanceOf(counted);
    ConferenceDriver driver = new ConferenceDriver(engine, councils, instance);
    driver.schedule("2025-03-27");
    lists.replaceAndShow(conferences.get(counted.getId()), List.of(entry("Lê Thị Thu"), entry("Phạm Văn Nam")),
        "test");
    driver.sendNominations();
    // Vĩnh Thuận's plan: a presidium of 9 to 11, a third of them exemplars (§III.3.4)
    driver.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult(),
        withVariables(Fields.EXEMPLAR_DELEGATES, 100, Fields.GUEST_DELEGATES, 40, Fields.PRESIDIUM_SIZE, 9,
            Fields.PRESIDIUM_EXEMPLARS, 3));
    for (String member : councils.votingMembers(counted.getId())) {
      driver.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(member)
          .singleResult(), withVariables(Fields.BALLOT, "APPROVE"));
    }
    driver.executeBallotContinuations();
    var sign = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.SIGN_VOTE_MINUTES).singleResult();
    assertThat(sign).as("the minutes wait for the chair").isNotNull();
    String path = API + "conferences/" + counted.getId() + "/vote-minutes.xlsx";
    assertThat(runtimeService.getVariable(instance.getId(), "voteMinutesLink")).as("the link in the chair's form")
        .isEqualTo("[Biên bản kiểm phiếu (.xlsx)](" + path + ")");

    String chair = councils.holder(counted.getId(), CouncilRole.CHAIR);
    assertThat(identityService.createUserQuery().userId(chair)
        .memberOfGroup(CouncilRole.CHAIR.groupId(counted.getUnitCode())).count()).isOne();
    Webapp tasklist = Webapp.login(port, chair);
    assertThat(tasklist.send("GET", API + "tasks/" + sign.getId() + "/nominees", null, null).status())
        .as("the chair sees the minutes task").isEqualTo(200);
    Http.Download minutes = tasklist.send("GET", path, null, null);
    assertThat(minutes.status()).as(minutes.text()).isEqualTo(200);
    assertThat(minutes.header("Content-Type"))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(minutes.header("Content-Disposition")).isEqualTo("attachment; filename=\"bien-ban-kiem-phieu-"
        + counted.getId() + ".xlsx\"; filename*=UTF-8''bien-ban-kiem-phieu-" + counted.getId() + ".xlsx");
    assertThat(minutes.header("X-Content-Type-Options")).isEqualTo("nosniff");
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
        minutes.body()))) {
      var sheet = workbook.getSheet("Biên bản kiểm phiếu");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Lê Thị Thu");
      assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Phạm Văn Nam");
    }

    // another commune's secretary and a user without a task there: the same 404 as for no such conference
    Webapp intruder = Webapp.login(port, councils.holder(other.getId(), CouncilRole.UNIT_SECRETARY));
    Http.Download foreign = intruder.send("GET", path, null, null);
    assertThat(foreign.status()).isEqualTo(404);
    Http.Download unknown = intruder.send("GET", API + "conferences/999999999/vote-minutes.xlsx", null, null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(sameButIds(foreign, unknown)).isTrue();
    assertThat(Webapp.login(port, NOBODY).send("GET", path, null, null).status()).isEqualTo(404);
  }

  /** A browser's session in the webapps: cookies (JSESSIONID, XSRF-TOKEN) and the latest CSRF token. */
  static final class Webapp {
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String token;

    private Webapp(int port) {
      this.base = "http://localhost:" + port;
      this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Opens Tasklist and logs in with {@link Http#PASSWORD}. */
    static Webapp login(int port, String user) {
      Webapp session = new Webapp(port);
      session.send("GET", "/camunda/app/tasklist/default/", null, null);
      Http.Download login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
          "application/x-www-form-urlencoded", ("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=" + URLEncoder.encode(Http.PASSWORD, StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8));
      assertThat(login.status()).as(user + " logs in: " + login.text()).isEqualTo(200);
      // as Tasklist does next: who is logged in; the answer brings the logged-in session's CSRF token
      assertThat(session.send("GET", "/camunda/api/admin/auth/user/default", null, null).status()).isEqualTo(200);
      return session;
    }

    /** A request with the session's cookies and CSRF header, and extra header name/value pairs. */
    Http.Download send(String method, String path, String contentType, byte[] body, String... headers) {
      return send(true, method, path, contentType, body, headers);
    }

    /** The same without the CSRF header. */
    Http.Download sendWithoutCsrf(String method, String path, byte[] body) {
      return send(false, method, path, "application/pdf", body);
    }

    private Http.Download send(boolean csrf, String method, String path, String contentType, byte[] body,
        String... headers) {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
      if (contentType != null) {
        r.header("Content-Type", contentType);
      }
      String current = token();
      if (csrf && current != null) {
        r.header("X-XSRF-TOKEN", current);
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        r.header(headers[i], headers[i + 1]);
      }
      r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      try {
        HttpResponse<byte[]> response = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
            .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .findFirst().ifPresent(t -> token = t);
        response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.equals("Required")).ifPresent(t -> token = t);
        return new Http.Download(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** The token the webapp gave last (its cookie or header). */
    private String token() {
      return token;
    }
  }
}

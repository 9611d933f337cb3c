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
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.council.CouncilRole;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.nomination.NomineeListService.Entry;
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
 * commune sent through their own task) and the download; nothing is stored when refused; after the nominations, a
 * council member with a vote task of that conference downloads, and the files can no longer be changed.
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
  @Autowired ConferenceService conferences;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired NomineeListService lists;
  @Autowired AttachmentService attachments;

  /** The commune whose secretary uploads; the one whose secretary tries to; the one that goes on to its vote. */
  private Conference uploading;
  private Conference other;
  private Conference voting;
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
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    for (Conference c : List.of(uploading, other, voting)) {
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

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
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
  void aCouncilMemberWithAVoteTaskDownloadsAndNothingChangesAfterTheNominations() throws Exception {
    String secretary = councils.holder(voting.getId(), CouncilRole.UNIT_SECRETARY);
    String task = nominationsTask(voting);
    Nomination binh = nomineesOf(voting).get(1);
    Webapp tasklist = Webapp.login(port, secretary);
    byte[] docx = AttachmentFiles.docx("Tóm tắt thành tích của Trần Văn Bình");
    Http.Download uploaded = tasklist.send("POST", API + "tasks/" + task + "/nominees/" + binh.getId()
        + "/attachments", "application/octet-stream", docx, "X-File-Name", "tom-tat-binh.docx");
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    long id = JSON.readTree(uploaded.body()).path("id").asLong();

    // the nominations are sent, the composition proposed: the council votes
    ConferenceDriver driver = new ConferenceDriver(engine, councils, instanceOf(voting));
    driver.sendNominations();
    driver.complete(taskService.createTaskQuery().processInstanceId(instanceOf(voting).getId()).singleResult(),
        withVariables(Fields.EXEMPLAR_DELEGATES, 100, Fields.GUEST_DELEGATES, 40, Fields.PRESIDIUM_SIZE, 9,
            Fields.PRESIDIUM_EXEMPLARS, 3));
    String member = councils.votingMembers(voting.getId()).get(0);
    var vote = taskService.createTaskQuery().processInstanceId(instanceOf(voting).getId()).taskAssignee(member)
        .singleResult();
    assertThat(vote).as("the member's vote task").isNotNull();
    assertThat(attachments.find(id)).as("the file stayed with its nominee").isPresent();

    Webapp council = Webapp.login(port, member);
    Http.Download list = council.send("GET", API + "tasks/" + vote.getId() + "/nominees", null, null);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    JsonNode listed = JSON.readTree(list.body());
    assertThat(listed.path("canUpload").asBoolean()).isFalse();
    JsonNode file = listed.path("nominees").get(1).path("attachments").get(0);
    assertThat(file.path("fileName").asText()).isEqualTo("tom-tat-binh.docx");
    assertThat(file.path("deletable").asBoolean()).isFalse();
    Http.Download download = council.send("GET", file.path("downloadPath").asText(), null, null);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(docx);
    assertThat(download.header("Content-Type"))
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // the member cannot upload through the vote task
    assertThat(council.send("POST", API + "tasks/" + vote.getId() + "/nominees/" + binh.getId() + "/attachments",
        "application/pdf", AttachmentFiles.pdf(), "X-File-Name", "x.pdf").status()).isEqualTo(403);

    // the nominations task is closed: the uploader can no longer change the file
    assertThat(tasklist.send("POST", API + "tasks/" + task + "/nominees/" + binh.getId() + "/attachments",
        "application/pdf", AttachmentFiles.pdf(), "X-File-Name", "x.pdf").status()).isEqualTo(404);
    Http.Download delete = tasklist.send("DELETE", API + "attachments/" + id, null, null);
    assertThat(delete.status()).as(delete.text()).isEqualTo(403);
    assertThat(JSON.readTree(delete.body()).path("vi").asText()).contains("Gửi danh sách đề cử");
    assertThat(attachments.find(id)).isPresent();
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

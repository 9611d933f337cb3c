package vn.thiduaflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
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
import vn.thiduaflow.attachment.AttachmentHttpTest.Webapp;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * The dossier's documents through the Tasklist plugin's routes, logged in as a browser is (session cookie, CSRF): Bình
 * An's secretary at the dossier task sees one slot per document of the plan, uploads the schedule (a PDF sent as
 * .docx is stored as what it is; HTML is refused), replaces it, downloads it and opens it inline; a council member of
 * the unit sees it but may not upload (403); the secretary of another unit (Văn Yên) gets 404 on the task, the upload
 * and the download, the same as for a document that does not exist; nothing the user sends picks the conference.
 */
@ThiDuaFlowHttpTest
class ConferenceDocumentHttpTest {

  private static final String API = "/camunda/api/tasklist/plugin/thiduaflow-attachments/default/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ConferenceDocumentService documents;

  private ProcessInstance unit;
  private Long conferenceId;
  private String stranger;

  @BeforeAll
  void binhAnAtItsDossierAndVanYen() {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    unit = unitOf(campaigns.start("binh-an-27-2025"), "dossier-a.test");
    conferenceId = Long.valueOf(unit.getBusinessKey());
    ProcessInstance other = unitOf(campaigns.start("van-yen-2020"), "dossier-b.test");
    stranger = councils.holder(Long.valueOf(other.getBusinessKey()), CouncilRole.UNIT_SECRETARY);
    new ConferenceDriver(engine, councils, unit).driveToDossier("2025-03-27");
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance unitOf(Campaign c, String mailDomain) {
    accounts.ensureAccounts(c, Http.PASSWORD, mailDomain);
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .processDefinitionKey("UnitConference").list().get(0);
  }

  @Test
  void theSecretaryUploadsThroughTheDossierTaskAndAnotherUnitGetsNothing() throws Exception {
    String task = taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(Elements.SUBMIT_DOSSIER).singleResult().getId();
    Webapp secretary = Webapp.login(port, councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY));
    Webapp member = Webapp.login(port, councils.holder(conferenceId, CouncilRole.MEMBER));
    Webapp intruder = Webapp.login(port, stranger);

    Http.Download tab = secretary.send("GET", API + "tasks/" + task + "/documents", null, null);
    assertThat(tab.status()).as(tab.text()).isEqualTo(200);
    JsonNode slots = JSON.readTree(tab.body());
    assertThat(slots.path("applicable").asBoolean()).isTrue();
    assertThat(slots.path("canUpload").asBoolean()).isTrue();
    assertThat(slots.path("documents")).hasSize(4);
    assertThat(slots.path("documents").get(1).path("code").asText()).isEqualTo("schedule");
    assertThat(slots.path("documents").get(1).path("file").isNull()).isTrue();
    assertThat(slots.path("documents").get(3).path("generatedPath").asText()).endsWith("/documents/programme.docx");

    // a PDF named .docx: stored as a PDF; HTML refused (400), nothing stored
    byte[] pdf = AttachmentFiles.pdf();
    Http.Download html = secretary.send("POST", API + "tasks/" + task + "/documents/schedule", "application/pdf",
        AttachmentFiles.html(), "X-File-Name", "lich.pdf");
    assertThat(html.status()).isEqualTo(400);
    assertThat(documents.list(conferenceId)).isEmpty();
    Http.Download up = secretary.send("POST", API + "tasks/" + task + "/documents/schedule", "application/octet-stream",
        pdf, "X-File-Name", "lich-to-chuc.docx");
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    JsonNode file = JSON.readTree(up.body());
    assertThat(file.path("fileName").asText()).isEqualTo("lich-to-chuc.docx.pdf");
    assertThat(file.path("title").asText()).isEqualTo("Lịch tổ chức Hội nghị");
    long id = file.path("id").asLong();
    assertThat(file.path("downloadPath").asText()).isEqualTo(API + "documents/" + id);

    // a second upload of the same document replaces it: same id, new content
    byte[] png = AttachmentFiles.image("png");
    Http.Download again = secretary.send("POST", API + "tasks/" + task + "/documents/schedule", "image/png", png,
        "X-File-Name", "lich.png");
    assertThat(again.status()).isEqualTo(201);
    assertThat(JSON.readTree(again.body()).path("id").asLong()).isEqualTo(id);
    assertThat(secretary.send("GET", API + "documents/" + id, null, null).body()).isEqualTo(png);
    Http.Download pdfAgain = secretary.send("POST", API + "tasks/" + task + "/documents/schedule", "application/pdf",
        pdf, "X-File-Name", "lich.pdf");
    assertThat(pdfAgain.status()).isEqualTo(201);

    // download as attachment, view inline (a PDF), never sniffed
    Http.Download download = member.send("GET", API + "documents/" + id, null, null);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.header("Content-Disposition")).startsWith("attachment;");
    Http.Download view = member.send("GET", API + "documents/" + id + "/view", null, null);
    assertThat(view.header("Content-Disposition")).startsWith("inline;");
    assertThat(view.header("Content-Type")).startsWith("application/pdf");
    assertThat(view.header("X-Content-Type-Options")).isEqualTo("nosniff");

    // a member of the unit sees the task's documents (no task of theirs: 404 on the task) and may not upload
    Http.Download memberUpload = member.send("POST", API + "tasks/" + task + "/documents/plan", "application/pdf", pdf,
        "X-File-Name", "x.pdf");
    assertThat(memberUpload.status()).isIn(403, 404);
    // the secretary may not upload a document the task does not request
    assertThat(secretary.send("POST", API + "tasks/" + task + "/documents/conference-minutes", "application/pdf", pdf,
        "X-File-Name", "x.pdf").status()).isEqualTo(403);

    // another unit's secretary: 404 like for what does not exist, on the tab, the upload and the download
    Http.Download unknown = intruder.send("GET", API + "documents/999999999", null, null);
    Http.Download foreign = intruder.send("GET", API + "documents/" + id, null, null);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(intruder.send("GET", API + "documents/" + id + "/view", null, null).status()).isEqualTo(404);
    assertThat(intruder.send("GET", API + "tasks/" + task + "/documents", null, null).status()).isEqualTo(404);
    assertThat(intruder.send("POST", API + "tasks/" + task + "/documents/plan", "application/pdf", pdf,
        "X-File-Name", "x.pdf").status()).isEqualTo(404);
    assertThat(secretary.sendWithoutCsrf("POST", API + "tasks/" + task + "/documents/plan", pdf).status())
        .isEqualTo(403);
    assertThat(documents.list(conferenceId)).extracting(d -> d.code()).containsExactly("schedule");
  }
}

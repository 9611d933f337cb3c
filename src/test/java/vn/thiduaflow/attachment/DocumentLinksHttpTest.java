package vn.thiduaflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.thiduaflow.attachment.AttachmentHttpTest.Webapp;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.document.GeneratedDocument;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Every generated document through {@link DocumentLinks#path}, logged in to Tasklist as a browser is (session cookie):
 * Bình An's secretary downloads the nominee template while nominations are open, a council member may not (403);
 * while the members vote nobody gets the minutes of the count (403, secret ballot); once the vote stands a member
 * of the unit downloads each document (XLSX, DOCX that open); the secretary of another unit (Văn Yên) gets 404 on each,
 * the same as for a conference that does not exist.
 */
@ThiDuaFlowHttpTest
class DocumentLinksHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DocumentLinks links;

  private ProcessInstance unit;
  private Long conferenceId;
  private String stranger;

  @BeforeAll
  void twoUnits() {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    unit = unitOf(campaigns.start("binh-an-27-2025"), "documents-a.test");
    conferenceId = Long.valueOf(unit.getBusinessKey());
    ProcessInstance other = unitOf(campaigns.start("van-yen-2020"), "documents-b.test");
    stranger = councils.holder(Long.valueOf(other.getBusinessKey()), CouncilRole.UNIT_SECRETARY);
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
  void theUnitDownloadsEachDocumentInItsSessionAndAnotherUnitGetsNothing() throws Exception {
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.schedule("2025-03-27");
    Webapp secretary = Webapp.login(port, councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY));
    Webapp member = Webapp.login(port, councils.holder(conferenceId, CouncilRole.MEMBER));
    Webapp intruder = Webapp.login(port, stranger);

    String template = links.path(conferenceId, GeneratedDocument.NOMINEE_TEMPLATE);
    Http.Download t = secretary.send("GET", template, null, null);
    assertThat(t.status()).as(t.text()).isEqualTo(200);
    assertThat(t.header("Content-Disposition")).contains("mau-danh-sach-de-cu-" + conferenceId + ".xlsx");
    workbook(t);
    assertThat(member.send("GET", template, null, null).status()).as("the template is the managers'")
        .isEqualTo(403);
    assertThat(intruder.send("GET", template, null, null).status()).isEqualTo(404);

    driver.sendNominations();
    driver.compose(100, 40, 3);
    assertThat(taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(Elements.VOTE_ON_NOMINEES).count()).isPositive();
    Http.Download during = member.send("GET", links.path(conferenceId, GeneratedDocument.VOTE_MINUTES), null, null);
    assertThat(during.status()).as("no minutes while members vote").isEqualTo(403);
    assertThat(during.text()).contains("bỏ phiếu kín");
    driver.voteAll(7);

    for (GeneratedDocument doc : EnumSet.complementOf(EnumSet.of(GeneratedDocument.NOMINEE_TEMPLATE))) {
      String path = links.path(conferenceId, doc);
      Http.Download d = member.send("GET", path, null, null);
      assertThat(d.status()).as(doc + ": " + d.text()).isEqualTo(200);
      assertThat(d.header("Content-Type")).startsWith(doc.mediaType());
      assertThat(d.header("Content-Disposition")).contains(doc.fileName(conferenceId));
      assertThat(d.header("X-Content-Type-Options")).isEqualTo("nosniff");
      if (doc.extension().equals("xlsx")) {
        workbook(d);
      } else {
        try (var word = new XWPFDocument(new ByteArrayInputStream(d.body()))) {
          assertThat(word.getParagraphs()).isNotEmpty();
        }
      }
      Http.Download foreign = intruder.send("GET", path, null, null);
      assertThat(foreign.status()).as(doc + " for another unit").isEqualTo(404);
      Http.Download unknown = intruder.send("GET", path.replace("/conferences/" + conferenceId + "/",
          "/conferences/999999999/"), null, null);
      assertThat(unknown.status()).isEqualTo(404);
    }
    assertThat(member.send("GET", links.path(conferenceId, GeneratedDocument.PROGRAMME)
        .replace("programme.docx", "passwd"), null, null).status()).isEqualTo(404);
  }

  private static void workbook(Http.Download d) throws Exception {
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
      assertThat(book.getNumberOfSheets()).isPositive();
    }
  }
}

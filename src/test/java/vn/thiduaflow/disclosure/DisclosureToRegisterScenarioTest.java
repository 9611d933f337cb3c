package vn.thiduaflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import vn.thiduaflow.award.AwardQuery;
import vn.thiduaflow.award.AwardRecord;
import vn.thiduaflow.award.AwardRegister;
import vn.thiduaflow.award.CertificatePrinter;
import vn.thiduaflow.award.CommendationDecision;
import vn.thiduaflow.award.CommendationDocuments;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.RegisterCheck;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecisionRepository;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Issue 24's done-when, one commune through it all: Bình An's conference (test plan with a 10-working-day public
 * disclosure) publishes its eligible nominees when the nominations are checked; the public page's answers are read and
 * commented on without a login (names, unit, title only; a too long comment refused in Vietnamese); the vote does not
 * open while the list is public — comments are taken through the last day (6/3/2025, the 10th working day after
 * 20/2) and refused from 00:00 the day after, when the timer opens the vote; the members' vote form shows the comments;
 * the council votes per nominee, the office proposes, the chair approves, the decision takes the register's number,
 * the certificates carry the names (text extracted; the first page rendered to PNG under target/screenshots), every
 * recipient is in the award register; and the next campaign's eligibility check (the last 5 years, 2021–2026) finds
 * them there: confirmed, with the 2025 decision in their history.
 */
@ThiDuaFlowHttpTest
class DisclosureToRegisterScenarioTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate CONFERENCE_DAY = LocalDate.of(2025, 3, 27);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CommendationService commendations;
  @Autowired CommendationDocuments papers;
  @Autowired AwardRegister awards;
  @Autowired NominationRepository nominations;
  @Autowired PublicDisclosureRepository disclosures;
  @Autowired RuleDecisionRepository ruleDecisions;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> comment(long disclosureId, Integer entry, String text) throws Exception {
    String body = JSON.writeValueAsString(entry == null ? Map.of("text", text)
        : Map.of("entry", entry, "author", "Người dân thôn An Hải", "text", text));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/disclosures/"
        + disclosureId + "/comments")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private ProcessInstance unitOf(Campaign c) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE).list().get(0);
  }

  @Test
  void aCommuneFromPublicDisclosureToTheRegisterThatTheNextCampaignReads() throws Exception {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    ProcessInstance unit = unitOf(campaigns.start("test-binh-an-disclosure-2025"));
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.schedule(CONFERENCE_DAY.toString());
    driver.sendNominations();

    // published when the nominations were checked: 20/2 through the 10th working day after it, 6/3/2025
    PublicDisclosure published = disclosures.findByConferenceId(conferenceId).orElseThrow();
    assertThat(published.getPublishedOn()).isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(published.getLastDay()).isEqualTo(LocalDate.of(2025, 3, 6));
    long id = published.getId();
    JsonNode open = JSON.readTree(get("/public/disclosures").body());
    assertThat(StreamSupport.stream(open.spliterator(), false).map(d -> d.get("id").asLong())).contains(id);
    HttpResponse<String> page = get("/public/disclosures/" + id);
    assertThat(page.statusCode()).as("no login").isEqualTo(200);
    JsonNode list = JSON.readTree(page.body());
    assertThat(list.get("unit").asText()).isEqualTo("Xã Bình An");
    assertThat(list.get("lastDay").asText()).isEqualTo("06/03/2025");
    assertThat(list.get("open").asBoolean()).isTrue();
    long eligible = nominations.findByConferenceIdOrderById(conferenceId).stream()
        .filter(n -> Boolean.TRUE.equals(n.getEligible())).count();
    assertThat(list.get("entries")).hasSize((int) eligible);
    assertThat(list.get("entries").get(0).fieldNames()).toIterable()
        .as("names, unit, title proposed — nothing more").containsExactly("number", "name", "unit", "title");
    String firstNominee = list.get("entries").get(0).get("name").asText();

    assertThat(comment(id, 1, "Đồng chí này có nhiều đóng góp cho thôn, tôi đồng ý.").statusCode()).isEqualTo(201);
    assertThat(comment(id, null, "b".repeat(DisclosureService.MAX_TEXT)).statusCode()).as("exactly the length")
        .isEqualTo(201);
    HttpResponse<String> twoWrongs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/public/disclosures/" + id + "/comments")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("entry", 999, "author",
            "x".repeat(DisclosureService.MAX_AUTHOR + 1), "text", "ý kiến"))))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(twoWrongs.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(twoWrongs.body()).get("errors")).extracting(e -> e.get("field").asText())
        .containsExactly("author", "entry");
    HttpResponse<String> tooLong = comment(id, null, "a".repeat(DisclosureService.MAX_TEXT + 1));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(tooLong.body()).get("message").asText())
        .isEqualTo("Nội dung ý kiến dài 1001 ký tự, vượt quá 1000 ký tự cho phép.");

    // the council is ready, yet the vote waits for the end of the period
    driver.compose(100, 40, 3);
    BpmnAwareTests.assertThat(unit).isWaitingAt("TimerEvent_DisclosureEnds");
    assertThat(taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(Elements.VOTE_ON_NOMINEES).count()).isZero();

    // the last day takes comments until its end; from 00:00 the day after, none, and the vote opens
    ConferenceDriver.at(LocalDateTime.of(2025, 3, 6, 23, 59));
    assertThat(comment(id, null, "Đề nghị bổ sung thành tích cụ thể cho danh sách.").statusCode()).isEqualTo(201);
    var timer = engine.getManagementService().createJobQuery().processInstanceId(unit.getId()).timers()
        .activityId("TimerEvent_DisclosureEnds").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(vn.thiduaflow.system.EngineClock.toDate(
        LocalDateTime.of(2025, 3, 7, 0, 0)));
    ConferenceDriver.at(LocalDateTime.of(2025, 3, 7, 0, 0));
    HttpResponse<String> late = comment(id, 1, "Gửi muộn");
    assertThat(late.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(late.body()).get("message").asText())
        .isEqualTo("Danh sách chỉ nhận ý kiến từ ngày 20/02/2025 đến hết ngày 06/03/2025; nay đã hết thời gian góp ý.");
    engine.getManagementService().executeJob(timer.getId());
    var voteTasks = taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(Elements.VOTE_ON_NOMINEES).list();
    assertThat(voteTasks).hasSize(councils.votingMembers(conferenceId).size());
    JsonNode comments = JSON.readTree(taskService.getVariable(voteTasks.get(0).getId(), "disclosureComments")
        .toString());
    assertThat(comments).hasSize(3);
    assertThat(comments.get(0).get("nominee").asText()).isEqualTo(firstNominee);
    assertThat(comments.get(0).get("author").asText()).isEqualTo("Người dân thôn An Hải");
    assertThat(comments.get(1).get("nominee").asText()).isEqualTo("Cả danh sách");
    assertThat(comments.get(2).get("text").asText()).isEqualTo("Đề nghị bổ sung thành tích cụ thể cho danh sách.");
    assertThat(taskService.getVariable(voteTasks.get(0).getId(), "disclosureSummary").toString())
        .isEqualTo("Danh sách đề nghị đã được công khai từ 20/02/2025 đến hết 06/03/2025 (" + published.getClause()
            + "): 3 ý kiến góp ý.");
    assertThat(JSON.readTree(get("/public/disclosures/" + id).body()).get("open").asBoolean()).isFalse();

    // the council votes per nominee (all for, one member leaves the last unmarked), the office proposes, the chair
    // approves on the conference day
    int members = voteTasks.size();
    String[][] marks = new String[members][(int) eligible];
    for (String[] m : marks) {
      java.util.Arrays.fill(m, "APPROVE");
    }
    marks[0][(int) eligible - 1] = null;
    driver.voteEach(marks);
    driver.signMinutes();
    ProcessInstance commendation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessModel.COMMENDATION).processInstanceBusinessKey(conferenceId.toString())
        .singleResult();
    List<Map<String, Object>> lines = commendations.draftRows(conferenceId).stream()
        .map(r -> Map.<String, Object>of("nominationId", r.get("nominationId"), "awardForm", r.get("awardForm"),
            "achievement", r.get("achievement"))).toList();
    assertThat(lines).hasSize((int) eligible);
    driver.complete(task(commendation), withVariables("commendation", JSON.writeValueAsString(lines)));
    driver.complete(task(commendation), withVariables("commendationDecision", "APPROVE",
        "decidedOn", CONFERENCE_DAY.toString(), "signerTitle", "CHỦ TỊCH", "signerName", "Trần Văn Bình"));
    CommendationDecision decision = commendations.decisions(conferenceId).get(0);
    assertThat(decision.getSymbol()).matches("\\d+/QĐ-UBND");

    // the certificates: a page per recipient with the names, the first page looked at as PNG
    try (PDDocument pdf = Loader.loadPDF(papers.certificates(conferenceId, decision.getId(),
        CertificatePrinter.Mode.FULL))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(lines.size());
      assertThat(new PDFTextStripper().getText(pdf)).contains(firstNominee, "GIẤY KHEN",
          "Quyết định số " + decision.getSymbol() + " ngày 27/03/2025");
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 60);
      Path png = Path.of("target/screenshots/disclosure-scenario-certificate.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(image, "png", png.toFile());
      assertThat(image.getWidth()).as("A4 landscape").isGreaterThan(image.getHeight());
    }

    // the register: every recipient, with the decision's number
    List<AwardRecord> recorded = awards.search(new AwardQuery(firstNominee, null, null, null, CONFERENCE_DAY,
        CONFERENCE_DAY, null), PageRequest.of(0, 50)).getContent();
    assertThat(recorded).extracting(AwardRecord::getDecisionSymbol).contains(decision.getSymbol());

    // the next campaign (2026, the last 5 years): its nominees are found in the register, with the 2025 decision
    ConferenceDriver.at(LocalDateTime.of(2026, 1, 20, 8, 0));
    ProcessInstance next = unitOf(campaigns.start("test-binh-an-next-2026"));
    Long nextId = Long.valueOf(next.getBusinessKey());
    ConferenceDriver nextDriver = new ConferenceDriver(engine, councils, next);
    nextDriver.schedule("2026-03-26");
    nextDriver.sendNominations();
    Nomination again = nominations.findByConferenceIdOrderById(nextId).stream()
        .filter(n -> n.getNomineeName().equals(firstNominee)).findFirst().orElseThrow();
    assertThat(again.getRegisterCheck()).isEqualTo(RegisterCheck.CONFIRMED);
    assertThat(again.getAwardHistory()).contains("Giấy khen của Chủ tịch Ủy ban nhân dân xã (" + decision.getSymbol()
        + ", 27/03/2025)");
    assertThat(ruleDecisions.findAll()).filteredOn(d -> nextId.equals(d.getConferenceId())
        && d.getRule() == Rule.NOMINEE_REGISTER).singleElement()
        .satisfies(d -> assertThat(d.getDetail()).contains("confirmed by the award register within 2021–2026"));
  }
}

package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.dossier.RequestedDocument;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * The commendation of Bình An's exemplars (27/KH-UBND §IV.4; the plan names the Giấy khen of the commune chair) through
 * the Commendation model: started when the council's vote passes, the office's proposal refused line by line, the
 * chair's return with a reason and the approval on the conference day (the last day allowed; the day after is
 * refused), one decision numbered by the register with its recipients in the award register, the certificates and the
 * decision's DOCX carrying the names, and the end only once the signed scan is uploaded.
 */
@ThiDuaFlowSpringTest
class CommendationProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate CONFERENCE_DAY = LocalDate.of(2025, 3, 27);

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ConferenceDocumentService documents;
  @Autowired CommendationService commendations;
  @Autowired CommendationDocuments papers;
  @Autowired DecisionRegister register;
  @Autowired AwardRegister awards;

  private Long conferenceId;
  private ConferenceDriver driver;
  private ProcessInstance commendation;

  @BeforeEach
  void binhAnsVotePassed() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign c = campaigns.start("binh-an-27-2025");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(c.getProcessInstanceId()).singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    driver = new ConferenceDriver(engine, councils, unit);
    driver.driveToDossier(CONFERENCE_DAY.toString());
    commendation = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessModel.COMMENDATION)
        .processInstanceBusinessKey(conferenceId.toString()).singleResult();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private JsonNode shown(String variable) throws Exception {
    return JSON.readTree(taskService.getVariableLocal(task(commendation).getId(), variable).toString());
  }

  private static InvalidInputException refusal(Throwable e) {
    return InvalidInputException.in(e).orElseThrow();
  }

  @Test
  void fromTheVoteToTheSignedDecisionWithItsNumberRecipientsAndCertificates() throws Exception {
    Assertions.assertThat(commendation).as("started by the vote passing").isNotNull();
    assertThat(commendation).isWaitingAt(Elements.DRAFT_COMMENDATION);
    assertThat(task(commendation)).hasCandidateGroup("u21064.standing-office");
    JsonNode rows = shown("commendation");
    Assertions.assertThat(rows.size()).isPositive();
    Assertions.assertThat(shown("awardFormOptions").get(0).get("value").asText()).isEqualTo("GIAY_KHEN_CHU_TICH_XA");
    Assertions.assertThat(rows.get(0).get("achievement").asText())
        .isEqualTo("Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025");

    // line 1 with a form the plan does not name, line 2 without achievement: both refused at once, nothing stored
    List<Map<String, Object>> lines = new ArrayList<>();
    for (JsonNode r : rows) {
      lines.add(new java.util.LinkedHashMap<>(Map.of("nominationId", r.get("nominationId").asText(),
          "awardForm", r.get("awardForm").asText(), "achievement", r.get("achievement").asText())));
    }
    List<Map<String, Object>> wrong = new ArrayList<>();
    lines.forEach(l -> wrong.add(new java.util.LinkedHashMap<>(l)));
    wrong.get(0).put("awardForm", "BANG_KHEN_THU_TUONG");
    wrong.get(1).put("achievement", " ");
    assertThatThrownBy(() -> driver.complete(task(commendation), withVariables("commendation",
        JSON.writeValueAsString(wrong)))).satisfies(e -> Assertions.assertThat(refusal(e).violations())
            .extracting(InvalidInputException.Violation::field)
            .containsExactly("commendation[0].awardForm", "commendation[1].achievement"));
    assertThat(commendation).isWaitingAt(Elements.DRAFT_COMMENDATION);
    Assertions.assertThat(commendations.linesOf(conferenceId)).isEmpty();

    // the office proposes every approved nominee; the chair returns it with a reason, which the office then reads
    driver.complete(task(commendation), withVariables("commendation", JSON.writeValueAsString(lines)));
    assertThat(commendation).isWaitingAt(Elements.APPROVE_COMMENDATION);
    assertThat(task(commendation)).hasCandidateGroup("u21064.chair");
    Assertions.assertThat(shown("commendationLines").size()).isEqualTo(lines.size());
    driver.complete(task(commendation), withVariables("commendationDecision", "RETURN",
        "returnReason", "Bổ sung thành tích cụ thể"));
    assertThat(commendation).isWaitingAt(Elements.DRAFT_COMMENDATION);
    Assertions.assertThat(taskService.getVariableLocal(task(commendation).getId(), "commendationReturned").toString())
        .contains("Bổ sung thành tích cụ thể");
    driver.complete(task(commendation), withVariables("commendation", JSON.writeValueAsString(lines)));

    // the day after the conference is refused; the conference day itself (the last day) is accepted
    int before = register.last("21064", 2025);
    assertThatThrownBy(() -> driver.complete(task(commendation), withVariables("commendationDecision", "APPROVE",
        "decidedOn", CONFERENCE_DAY.plusDays(1).toString(), "signerTitle", "CHỦ TỊCH", "signerName", "Trần Văn Bình")))
        .satisfies(e -> Assertions.assertThat(refusal(e).violations()).extracting(InvalidInputException.Violation::field)
            .containsExactly("decidedOn"));
    driver.complete(task(commendation), withVariables("commendationDecision", "APPROVE",
        "decidedOn", CONFERENCE_DAY.toString(), "signerTitle", "CHỦ TỊCH", "signerName", "Trần Văn Bình"));

    // one decision, the register's next number, every proposed nominee in the award register
    assertThat(commendation).isWaitingAt(Elements.UPLOAD_SIGNED_DECISION);
    List<CommendationDecision> decisions = commendations.decisions(conferenceId);
    Assertions.assertThat(decisions).singleElement().satisfies(d -> {
      Assertions.assertThat(d.getNumber()).isEqualTo(before + 1);
      Assertions.assertThat(d.getSymbol()).isEqualTo((before + 1) + "/QĐ-UBND");
      Assertions.assertThat(d.getDecidedOn()).isEqualTo(CONFERENCE_DAY);
      Assertions.assertThat(d.getAuthorityName()).isEqualTo("Ủy ban nhân dân xã Bình An");
    });
    CommendationDecision decision = decisions.get(0);
    String firstName = rows.get(0).get("name").asText();
    Assertions.assertThat(awards.search(new AwardQuery(firstName, null, null, null, CONFERENCE_DAY, CONFERENCE_DAY,
        null), PageRequest.of(0, 10))).extracting(AwardRecord::getDecisionSymbol).contains(decision.getSymbol());

    // the certificates (a page per recipient) and the decision carry the names; the task shows their links
    try (PDDocument pdf = Loader.loadPDF(papers.certificates(conferenceId, decision.getId(),
        CertificatePrinter.Mode.FULL))) {
      Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(lines.size());
      Assertions.assertThat(new PDFTextStripper().getText(pdf)).contains(firstName,
          "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN", "Bình An, ngày 27 tháng 3 năm 2025",
          "Quyết định số " + decision.getSymbol() + " ngày 27/03/2025");
    }
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
        papers.decisionDocument(conferenceId, decision.getId())));
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      Assertions.assertThat(text.getText()).contains("Số: " + decision.getSymbol(), "QUYẾT ĐỊNH", firstName,
          "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Căn cứ Kế hoạch số 27/KH-UBND", "Trần Văn Bình");
    }
    Assertions.assertThat(taskService.getVariableLocal(task(commendation).getId(), "commendationDocuments").toString())
        .contains("commendation/" + decision.getId() + "/certificates.pdf?mode=ON_BLANKS");
    Assertions.assertThat(RequestedDocument.read(taskService.getVariableLocal(task(commendation).getId(),
        RequestedDocument.VARIABLE))).extracting(RequestedDocument::code).containsExactly(CommendationDocuments.SIGNED_SCAN);

    // not without the signed scan
    assertThatThrownBy(() -> driver.complete(task(commendation), withVariables("signedUploaded", true)))
        .satisfies(e -> Assertions.assertThat(refusal(e).violations()).extracting(InvalidInputException.Violation::field)
            .containsExactly("signedUploaded"));
    documents.record(conferenceId, CommendationDocuments.SIGNED_SCAN, "qd.pdf",
        vn.thiduaflow.attachment.AttachmentFiles.pdf(),
        "test.office");
    driver.complete(task(commendation), withVariables("signedUploaded", true));
    assertThat(commendation).isEnded();
  }
}

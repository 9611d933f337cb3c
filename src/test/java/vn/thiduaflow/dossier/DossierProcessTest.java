package vn.thiduaflow.dossier;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
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
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.dossier.DossierReviewFinding.Verdict;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The dossier as documents (issue 21) through UserTask_SubmitDossier and UserTask_ReviewDossier, on the Bình An plan
 * (27/KH-UBND lists no documents: the four of the general rule apply, each required): a dossier without the schedule
 * is refused naming it; the upper council returns it naming the summary report and why; the secretary's next task
 * shows what was returned; the dossier sent again is approved.
 */
@ThiDuaFlowSpringTest
class DossierProcessTest {

  private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"
      + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ConferenceDocumentService documents;
  @Autowired DossierReviewRepository reviews;

  private ProcessInstance unit;
  private Long conferenceId;
  private ConferenceDriver driver;

  @BeforeEach
  void binhAnAtItsDossier() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign c = campaigns.start("binh-an-27-2025");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId()).singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    driver = new ConferenceDriver(engine, councils, unit);
    driver.driveToDossier("2025-03-27");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void upload(String code) {
    documents.record(conferenceId, code, code + ".pdf", PDF, "test.secretary");
  }

  private Object local(String name) {
    return taskService.getVariableLocal(task(unit).getId(), name);
  }

  @Test
  void aMissingRequiredDocumentIsRefusedByNameAReturnNamingOneDocumentReachesTheSecretaryAndTheResentDossierPasses() {
    assertThat(unit).isWaitingAt(Elements.SUBMIT_DOSSIER);
    // the tab's slots: the four documents of the general rule, the programme and report with the system's draft
    List<RequestedDocument> slots = RequestedDocument.read(local(RequestedDocument.VARIABLE));
    Assertions.assertThat(slots).extracting(RequestedDocument::code)
        .containsExactly("plan", "schedule", "summary-report", "programme");
    Assertions.assertThat(slots).allMatch(RequestedDocument::required);
    Assertions.assertThat(slots.get(3).generatedPath()).endsWith("/conferences/" + conferenceId
        + "/documents/programme.docx");
    Assertions.assertThat(slots.get(0).generatedPath()).isNull();

    // three of four: refused, naming the schedule and its clause; the task stays open
    upload("plan");
    upload("summary-report");
    upload("programme");
    assertThatThrownBy(() -> driver.complete(task(unit), java.util.Map.of()))
        .satisfies(e -> {
          InvalidInputException refused = InvalidInputException.in(e).orElseThrow();
          Assertions.assertThat(refused.violations()).hasSize(1);
          Assertions.assertThat(refused.violations().get(0).field()).isEqualTo(DossierFields.DOSSIER_DOCUMENTS);
          Assertions.assertThat(refused.violations().get(0).vietnamese()).contains("«Lịch tổ chức Hội nghị»")
              .contains("KH TP Lạng Sơn");
        });
    assertThat(unit).isWaitingAt(Elements.SUBMIT_DOSSIER);
    Assertions.assertThat(documents.missing(conferenceId, List.of("plan", "schedule"))).containsExactly("schedule");

    // the schedule uploaded: the open task's list shows it, and the dossier goes up
    upload("schedule");
    Assertions.assertThat(local(DossierFields.DOSSIER_DOCUMENTS).toString()).doesNotContain("Chưa có")
        .contains("[schedule\\\\.pdf]");
    driver.complete(task(unit), java.util.Map.of());
    assertThat(unit).isWaitingAt(Elements.REVIEW_DOSSIER);
    Assertions.assertThat(RequestedDocument.read(local(RequestedDocument.SHOWN_VARIABLE))).hasSize(4);
    Assertions.assertThat(local(DossierFields.DOSSIER_DOCUMENTS).toString()).contains("/view"); // PDF: «Xem»

    // every problem at once: approval while a document is marked to revise, and that document without a reason
    String reportWithoutReason = "[{\"code\":\"summary-report\",\"verdict\":\"NEEDS_REVISION\",\"reason\":\"  \"}]";
    assertThatThrownBy(() -> driver.complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "APPROVE",
        DossierFields.DOCUMENT_REVIEW, reportWithoutReason)))
        .satisfies(e -> Assertions.assertThat(InvalidInputException.in(e).orElseThrow().violations())
            .extracting(InvalidInputException.Violation::field)
            .containsExactlyInAnyOrder("documentReview[0].reason", Fields.DOSSIER_DECISION));
    assertThat(unit).isWaitingAt(Elements.REVIEW_DOSSIER);

    // returned naming the summary report (no overall reason needed), one row per document as the form sends them
    String review = "[{\"code\":\"plan\",\"verdict\":\"ACCEPTED\"},{\"code\":\"schedule\",\"verdict\":null},"
        + "{\"code\":\"summary-report\",\"verdict\":\"NEEDS_REVISION\",\"reason\":\"Thiếu số liệu khen thưởng 5 năm\"},"
        + "{\"code\":\"programme\",\"verdict\":\"ACCEPTED\",\"reason\":null}]";
    driver.complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "RETURN", DossierFields.DOCUMENT_REVIEW, review));
    assertThat(unit).isWaitingAt(Elements.SUBMIT_DOSSIER);
    var returned = reviews.findFirstByConferenceIdOrderByIdDesc(conferenceId).orElseThrow();
    Assertions.assertThat(returned.getDecision()).isEqualTo(DossierDecision.RETURN);
    // the secretary's new task says which document and why, in the list and above it
    Assertions.assertThat(local(DossierFields.DOSSIER_RETURN).toString()).contains("Báo cáo tổng kết")
        .contains("Thiếu số liệu khen thưởng 5 năm");
    Assertions.assertThat(local(DossierFields.DOSSIER_DOCUMENTS).toString()).contains("Cần sửa");

    // the report replaced and the dossier sent again; approved without the list
    upload("summary-report");
    driver.complete(task(unit), java.util.Map.of());
    assertThat(unit).isWaitingAt(Elements.REVIEW_DOSSIER);
    Assertions.assertThat(local(DossierFields.DOSSIER_RETURN).toString()).contains("Thiếu số liệu"); // last time
    driver.complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "APPROVE"));
    assertThat(unit).hasPassed(Elements.REVIEW_DOSSIER).isNotWaitingAt(Elements.SUBMIT_DOSSIER);
    Assertions.assertThat(reviews.findByConferenceIdOrderById(conferenceId)).extracting(r -> r.getDecision())
        .containsExactly(DossierDecision.RETURN, DossierDecision.APPROVE);
  }

  @Test
  void theFindingsOfAReturnAreStoredPerDocument() {
    driver.uploadDossier();
    driver.complete(task(unit), java.util.Map.of());
    driver.complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "RETURN", Fields.RETURN_REASON,
        "Hồ sơ chưa đóng dấu", DossierFields.DOCUMENT_REVIEW,
        "[{\"code\":\"programme\",\"verdict\":\"NEEDS_REVISION\",\"reason\":\"Thiếu mục khen thưởng\"}]"));
    var findings = documentsFindings();
    Assertions.assertThat(findings).hasSize(1);
    Assertions.assertThat(findings.get(0).getDocumentCode()).isEqualTo("programme");
    Assertions.assertThat(findings.get(0).getVerdict()).isEqualTo(Verdict.NEEDS_REVISION);
    Assertions.assertThat(findings.get(0).getReason()).isEqualTo("Thiếu mục khen thưởng");
  }

  @Autowired DossierService dossiers;

  private List<vn.thiduaflow.dossier.DossierReviewFinding> documentsFindings() {
    return dossiers.lastReturn(conferenceId).orElseThrow().revisions();
  }
}

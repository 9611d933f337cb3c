package vn.thiduaflow.conference.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Drives one unit's {@code UnitConference} instance through its forms the way Tasklist does (each completed task's
 * Camunda Form must resolve from the deployment), for the process tests. Building a driver binds camunda-bpm-assert to
 * its engine.
 */
public final class ConferenceDriver {

  private final ProcessEngine engine;
  private final CouncilDirectory councils;
  private final ProcessInstance unit;
  private final Long conferenceId;

  public ConferenceDriver(ProcessEngine engine, CouncilDirectory councils, ProcessInstance unit) {
    this.engine = engine;
    this.councils = councils;
    this.unit = unit;
    this.conferenceId = Long.valueOf(unit.getBusinessKey());
    // camunda-bpm-assert keeps one engine for the whole JVM: the last test class's context may hold another one
    org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
  }

  /** Sets the engine clock. */
  public static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(EngineClock.toDate(time));
  }

  /**
   * Completes a task with form values, after checking its Camunda Form resolves from the deployment. On the dossier
   * task the former checkbox {@code dossierContentsComplete = true} (the dossier is documents since issue 21) stands for
   * "the secretary uploaded every required document": they are uploaded ({@link #uploadDossier}) and the checkbox is
   * not sent.
   */
  public void complete(Task task, Map<String, Object> variables) {
    assertFormResolves(task);
    Map<String, Object> sent = variables;
    if (ProcessModel.Elements.SUBMIT_DOSSIER.equals(task.getTaskDefinitionKey())
        && variables.containsKey(Fields.DOSSIER_CONTENTS_COMPLETE)) {
      sent = new java.util.HashMap<>(variables);
      if (Boolean.TRUE.equals(sent.remove(Fields.DOSSIER_CONTENTS_COMPLETE))) {
        uploadDossier();
      }
    }
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task, sent);
  }

  /** Uploads a small signed PDF of every required document of the plan's dossier (as the unit's secretary). */
  public void uploadDossier() {
    var documents = bean(vn.thiduaflow.dossier.ConferenceDocumentService.class);
    var dossiers = bean(vn.thiduaflow.dossier.DossierService.class);
    for (String code : dossiers.ruleOf(conferenceId).requiredCodes()) {
      documents.record(conferenceId, code, code + ".pdf", SIGNED_PDF, "test.secretary");
    }
  }

  /** A bean of the application the engine runs in (the driver is built from the engine alone). */
  private <T> T bean(Class<T> type) {
    try {
      var field = org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration.class
          .getDeclaredField("applicationContext");
      field.setAccessible(true);
      return ((org.springframework.context.ApplicationContext) field.get(engine.getProcessEngineConfiguration()))
          .getBean(type);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Uploads the dossier's required documents and sends it (UserTask_SubmitDossier). */
  public void submitDossier() {
    uploadDossier();
    complete(task(unit), Map.of());
  }

  private static final byte[] SIGNED_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"
      + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  public void schedule(String date) {
    complete(task(unit), withVariables(Fields.CONFERENCE_FORM, "EXEMPLAR_COMMENDATION_CONFERENCE",
        Fields.CONFERENCE_DATE, date, Fields.EDITION, "III"));
  }

  public void sendNominations() {
    complete(task(unit), withVariables(Fields.NOMINATIONS_SENT, true));
  }

  public void compose(int exemplars, int guests, int presidium) {
    complete(task(unit), withVariables(Fields.EXEMPLAR_DELEGATES, exemplars, Fields.GUEST_DELEGATES, guests,
        Fields.PRESIDIUM_SIZE, presidium, Fields.PRESIDIUM_EXEMPLARS, 0));
  }

  /** Every voting member votes, the first {@code approvals} for; then the multi-instance join runs. */
  public void voteAll(int approvals) {
    List<String> members = councils.votingMembers(conferenceId);
    for (int i = 0; i < members.size(); i++) {
      var task = engine.getTaskService().createTaskQuery().processInstanceId(unit.getId()).taskAssignee(members.get(i))
          .singleResult();
      complete(task, withVariables(Fields.BALLOT, i < approvals ? "APPROVE" : "REJECT"));
    }
    executeBallotContinuations();
    signMinutes();
  }

  /**
   * Every voting member casts a ballot with a mark per nominee: {@code marks[m][n]} is member m's mark for nominee n
   * (APPROVE, REJECT or null for unmarked), in ballot order; then the join runs (the minutes wait for
   * {@link #signMinutes}).
   */
  public void voteEach(String[][] marks) {
    List<String> members = councils.votingMembers(conferenceId);
    for (int i = 0; i < members.size(); i++) {
      var task = engine.getTaskService().createTaskQuery().processInstanceId(unit.getId()).taskAssignee(members.get(i))
          .singleResult();
      StringBuilder ballot = new StringBuilder("[");
      for (int n = 0; n < marks[i].length; n++) {
        ballot.append(n == 0 ? "" : ",").append(marks[i][n] == null ? "{\"choice\":null}"
            : "{\"choice\":\"" + marks[i][n] + "\"}");
      }
      complete(task, withVariables(Fields.BALLOT, ballot.append("]").toString()));
    }
    executeBallotContinuations();
  }

  /** The chair confirms the count (UserTask_SignVoteMinutes), when that task is open. */
  public void signMinutes() {
    var task = engine.getTaskService().createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(ProcessModel.Elements.SIGN_VOTE_MINUTES).singleResult();
    if (task != null) {
      complete(task, withVariables(Fields.MINUTES_SIGNED, true));
    }
  }

  /** Each ballot commits on its own; the multi-instance join runs as a job (retried on concurrent completions). */
  public void executeBallotContinuations() {
    var management = engine.getManagementService();
    for (var job : management.createJobQuery().processInstanceId(unit.getId()).messages().list()) {
      management.executeJob(job.getId());
    }
  }

  /** Schedules on the given day, sends nominations, composes, and the council votes 7 of 7 for. */
  public void driveToDossier(String conferenceDate) {
    schedule(conferenceDate);
    sendNominations();
    compose(100, 40, 3);
    voteAll(7);
  }

  private void assertFormResolves(Task task) {
    try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form);
      Assertions.assertThat(json.get("id").asText()).isEqualTo(
          engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
              .<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById(task.getTaskDefinitionKey())
              .getCamundaFormRef());
      Assertions.assertThat(json.get("components")).isNotEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

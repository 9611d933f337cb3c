package vn.thiduaflow.conference.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
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
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.TimerJobs;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * The UnitConference model driven step by step with camunda-bpm-assert, on the Bình An plan (27/KH-UBND: one commune,
 * Q1/2025, ≤ 150 delegates, chaired by 3, dossier 15 days before, nominations 25 days before; upper council = Huyện
 * Bình Sơn, code 524).
 */
@ThiDuaFlowSpringTest
class UnitConferenceProcessTest {

  private static final String BINH_AN = "21064";
  private static final String BINH_SON = "524";

  @Autowired vn.thiduaflow.dossier.ConferenceDocumentService conferenceDocuments;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CampaignService campaigns;
  @Autowired
  ConferenceQueries conferences;
  @Autowired
  CouncilDirectory councils;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  EscalationRepository escalations;

  private ProcessInstance campaign;
  private ProcessInstance unit;
  private Long conferenceId;
  private ConferenceDriver driver;

  @BeforeEach
  void startBinhAnCampaign() {
    AbstractAssertions.init(engine);
    at(LocalDateTime.of(2025, 2, 20, 8, 0));
    Campaign c = campaigns.start("binh-an-27-2025");
    campaign = runtimeService.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaign.getId()).singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    driver = new ConferenceDriver(engine, councils, unit);
  }

  private void complete(org.camunda.bpm.engine.task.Task task, java.util.Map<String, Object> variables) {
    driver.complete(task, variables);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void at(LocalDateTime time) {
    ConferenceDriver.at(time);
  }

  private void schedule(String date) {
    driver.schedule(date);
  }

  private void compose(int exemplars, int guests, int presidium) {
    driver.compose(exemplars, guests, presidium);
  }

  private void voteAll(int approvals) {
    driver.voteAll(approvals);
  }

  /** Runs the campaign's own pending continuations (the report it sends upward at the end). */
  private void executeCampaignJobs(ProcessInstance campaign) {
    managementService.createJobQuery().processInstanceId(campaign.getId()).executable().list()
        .forEach(j -> managementService.executeJob(j.getId()));
  }

  private void driveToDossier() {
    driver.driveToDossier("2025-03-27");
  }

  @Test
  void happyPathFromScheduleToReportWithTheDossierReturnedOnce() {
    assertThat(campaign).isWaitingAt(Elements.HOLD_OWN_CONFERENCE);
    assertThat(unit).isWaitingAt(Elements.SCHEDULE_CONFERENCE);
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.UNIT_SECRETARY.groupId(BINH_AN));

    String scheduleTask = task(unit).getId();
    // the card names the unit; the form states the window with its clause and offers only the plan's forms
    Assertions.assertThat(task(unit).getName()).isEqualTo("Lên lịch và chọn hình thức hội nghị — Xã Bình An");
    Assertions.assertThat((String) taskService.getVariableLocal(scheduleTask, "taskBrief"))
        .contains("**Đơn vị:** Xã Bình An").contains("từ 01/01/2025 đến 31/03/2025")
        .contains("**Hình thức Kế hoạch cho phép:** Hội nghị Tuyên dương điển hình tiên tiến");
    Assertions.assertThat(taskService.getVariableLocal(scheduleTask, "allowedConferenceForms").toString())
        .contains("EXEMPLAR_COMMENDATION_CONFERENCE").doesNotContain("PATRIOTIC_EMULATION_CONGRESS");
    Assertions.assertThat(taskService.getVariableLocal(scheduleTask, "windowFrom")).isEqualTo("2025-01-01");
    Assertions.assertThat(taskService.getVariableLocal(scheduleTask, "windowTo")).isEqualTo("2025-03-31");
    assertThatThrownBy(() -> schedule("2025-04-01")) // the day after Q1/2025 (§II.2): refused at submission
        .hasMessageContaining("[conferenceDate]").hasMessageContaining("DATE_IN_WINDOW")
        .hasMessageContaining("2025-01-01 … 2025-03-31");
    assertThat(unit).isWaitingAt(Elements.SCHEDULE_CONFERENCE);
    Assertions.assertThat(task(unit).getId()).isEqualTo(scheduleTask);
    Assertions.assertThat(conferences.get(conferenceId).getScheduledOn()).isNull();
    schedule("2025-03-27");
    assertThat(unit).isWaitingAt(Elements.SUBMIT_NOMINATIONS);
    // this step's deadline as the plan counts it (25 calendar days before 27/03/2025), in dd/MM/yyyy
    Assertions.assertThat((String) taskService.getVariableLocal(task(unit).getId(), "taskBrief"))
        .contains("Hạn gửi danh sách đề cử: 02/03/2025 — 25 ngày trước ngày hội nghị 27/03/2025");
    Assertions.assertThat(task(unit).getDueDate()).isEqualTo(EngineClock.toDate(LocalDate.of(2025, 3, 3).atStartOfDay()));
    Assertions.assertThat(conferences.get(conferenceId).getOfficialName())
        .isEqualTo("Hội nghị tuyên dương điển hình tiên tiến Xã Bình An\nLần thứ III (2025 - 2030)\nBình An, ngày 27 tháng 3 năm 2025");

    complete(task(unit), withVariables(Fields.NOMINATIONS_SENT, true));
    assertThat(unit).isWaitingAt(Elements.PROPOSE_COMPOSITION);
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.STANDING_OFFICE.groupId(BINH_AN));
    String composeTask = task(unit).getId();
    assertThatThrownBy(() -> compose(111, 40, 3)) // 151 > 150: refused at submission, no vote round
        .hasMessageContaining("[exemplarDelegates]").hasMessageContaining("DELEGATE_CAP");
    assertThat(unit).isWaitingAt(Elements.PROPOSE_COMPOSITION);
    Assertions.assertThat(task(unit).getId()).isEqualTo(composeTask);
    Assertions.assertThat(conferences.get(conferenceId).getVoteRound()).isZero();
    compose(110, 40, 3); // exactly 150
    assertThat(unit).isWaitingAt(Elements.VOTE_ON_NOMINEES);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(unit.getId()).count()).isEqualTo(7);

    voteAll(4); // 4 of 7 > 50%
    assertThat(unit).hasPassed(Elements.VOTE_ON_NOMINEES).isWaitingAt(Elements.SUBMIT_DOSSIER);
    complete(task(unit), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    assertThat(unit).isWaitingAt(Elements.REVIEW_DOSSIER);
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.UPPER_COUNCIL.groupId(BINH_SON));
    complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "RETURN", Fields.RETURN_REASON, "Thiếu báo cáo"));
    assertThat(unit).isWaitingAt(Elements.SUBMIT_DOSSIER);
    Assertions.assertThat(task(unit).getDescription()).contains("Hồ sơ bị trả lại: Thiếu báo cáo");
    complete(task(unit), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "APPROVE"));
    assertThat(unit).isWaitingAt(Elements.HOLD_CONFERENCE).variables().containsEntry(Vars.DOSSIER_ON_TIME, true);

    ConferenceDriver.at(LocalDate.of(2025, 3, 27).atTime(17, 0)); // the evening of the conference
    conferenceDocuments.record(conferenceId, vn.thiduaflow.plan.model.DossierDocument.RESERVED_MINUTES,
        "bien-ban.pdf", vn.thiduaflow.attachment.AttachmentFiles.pdf(), "office");
    assertThatThrownBy(() -> complete(task(unit), withVariables(Fields.HELD_ON, "2025-02-06",
        Fields.ATTENDEE_COUNT, 151, Fields.PROGRAMME_FOLLOWED, true)))
        // seven weeks early, and 151 people where the council convened 150 (110 + 40, the cap): both refused at once
        .hasMessageContaining("[heldOn]").hasMessageContaining("khác ngày đã định 27/03/2025")
        .hasMessageContaining("(+1)");
    assertThat(unit).isWaitingAt(Elements.HOLD_CONFERENCE);
    complete(task(unit), withVariables(Fields.HELD_ON, "2025-03-27", Fields.ATTENDEE_COUNT, 150,
        Fields.PROGRAMME_FOLLOWED, true)); // exactly the 150 convened
    Assertions.assertThat(conferences.get(conferenceId).getHeldOn()).isEqualTo(LocalDate.of(2025, 3, 27));
    // the report upward runs asynchronously (a job), so colliding reports to one campaign are retried
    assertThat(unit).isWaitingAt(Elements.REPORT_CONFERENCE_RESULTS);
    execute(job(unit));
    executeCampaignJobs(campaign);
    assertThat(unit).isEnded().hasPassed(Elements.RESULTS_REPORTED);
    assertThat(campaign).isEnded().hasPassed(Elements.CAMPAIGN_CLOSED);
    // form values were moved to the project's tables, not left as process variables
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(unit.getId()).variableName(Fields.ATTENDEE_COUNT).list())
        .allSatisfy(v -> Assertions.assertThat(v.getState()).isEqualTo("DELETED"));
  }

  @Test
  void aFailedVoteSendsTheCompositionBack() {
    schedule("2025-03-27");
    complete(task(unit), withVariables(Fields.NOMINATIONS_SENT, true));
    compose(100, 40, 3);
    voteAll(3); // 3 of 7 is not more than 50%
    assertThat(unit).isWaitingAt(Elements.PROPOSE_COMPOSITION).variables().containsEntry(Vars.VOTE_PASSED, false);
  }

  @Test
  void aSecondBallotOrAReturnWithoutReasonIsRefusedAndChangesNothing() {
    schedule("2025-03-27");
    complete(task(unit), withVariables(Fields.NOMINATIONS_SENT, true));
    compose(100, 40, 3);
    String chair = councils.votingMembers(conferenceId).get(0);
    var chairTask = taskService.createTaskQuery().processInstanceId(unit.getId()).taskAssignee(chair).singleResult();
    // a non-member cannot vote through a member's task
    taskService.setAssignee(chairTask.getId(), "stranger");
    assertThatThrownBy(() -> taskService.complete(chairTask.getId(), withVariables(Fields.BALLOT, "APPROVE")))
        .hasMessageContaining("not a voting member");
    Assertions.assertThat(taskService.createTaskQuery().taskId(chairTask.getId()).count()).isEqualTo(1);
    taskService.setAssignee(chairTask.getId(), chair);
    assertThatThrownBy(() -> taskService.complete(chairTask.getId(), withVariables(Fields.BALLOT, "MAYBE")))
        .hasMessageContaining("ballot");
    taskService.complete(chairTask.getId(), withVariables(Fields.BALLOT, "APPROVE"));
    driver.executeBallotContinuations();
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(unit.getId()).count()).isEqualTo(6);
  }

  @Test
  void missingTheNominationDeadlineEscalatesToTheChairWithoutClosingTheTask() {
    schedule("2025-03-27"); // nominations due 2025-03-02 (25 days before)
    at(LocalDateTime.of(2025, 3, 2, 23, 59));
    Assertions.assertThat(TimerJobs.of(managementService.createJobQuery().processInstanceId(unit.getId())
        .executable(), Elements.NOMINATION_DEADLINE)).as("nothing fires on the deadline day").isEmpty();
    at(LocalDateTime.of(2025, 3, 3, 0, 0));
    var job = TimerJobs.one(managementService.createJobQuery().processInstanceId(unit.getId()).executable(),
        Elements.NOMINATION_DEADLINE);
    managementService.executeJob(job.getId());
    assertThat(unit).isWaitingAt(Elements.SUBMIT_NOMINATIONS);
    Assertions.assertThat(TimerJobs.of(managementService.createJobQuery().processInstanceId(unit.getId()),
        Elements.NOMINATION_DEADLINE)).as("the deadline fired").isEmpty();
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.CHAIR.groupId(BINH_AN))
        .hasCandidateGroup(CouncilRole.STANDING_OFFICE.groupId(BINH_AN));
    Assertions.assertThat(task(unit).getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
    Assertions.assertThat(escalations.findByConferenceIdInOrderById(List.of(conferenceId))).hasSize(1);
    complete(task(unit), withVariables(Fields.NOMINATIONS_SENT, true));
    assertThat(unit).isWaitingAt(Elements.PROPOSE_COMPOSITION);
  }

  @Test
  void aLateDossierEscalatesAndTheChairReschedules() {
    at(LocalDateTime.of(2025, 2, 21, 9, 0));
    driveToDossier(); // dossier due 2025-03-12 (27/3 minus 15 days)
    complete(task(unit), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    at(LocalDateTime.of(2025, 3, 13, 0, 0));
    var job = managementService.createJobQuery().processInstanceId(unit.getId()).timers().executable()
        .activityId(Elements.DOSSIER_DEADLINE).singleResult();
    managementService.executeJob(job.getId());
    assertThat(unit).hasPassed(Elements.DOSSIER_DEADLINE).isWaitingAt(Elements.REVIEW_DOSSIER);
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.CHAIR.groupId(BINH_AN));
    at(LocalDateTime.of(2025, 3, 14, 10, 0));
    complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "APPROVE"));
    assertThat(unit).isWaitingAt(Elements.DECIDE_LATE_DOSSIER).variables().containsEntry(Vars.DOSSIER_ON_TIME, false);
    assertThat(task(unit)).hasCandidateGroup(CouncilRole.CHAIR.groupId(BINH_AN));
    // a date still too close is checked again and comes back to the chair
    complete(task(unit), withVariables(Fields.LATE_DOSSIER_ACTION, "RESCHEDULE", Fields.NEW_CONFERENCE_DATE, "2025-03-28"));
    assertThat(unit).isWaitingAt(Elements.DECIDE_LATE_DOSSIER);
    complete(task(unit), withVariables(Fields.LATE_DOSSIER_ACTION, "RESCHEDULE", Fields.NEW_CONFERENCE_DATE, "2025-03-29"));
    assertThat(unit).isWaitingAt(Elements.HOLD_CONFERENCE);
    Assertions.assertThat(conferences.get(conferenceId).getScheduledOn()).isEqualTo(LocalDate.of(2025, 3, 29));
  }

  @Test
  void theChairMayHoldALateConferenceOnlyWithAReason() {
    // started mid-process, right before the chair's decision
    driveToDossier();
    complete(task(unit), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "APPROVE"));
    ProcessInstance branch = runtimeService.createProcessInstanceByKey(ProcessModel.UNIT_CONFERENCE)
        .businessKey(conferenceId.toString())
        .startBeforeActivity(Elements.DECIDE_LATE_DOSSIER).execute();
    assertThat(branch).isWaitingAt(Elements.DECIDE_LATE_DOSSIER);
    var chairTask = task(branch);
    assertThatThrownBy(() -> taskService.complete(chairTask.getId(),
        withVariables(Fields.LATE_DOSSIER_ACTION, "HOLD_AS_SCHEDULED")))
        .hasMessageContaining("lateDossierReason");
    assertThat(branch).isWaitingAt(Elements.DECIDE_LATE_DOSSIER);
    complete(chairTask, withVariables(Fields.LATE_DOSSIER_ACTION, "HOLD_AS_SCHEDULED",
        Fields.LATE_DOSSIER_REASON, "Lịch chung của huyện"));
    assertThat(branch).isWaitingAt(Elements.HOLD_CONFERENCE);
    Assertions.assertThat(conferences.get(conferenceId).getLateDossierReason()).isEqualTo("Lịch chung của huyện");
    runtimeService.deleteProcessInstance(branch.getId(), "test branch");
  }
}

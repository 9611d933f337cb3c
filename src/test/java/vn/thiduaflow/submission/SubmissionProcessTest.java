package vn.thiduaflow.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.council.CouncilRole;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.dossier.RequestedDocument;
import vn.thiduaflow.plan.Plan;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * Submissions before the conference and the organizing committee (issue 22), driven with the engine clock on the test
 * plan {@code test-early-submission} (Huyện Văn Quan, Lạng Sơn): every commune sends its plan and the decision
 * establishing its organizing committee to Sở Nội vụ by the fixed date 15/01/2025, and drafts of its report and
 * programme to the district's standing office 20 calendar days before its conference; reminders 2 working days before
 * (the workflow's default). Thị trấn Văn Quan schedules early and sends on time; Xã Trấn Ninh schedules after 15/01.
 */
@ThiDuaFlowSpringTest
class SubmissionProcessTest {

  private static final String EARLY = "06253";
  private static final String LATE = "06256";
  private static final String HOME_AFFAIRS = "plan-to-home-affairs";
  private static final String DRAFTS = "drafts-to-standing-office";
  private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"
      + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceService conferences;
  @Autowired CouncilDirectory councils;
  @Autowired CouncilAccounts accounts;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EscalationRepository escalations;
  @Autowired NotificationRepository notifications;
  @Autowired ConferenceDocumentService documents;
  @Autowired SubmissionService submissions;
  @Autowired OrganizingCommitteeService committees;

  private Campaign campaign;

  @BeforeEach
  void startTheCampaign() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    campaign = campaigns.start("test-early-submission");
    accounts.ensureAccounts(campaign, vn.thiduaflow.security.Http.PASSWORD, "vanquan.test");
    // the lower conferences start asynchronously, one job each
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().rootProcessInstanceId(campaign.getProcessInstanceId())
        .executable().messages().list()).isEmpty()) {
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    runtimeService.deleteProcessInstance(campaign.getProcessInstanceId(), "test done");
  }

  private Conference conference(String unitCode) {
    return conferences.ofCampaign(campaign.getId(), Plan.Tier.LOWER).stream()
        .filter(c -> c.getUnitCode().equals(unitCode)).findFirst().orElseThrow();
  }

  private ProcessInstance instance(String unitCode) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(conference(unitCode).getProcessInstanceId())
        .singleResult();
  }

  private Task task(String unitCode, String key) {
    return taskService.createTaskQuery().processInstanceId(conference(unitCode).getProcessInstanceId())
        .taskDefinitionKey(key).singleResult();
  }

  private Task submissionTask(String unitCode, String code) {
    return taskService.createTaskQuery().processInstanceId(conference(unitCode).getProcessInstanceId())
        .taskDefinitionKey(Elements.SEND_SUBMISSION).list().stream()
        .filter(t -> code.equals(taskService.getVariable(t.getId(), Vars.SUBMISSION_CODE))).findFirst().orElseThrow();
  }

  private List<Job> executableTimers(String unitCode) {
    return managementService.createJobQuery().processInstanceId(conference(unitCode).getProcessInstanceId()).timers()
        .executable().list();
  }

  private static Date startOf(int year, int month, int day) {
    return EngineClock.toDate(LocalDate.of(year, month, day).atStartOfDay());
  }

  private void upload(String unitCode, String code) {
    documents.record(conference(unitCode).getId(), code, code + ".pdf", PDF, "test.secretary");
  }

  private static String members(String... rows) {
    return "[" + String.join(",", rows) + "]";
  }

  private static String member(String name, String role, String sub) {
    return "{\"fullName\":\"" + name + "\",\"role\":\"" + role + "\",\"subCommittee\":\"" + sub + "\"}";
  }

  private static final String GOOD_MEMBERS = members(member("Hoàng Văn Minh", "HEAD", "NONE"),
      member("Lý Thị Hoa", "DEPUTY_HEAD", "CONTENT"), member("Nông Văn Tài", "MEMBER", "COMMUNICATION"));

  private static Map<String, Object> committee(String number, String date, String members) {
    return withVariables(Fields.DECISION_NUMBER, number, Fields.DECISION_DATE, date, Fields.COMMITTEE_MEMBERS, members);
  }

  private String refusal(Task task, Map<String, Object> vars) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(task.getId(), vars));
    assertThat(thrown).as("refused").isNotNull();
    return InvalidInputException.in(thrown).orElseThrow().sentences();
  }

  /** Schedules a commune's conference and sets up its organizing committee (decision dated today). */
  private void scheduleAndEstablish(String unitCode, String conferenceDay) {
    new ConferenceDriver(engine, councils, instance(unitCode)).schedule(conferenceDay);
    upload(unitCode, "organizing-committee-decision");
    new ConferenceDriver(engine, councils, instance(unitCode)).complete(task(unitCode,
        Elements.ESTABLISH_ORGANIZING_COMMITTEE), committee("12/QĐ-UBND", EngineClock.today().toString(), GOOD_MEMBERS));
  }

  @Test
  void theSubmissionsDoNotWaitForTheCommitteeWhichIsDueWithTheFirstSubmissionThatCarriesItsDecision() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    new ConferenceDriver(engine, councils, instance(EARLY)).schedule("2025-03-10");
    // both sending tasks are open before the committee exists
    assertThat(submissionTask(EARLY, HOME_AFFAIRS)).isNotNull();
    assertThat(submissionTask(EARLY, DRAFTS)).isNotNull();
    // the committee is due with the fixed 15/01/2025 of the submission that sends its decision on
    assertThat(submissions.dueDay(conference(EARLY).getId(), HOME_AFFAIRS)).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(task(EARLY, Elements.ESTABLISH_ORGANIZING_COMMITTEE).getDueDate())
        .isEqualTo(submissionTask(EARLY, HOME_AFFAIRS).getDueDate()).isNotNull();
    // and that submission cannot be sent without the decision
    upload(EARLY, "unit-plan");
    assertThat(refusal(submissionTask(EARLY, HOME_AFFAIRS), Map.of())).contains("Quyết định thành lập Ban Tổ chức");
  }

  @Test
  void whatIsStillUnsentWhenTheResultsAreReportedEndsWithTheConferenceRecordedAsNotSent() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 20, 9, 0));
    new ConferenceDriver(engine, councils, instance(LATE)).schedule("2025-03-20");
    // scheduled after the fixed 15/01: its submission escalates at once, then nobody sends it
    executableTimers(LATE).forEach(j -> managementService.executeJob(j.getId()));
    Long conferenceId = conference(LATE).getId();
    assertThat(submissions.of(conferenceId)).filteredOn(r -> r.getCode().equals(HOME_AFFAIRS))
        .singleElement().satisfies(r -> assertThat(r.getEscalationId()).isNotNull());
    String instanceId = conference(LATE).getProcessInstanceId();

    // the main flow reaches its end (results reported) while both submissions are open
    runtimeService.createProcessInstanceModification(instanceId).startBeforeActivity(Elements.RESULTS_REPORTED)
        .execute();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(submissions.of(conferenceId)).hasSize(2).allSatisfy(r -> assertThat(r.sent()).isFalse());
    assertThat(escalations.findById(submissions.of(conferenceId).stream().filter(r -> r.getCode().equals(HOME_AFFAIRS))
        .findFirst().orElseThrow().getEscalationId())).hasValueSatisfying(e -> assertThat(e.getResolvedAt()).isNotNull());
  }

  @Test
  void theCommitteeIsRefusedWithoutAHeadWithAFutureDateWithoutItsFileOrWithoutAMemberOfARequiredSubCommittee() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    new ConferenceDriver(engine, councils, instance(EARLY)).schedule("2025-03-10");
    Task committeeTask = task(EARLY, Elements.ESTABLISH_ORGANIZING_COMMITTEE);
    assertThat(committeeTask.getName()).isEqualTo("Thành lập Ban Tổ chức — Thị trấn Văn Quan");
    assertThat(taskService.getIdentityLinksForTask(committeeTask.getId())).extracting(l -> l.getGroupId())
        .contains(CouncilRole.STANDING_OFFICE.groupId(EARLY));
    assertThat(RequestedDocument.read(taskService.getVariableLocal(committeeTask.getId(), RequestedDocument.VARIABLE)))
        .extracting(RequestedDocument::code).containsExactly("organizing-committee-decision");
    assertThat(task(EARLY, Elements.SUBMIT_NOMINATIONS)).as("the main flow goes on beside it").isNotNull();

    assertThat(refusal(committeeTask, committee("12/QĐ-UBND", "2025-01-03", GOOD_MEMBERS)))
        .contains("Chưa tải lên bản đã ký của Quyết định thành lập Ban Tổ chức");
    upload(EARLY, "organizing-committee-decision");
    assertThat(refusal(committeeTask, committee("12/QĐ-UBND", "2025-01-03", members(
        member("Lý Thị Hoa", "DEPUTY_HEAD", "CONTENT"), member("Nông Văn Tài", "MEMBER", "COMMUNICATION")))))
        .contains("Ban Tổ chức chưa có Trưởng ban");
    assertThat(refusal(committeeTask, committee("12/QĐ-UBND", "2025-01-04", GOOD_MEMBERS)))
        .contains("Ngày ký Quyết định 04/01/2025 chưa đến");
    assertThat(refusal(committeeTask, committee("12/QĐ-UBND", "2025-01-03", members(member("Hoàng Văn Minh", "HEAD",
        "NONE"), member("Lý Thị Hoa", "DEPUTY_HEAD", "CONTENT")))))
        .contains("Tiểu ban Tuyên truyền chưa có thành viên nào").contains("§IV.1");
    assertThat(refusal(committeeTask, committee(" ", "2025-01-04", members(member("", "CHIEF", "CATERING")))))
        .startsWith("Chưa gửi được, có 8 điều cần sửa")
        .contains("Chưa nhập số Quyết định").contains("Người thứ 1 — Họ và tên").contains("Người thứ 1 — Chức danh")
        .contains("Người thứ 1 — Tiểu ban");
    assertThat(committees.of(conference(EARLY).getId())).as("nothing written").isEmpty();
    assertThat(submissions.of(conference(EARLY).getId())).extracting(ConferenceSubmission::getSentAt).containsOnlyNulls();

    // exactly today passes
    taskService.complete(committeeTask.getId(), committee("12/QĐ-UBND", "2025-01-03", GOOD_MEMBERS));
    var recorded = committees.of(conference(EARLY).getId()).orElseThrow();
    assertThat(recorded.getDecisionNumber()).isEqualTo("12/QĐ-UBND");
    assertThat(recorded.getMembers()).extracting(CommitteeMember::getRole).containsExactly(CommitteeMember.Role.HEAD,
        CommitteeMember.Role.DEPUTY_HEAD, CommitteeMember.Role.MEMBER);
    assertThat(committees.briefLine(conference(EARLY).getId()).orElseThrow()).contains("Trưởng ban: Hoàng Văn Minh")
        .contains("Tiểu ban Nội dung: 1 người");
    assertThat(taskService.getVariable(submissionTask(EARLY, HOME_AFFAIRS).getId(), "taskBrief").toString())
        .contains("**Ban Tổ chức:** Quyết định số 12\\/QĐ\\-UBND");
    // and in the briefs of the tasks after it
    taskService.complete(task(EARLY, Elements.SUBMIT_NOMINATIONS).getId(), withVariables(Fields.NOMINATIONS_SENT, true));
    assertThat(taskService.getVariable(task(EARLY, Elements.PROPOSE_COMPOSITION).getId(), "taskBrief").toString())
        .contains("**Ban Tổ chức:** Quyết định số 12\\/QĐ\\-UBND ngày 03/01/2025 — Trưởng ban: Hoàng Văn Minh");
  }

  @Test
  void eachSubmissionIsATaskDueAtItsOwnDeadlineRemindedBeforeAndEscalatedOnceOnlyForTheLateUnit() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    scheduleAndEstablish(EARLY, "2025-03-10");
    Long early = conference(EARLY).getId();
    // both submissions opened at scheduling with their due days: the fixed date, and 20 days before 10/3
    assertThat(submissions.of(early)).extracting(ConferenceSubmission::getCode, ConferenceSubmission::getDueOn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(HOME_AFFAIRS, LocalDate.of(2025, 1, 15)),
            org.assertj.core.groups.Tuple.tuple(DRAFTS, LocalDate.of(2025, 2, 18)));
    Task home = submissionTask(EARLY, HOME_AFFAIRS);
    assertThat(home.getName()).isEqualTo("Gửi Kế hoạch tổ chức Hội nghị và Quyết định thành lập Ban Tổ chức đến Sở Nội"
        + " vụ tỉnh Lạng Sơn — Thị trấn Văn Quan");
    assertThat(home.getDueDate()).isEqualTo(startOf(2025, 1, 16));
    assertThat(taskService.getIdentityLinksForTask(home.getId())).extracting(l -> l.getGroupId())
        .contains(CouncilRole.UNIT_SECRETARY.groupId(EARLY));
    assertThat(taskService.getVariable(home.getId(), "taskBrief").toString()).contains("**Đến:** Sở Nội vụ tỉnh Lạng Sơn")
        .contains("Hạn gửi: 15/01/2025 — ngày ấn định trong Kế hoạch (§IV.2");
    assertThat(RequestedDocument.read(taskService.getVariableLocal(home.getId(), RequestedDocument.VARIABLE)))
        .extracting(RequestedDocument::code, RequestedDocument::required).containsExactly(
            org.assertj.core.groups.Tuple.tuple("unit-plan", true),
            org.assertj.core.groups.Tuple.tuple("organizing-committee-decision", true));
    Task drafts = submissionTask(EARLY, DRAFTS);
    assertThat(drafts.getName()).startsWith("Gửi dự thảo Báo cáo tổng kết và chương trình Hội nghị đến Thường trực Hội"
        + " đồng Thi đua - Khen thưởng Huyện Văn Quan");
    assertThat(drafts.getDueDate()).isEqualTo(startOf(2025, 2, 19));
    // reminders 2 working days before: Monday 13/1 (before Wednesday 15/1) and Friday 14/2 (before Tuesday 18/2)
    assertThat(managementService.createJobQuery().processInstanceId(conference(EARLY).getProcessInstanceId())
        .activityId(Elements.SUBMISSION_REMINDER).list()).extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(startOf(2025, 1, 13), startOf(2025, 2, 14));

    // sending is refused while a required document is missing (the decision is there, the plan is not)
    assertThat(refusal(home, Map.of())).contains("còn thiếu «Kế hoạch tổ chức Hội nghị của đơn vị»");

    ConferenceDriver.at(LocalDateTime.of(2025, 1, 13, 0, 0));
    List<Job> due = executableTimers(EARLY);
    assertThat(due).as("only the fixed date's reminder").hasSize(1);
    managementService.executeJob(due.get(0).getId());
    assertThat(notifications.findByConferenceIdOrderById(early)).extracting(Notification::getKind,
        Notification::getDeadline).containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.REMINDER,
            DeadlineKind.SUBMISSION));

    ConferenceDriver.at(LocalDateTime.of(2025, 1, 14, 10, 0));
    upload(EARLY, "unit-plan");
    taskService.complete(home.getId());
    assertThat(submissions.of(early).get(0).getSentAt()).isEqualTo(LocalDateTime.of(2025, 1, 14, 10, 0));
    assertThat(notifications.findByConferenceIdOrderById(early)).extracting(Notification::getKind)
        .containsExactly(NotificationKind.REMINDER, NotificationKind.SUBMISSION_SENT);
    assertThat(notifications.findByConferenceIdOrderById(early).get(1).getSubject())
        .contains("Thị trấn Văn Quan đã gửi Kế hoạch tổ chức Hội nghị").contains("(hạn 15/01/2025)");

    // Xã Trấn Ninh schedules on 20/1 for 25/3: its fixed-date submission was due on 15/1 already
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 20, 9, 0));
    scheduleAndEstablish(LATE, "2025-03-25");
    Long late = conference(LATE).getId();
    Task lateHome = submissionTask(LATE, HOME_AFFAIRS);
    assertThat(lateHome.getDueDate()).as("due at the fixed date, in the past").isEqualTo(startOf(2025, 1, 16));
    assertThat(submissionTask(LATE, DRAFTS).getDueDate()).as("20 days before 25/3").isEqualTo(startOf(2025, 3, 6));
    List<Job> lateTimers = executableTimers(LATE);
    assertThat(lateTimers).as("the reminder and the escalation, both due at once").hasSize(2);
    lateTimers.forEach(j -> managementService.executeJob(j.getId()));
    assertThat(executableTimers(EARLY)).as("the early unit has nothing due").isEmpty();

    assertThat(notifications.findByConferenceIdOrderById(late)).extracting(Notification::getKind)
        .as("no reminder after the fact, one escalation").containsExactly(NotificationKind.ESCALATION);
    var escalated = escalations.findByConferenceIdInOrderById(List.of(late));
    assertThat(escalated).singleElement().satisfies(e -> {
      assertThat(e.getDeadline()).isEqualTo(DeadlineKind.SUBMISSION);
      assertThat(e.getDueOn()).isEqualTo(LocalDate.of(2025, 1, 15));
      assertThat(e.getEscalatedTo()).contains(CouncilRole.CHAIR.groupId(LATE));
    });
    assertThat(escalations.findByConferenceIdInOrderById(List.of(early))).as("only the late unit").isEmpty();
    lateHome = submissionTask(LATE, HOME_AFFAIRS);
    assertThat(lateHome.getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
    assertThat(taskService.getIdentityLinksForTask(lateHome.getId())).extracting(l -> l.getGroupId()).contains(
        CouncilRole.CHAIR.groupId(LATE), CouncilRole.STANDING_OFFICE.groupId(LATE));
    assertThat(submissionTask(LATE, DRAFTS).getPriority()).as("its other submission is not late").isEqualTo(50);
    String lateInstance = conference(LATE).getProcessInstanceId();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(lateInstance)
        .incidentType(EscalationService.INCIDENT_TYPE).count()).isEqualTo(1);
    // escalated once: asking again changes nothing
    assertThat(submissions.escalate(late, HOME_AFFAIRS, lateInstance)).isEmpty();
    assertThat(escalations.findByConferenceIdInOrderById(List.of(late))).hasSize(1);

    // sent late: the incident closes, the escalation is resolved, the recipient told it was late
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 21, 9, 0));
    upload(LATE, "unit-plan");
    taskService.complete(lateHome.getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(lateInstance).count()).isZero();
    assertThat(escalations.findByConferenceIdInOrderById(List.of(late)).get(0).getResolvedAt())
        .isEqualTo(LocalDateTime.of(2025, 1, 21, 9, 0));
    assertThat(notifications.findByConferenceIdOrderById(late).get(1).getSubject()).contains("(quá hạn 15/01/2025)");
    BpmnAwareTests.assertThat(instance(LATE)).isActive();
  }
}

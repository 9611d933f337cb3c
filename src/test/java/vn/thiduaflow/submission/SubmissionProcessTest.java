package vn.thiduaflow.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.thiduaflow.submission.SubmissionFixture.startOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.deadline.TimerJobs;
import vn.thiduaflow.dossier.RequestedDocument;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

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

  @Autowired ApplicationContext context;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired EscalationRepository escalations;
  @Autowired NotificationRepository notifications;
  @Autowired SubmissionService submissions;
  @Autowired OrganizingCommitteeService committees;

  private SubmissionFixture fixture;

  @BeforeEach
  void startTheCampaign() {
    fixture = new SubmissionFixture(context);
    fixture.start("test-early-submission", LocalDateTime.of(2025, 1, 2, 8, 0), "vanquan.test");
  }

  @AfterEach
  void resetClock() {
    fixture.end();
  }

  private void upload(String unitCode, String code) {
    fixture.upload(unitCode, code, code + ".pdf", "test.secretary");
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
    fixture.driver(unitCode).schedule(conferenceDay);
    upload(unitCode, "organizing-committee-decision");
    fixture.establishCommittee(unitCode, "12/QĐ-UBND", EngineClock.today().toString(), GOOD_MEMBERS);
  }

  @Test
  void theSubmissionsDoNotWaitForTheCommitteeWhichIsDueWithTheFirstSubmissionThatCarriesItsDecision() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.driver(EARLY).schedule("2025-03-10");
    // both sending tasks are open before the committee exists
    assertThat(fixture.submissionTask(EARLY, HOME_AFFAIRS)).isNotNull();
    assertThat(fixture.submissionTask(EARLY, DRAFTS)).isNotNull();
    // the committee is due with the fixed 15/01/2025 of the submission that sends its decision on
    assertThat(submissions.dueDay(fixture.conference(EARLY).getId(), HOME_AFFAIRS)).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(fixture.task(EARLY, Elements.ESTABLISH_ORGANIZING_COMMITTEE).getDueDate())
        .isEqualTo(fixture.submissionTask(EARLY, HOME_AFFAIRS).getDueDate()).isNotNull();
    // and that submission cannot be sent without the decision
    upload(EARLY, "unit-plan");
    assertThat(refusal(fixture.submissionTask(EARLY, HOME_AFFAIRS), Map.of())).contains("Quyết định thành lập Ban Tổ chức");
  }

  @Test
  void whatIsStillUnsentWhenTheResultsAreReportedEndsWithTheConferenceRecordedAsNotSent() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 20, 9, 0));
    fixture.driver(LATE).schedule("2025-03-20");
    // scheduled after the fixed 15/01: its submission escalates at once, then nobody sends it
    fixture.runExecutableTimers(LATE);
    Long conferenceId = fixture.conference(LATE).getId();
    assertThat(submissions.of(conferenceId)).filteredOn(r -> r.getCode().equals(HOME_AFFAIRS))
        .singleElement().satisfies(r -> assertThat(r.getEscalationId()).isNotNull());
    String instanceId = fixture.conference(LATE).getProcessInstanceId();

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
    fixture.driver(EARLY).schedule("2025-03-10");
    Task committeeTask = fixture.task(EARLY, Elements.ESTABLISH_ORGANIZING_COMMITTEE);
    assertThat(committeeTask.getName()).isEqualTo("Thành lập Ban Tổ chức — Thị trấn Văn Quan");
    assertThat(taskService.getIdentityLinksForTask(committeeTask.getId())).extracting(l -> l.getGroupId())
        .contains(CouncilRole.STANDING_OFFICE.groupId(EARLY));
    assertThat(RequestedDocument.read(taskService.getVariableLocal(committeeTask.getId(), RequestedDocument.VARIABLE)))
        .extracting(RequestedDocument::code).containsExactly("organizing-committee-decision");
    assertThat(fixture.task(EARLY, Elements.SUBMIT_NOMINATIONS)).as("the main flow goes on beside it").isNotNull();

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
    assertThat(committees.of(fixture.conference(EARLY).getId())).as("nothing written").isEmpty();
    assertThat(submissions.of(fixture.conference(EARLY).getId())).extracting(ConferenceSubmission::getSentAt).containsOnlyNulls();

    // exactly today passes
    taskService.complete(committeeTask.getId(), committee("12/QĐ-UBND", "2025-01-03", GOOD_MEMBERS));
    var recorded = committees.of(fixture.conference(EARLY).getId()).orElseThrow();
    assertThat(recorded.getDecisionNumber()).isEqualTo("12/QĐ-UBND");
    assertThat(recorded.getMembers()).extracting(CommitteeMember::getRole).containsExactly(CommitteeMember.Role.HEAD,
        CommitteeMember.Role.DEPUTY_HEAD, CommitteeMember.Role.MEMBER);
    assertThat(committees.briefLine(fixture.conference(EARLY).getId()).orElseThrow()).contains("Trưởng ban: Hoàng Văn Minh")
        .contains("Tiểu ban Nội dung: 1 người");
    assertThat(taskService.getVariable(fixture.submissionTask(EARLY, HOME_AFFAIRS).getId(), "taskBrief").toString())
        .contains("**Ban Tổ chức:** Quyết định số 12\\/QĐ\\-UBND");
    // and in the briefs of the tasks after it
    taskService.complete(fixture.task(EARLY, Elements.SUBMIT_NOMINATIONS).getId(), withVariables(Fields.NOMINATIONS_SENT, true));
    assertThat(taskService.getVariable(fixture.task(EARLY, Elements.PROPOSE_COMPOSITION).getId(), "taskBrief").toString())
        .contains("**Ban Tổ chức:** Quyết định số 12\\/QĐ\\-UBND ngày 03/01/2025 — Trưởng ban: Hoàng Văn Minh");
  }

  @Test
  void eachSubmissionIsATaskDueAtItsOwnDeadlineRemindedBeforeAndEscalatedOnceOnlyForTheLateUnit() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    scheduleAndEstablish(EARLY, "2025-03-10");
    Long early = fixture.conference(EARLY).getId();
    // both submissions opened at scheduling with their due days: the fixed date, and 20 days before 10/3
    assertThat(submissions.of(early)).extracting(ConferenceSubmission::getCode, ConferenceSubmission::getDueOn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(HOME_AFFAIRS, LocalDate.of(2025, 1, 15)),
            org.assertj.core.groups.Tuple.tuple(DRAFTS, LocalDate.of(2025, 2, 18)));
    Task home = fixture.submissionTask(EARLY, HOME_AFFAIRS);
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
    Task drafts = fixture.submissionTask(EARLY, DRAFTS);
    assertThat(drafts.getName()).startsWith("Gửi dự thảo Báo cáo tổng kết và chương trình Hội nghị đến Thường trực Hội"
        + " đồng Thi đua - Khen thưởng Huyện Văn Quan");
    assertThat(drafts.getDueDate()).isEqualTo(startOf(2025, 2, 19));
    // reminders 2 working days before: Monday 13/1 (before Wednesday 15/1) and Friday 14/2 (before Tuesday 18/2)
    assertThat(TimerJobs.of(managementService.createJobQuery()
        .processInstanceId(fixture.conference(EARLY).getProcessInstanceId()), Elements.SUBMISSION_REMINDER))
        .extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(startOf(2025, 1, 13), startOf(2025, 2, 14));

    // sending is refused while a required document is missing (the decision is there, the plan is not)
    assertThat(refusal(home, Map.of())).contains("còn thiếu «Kế hoạch tổ chức Hội nghị của đơn vị»");

    ConferenceDriver.at(LocalDateTime.of(2025, 1, 13, 0, 0));
    List<Job> due = fixture.executableTimers(EARLY);
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
    Long late = fixture.conference(LATE).getId();
    Task lateHome = fixture.submissionTask(LATE, HOME_AFFAIRS);
    assertThat(lateHome.getDueDate()).as("due at the fixed date, in the past").isEqualTo(startOf(2025, 1, 16));
    assertThat(fixture.submissionTask(LATE, DRAFTS).getDueDate()).as("20 days before 25/3").isEqualTo(startOf(2025, 3, 6));
    List<Job> lateTimers = fixture.executableTimers(LATE);
    assertThat(lateTimers).as("the reminder and the escalation, both due at once").hasSize(2);
    lateTimers.forEach(j -> managementService.executeJob(j.getId()));
    assertThat(fixture.executableTimers(EARLY)).as("the early unit has nothing due").isEmpty();

    assertThat(notifications.findByConferenceIdOrderById(late)).extracting(Notification::getKind)
        .as("no reminder after the fact, one escalation").containsExactly(NotificationKind.ESCALATION);
    var escalated = escalations.findByConferenceIdInOrderById(List.of(late));
    assertThat(escalated).singleElement().satisfies(e -> {
      assertThat(e.getDeadline()).isEqualTo(DeadlineKind.SUBMISSION);
      assertThat(e.getDueOn()).isEqualTo(LocalDate.of(2025, 1, 15));
      assertThat(e.getEscalatedTo()).contains(CouncilRole.CHAIR.groupId(LATE));
    });
    assertThat(escalations.findByConferenceIdInOrderById(List.of(early))).as("only the late unit").isEmpty();
    lateHome = fixture.submissionTask(LATE, HOME_AFFAIRS);
    assertThat(lateHome.getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
    assertThat(taskService.getIdentityLinksForTask(lateHome.getId())).extracting(l -> l.getGroupId()).contains(
        CouncilRole.CHAIR.groupId(LATE), CouncilRole.STANDING_OFFICE.groupId(LATE));
    assertThat(fixture.submissionTask(LATE, DRAFTS).getPriority()).as("its other submission is not late").isEqualTo(50);
    String lateInstance = fixture.conference(LATE).getProcessInstanceId();
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
    BpmnAwareTests.assertThat(fixture.instance(LATE)).isActive();
  }
}

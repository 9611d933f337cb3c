package vn.thiduaflow.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.thiduaflow.submission.SubmissionFixture.startOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.dashboard.CampaignDashboard;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * The plan's division of work as tasks and the supervising council member (issue 22), driven with the engine clock on
 * the test plan {@code test-duties-bac-son} (Huyện Bắc Sơn): every commune's finance officer prepares the budget
 * estimate 10 calendar days before its conference and its culture officer finishes the publicity by the fixed date
 * 15/01/2025; reminders 2 working days before (the workflow's default); the district's standing office assigns one of
 * its council's voting members to each commune, who is then told of the commune's escalations.
 */
@ThiDuaFlowSpringTest
class DutyProcessTest {

  private static final String TOWN = "06325";
  private static final String BUDGET = "budget-estimate";
  private static final String PUBLICITY = "publicity";

  @Autowired ApplicationContext context;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired EscalationRepository escalations;
  @Autowired NotificationRepository notifications;
  @Autowired DutyService duties;
  @Autowired SupervisionService supervision;
  @Autowired CampaignDashboard dashboard;

  private SubmissionFixture fixture;
  private Campaign campaign;

  @BeforeEach
  void startTheCampaign() {
    fixture = new SubmissionFixture(context);
    campaign = fixture.start("test-duties-bac-son", LocalDateTime.of(2025, 1, 2, 8, 0), "bacson.test");
  }

  @AfterEach
  void resetClock() {
    fixture.end();
  }

  private Conference conference() {
    return fixture.conference(TOWN);
  }

  private ProcessInstance instance() {
    return fixture.instance(TOWN);
  }

  /** The conference's duties instance, called by its UnitConference instance once scheduled. */
  private String dutiesInstance() {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(conference().getProcessInstanceId())
        .processDefinitionKey(ProcessModel.UNIT_DUTIES).singleResult().getId();
  }

  private Task dutyTask(String code) {
    return taskService.createTaskQuery().processInstanceId(dutiesInstance())
        .taskDefinitionKeyIn(Elements.REPORT_DUTY_DONE, BudgetEstimateService.ESTIMATE_TASK,
            BudgetEstimateService.APPROVE_TASK).list().stream()
        .filter(t -> code.equals(taskService.getVariable(t.getId(), Vars.DUTY_CODE))).findFirst().orElseThrow();
  }

  private Task task(String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(conference().getId().toString())
        .taskDefinitionKey(key).singleResult();
  }

  private List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private List<Job> executableTimers() {
    return managementService.createJobQuery().processInstanceId(dutiesInstance()).timers().executable().list();
  }

  private String refusal(Task task, Map<String, Object> vars) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(task.getId(), vars));
    assertThat(thrown).as("refused").isNotNull();
    return InvalidInputException.in(thrown).orElseThrow().sentences();
  }

  private List<Notification> sent(NotificationKind kind) {
    return notifications.findByConferenceIdOrderById(conference().getId()).stream().filter(n -> n.getKind() == kind)
        .toList();
  }

  @Test
  void eachDutyIsATaskOfItsHolderDueAtItsDayRemindedOnceEscalatedOnceToTheChairAndTheSupervisorAndRecordedDone() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.driver(TOWN).schedule("2025-03-10");
    Long id = conference().getId();

    // both duties opened at scheduling, each for its holder's group at the commune, with its due day
    assertThat(duties.of(id)).extracting(ConferenceDuty::getCode, ConferenceDuty::getDueOn, ConferenceDuty::getHolderGroup)
        .containsExactly(tuple(BUDGET, LocalDate.of(2025, 2, 28), CouncilRole.FINANCE_OFFICER.groupId(TOWN)),
            tuple(PUBLICITY, LocalDate.of(2025, 1, 15), CouncilRole.CULTURE_OFFICER.groupId(TOWN)));
    Task budget = dutyTask(BUDGET);
    assertThat(budget.getName()).isEqualTo("Xây dựng dự trù kinh phí tổ chức Hội nghị — Thị trấn Bắc Sơn");
    assertThat(budget.getDueDate()).as("the end of 28/2, 10 days before 10/3").isEqualTo(startOf(2025, 3, 1));
    assertThat(groups(budget)).containsExactly(CouncilRole.FINANCE_OFFICER.groupId(TOWN));
    assertThat(taskService.getVariable(budget.getId(), "taskBrief").toString())
        .contains("**Người thực hiện:** Công chức Tài chính \\- Kế toán")
        .contains("Hạn: 28/02/2025 — 10 ngày trước ngày hội nghị (§IV.2");
    assertThat(taskService.createTaskQuery().processInstanceId(conference().getProcessInstanceId()).list())
        .as("the conference's own instance keeps one task per step").extracting(Task::getTaskDefinitionKey)
        .containsExactly(Elements.SUBMIT_NOMINATIONS);
    Task publicity = dutyTask(PUBLICITY);
    assertThat(publicity.getDueDate()).isEqualTo(startOf(2025, 1, 16));
    assertThat(groups(publicity)).containsExactly(CouncilRole.CULTURE_OFFICER.groupId(TOWN));
    assertThat(task(Elements.SUBMIT_NOMINATIONS)).as("the main flow goes on beside them").isNotNull();
    // the officer's sample account is a member of its group, so someone can do it
    String culture = councils.holder(id, CouncilRole.CULTURE_OFFICER);
    assertThat(identityService.createUserQuery().memberOfGroup(CouncilRole.CULTURE_OFFICER.groupId(TOWN)).list())
        .extracting(u -> u.getId()).containsExactly(culture);
    // reminders 2 working days before: Monday 13/1 (before Wednesday 15/1) and Wednesday 26/2 (before Friday 28/2)
    assertThat(managementService.createJobQuery().processInstanceId(dutiesInstance())
        .activityId(Elements.DUTY_REMINDER).list()).extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(startOf(2025, 1, 13), startOf(2025, 2, 24 + 2));

    // the district's standing office assigns a member of its own council; nobody or an outsider is refused
    Task assign = task(Elements.ASSIGN_SUPERVISOR);
    assertThat(groups(assign)).containsExactly(CouncilRole.STANDING_OFFICE.groupId("185"));
    List<CouncilMember> candidates = supervision.candidates(id);
    assertThat(candidates).hasSize(9).allMatch(m -> m.getRole().votes());
    assertThat(refusal(assign, withVariables(Fields.SUPERVISOR, culture)))
        .contains("không phải thành viên Hội đồng Thi đua - Khen thưởng Huyện Bắc Sơn");
    assertThat(refusal(assign, withVariables(Fields.SUPERVISOR, " "))).contains("Chưa chọn thành viên Hội đồng");
    assertThat(supervision.of(id)).as("nothing written").isEmpty();
    CouncilMember member = candidates.get(3);
    String instance = conference().getProcessInstanceId();
    var authorizations = context.getBean(org.camunda.bpm.engine.AuthorizationService.class);
    List<String> memberGroups = identityService.createGroupQuery().groupMember(member.getUsername()).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    assertThat(authorizations.isUserAuthorized(member.getUsername(), memberGroups,
        org.camunda.bpm.engine.authorization.Permissions.READ,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, instance)).as("before").isFalse();
    taskService.complete(assign.getId(), withVariables(Fields.SUPERVISOR, member.getUsername()));
    assertThat(supervision.of(id).orElseThrow().getUsername()).isEqualTo(member.getUsername());
    // the supervisor may now follow this conference in Cockpit: READ on its instance, nothing more
    assertThat(authorizations.isUserAuthorized(member.getUsername(), memberGroups,
        org.camunda.bpm.engine.authorization.Permissions.READ,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, instance)).isTrue();
    assertThat(authorizations.isUserAuthorized(member.getUsername(), memberGroups,
        org.camunda.bpm.engine.authorization.Permissions.ACCESS,
        org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizations.createAuthorizationQuery().userIdIn(member.getUsername()).list())
        .as("besides the engine's own grant on the user's own account")
        .filteredOn(a -> a.getResourceType() != org.camunda.bpm.engine.authorization.Resources.USER.resourceType())
        .extracting(a -> a.getResourceType() + ":" + a.getResourceId())
        .containsExactlyInAnyOrder(org.camunda.bpm.engine.authorization.Resources.APPLICATION.resourceType()
            + ":cockpit", org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE.resourceType() + ":"
            + instance, org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE.resourceType() + ":"
            + instance);

    // 13/1: only the publicity's reminder is due, once
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 13, 0, 0));
    List<Job> due = executableTimers();
    assertThat(due).hasSize(1);
    managementService.executeJob(due.get(0).getId());
    assertThat(sent(NotificationKind.REMINDER)).singleElement()
        .satisfies(n -> assertThat(n.getDeadline()).isEqualTo(DeadlineKind.DUTY));

    // the end of 15/1 passes: escalated once to the chair and the office, and the supervisor told once
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 16, 0, 0));
    due = executableTimers();
    assertThat(due).hasSize(1);
    managementService.executeJob(due.get(0).getId());
    assertThat(escalations.findByConferenceIdInOrderById(List.of(id))).singleElement().satisfies(e -> {
      assertThat(e.getDeadline()).isEqualTo(DeadlineKind.DUTY);
      assertThat(e.getDueOn()).isEqualTo(LocalDate.of(2025, 1, 15));
      assertThat(e.getEscalatedTo()).contains(CouncilRole.CHAIR.groupId(TOWN));
    });
    publicity = dutyTask(PUBLICITY);
    assertThat(publicity.getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
    assertThat(groups(publicity)).contains(CouncilRole.CHAIR.groupId(TOWN), CouncilRole.STANDING_OFFICE.groupId(TOWN));
    assertThat(dutyTask(BUDGET).getPriority()).as("the other duty is not late").isEqualTo(50);
    assertThat(sent(NotificationKind.ESCALATION)).hasSize(1);
    assertThat(sent(NotificationKind.SUPERVISOR_ALERT)).singleElement().satisfies(n -> {
      assertThat(n.getRecipients()).isEqualTo(member.getUsername() + "@bacson.test");
      assertThat(n.getSubject()).contains("Đơn vị đồng chí phụ trách quá hạn").contains("15/01/2025")
          .contains("Thị trấn Bắc Sơn");
      assertThat(n.getBody()).contains(member.getFullName()).contains("§IV.3");
    });
    String pi = dutiesInstance();
    assertThat(duties.escalate(id, PUBLICITY, pi)).as("escalated once").isEmpty();
    assertThat(sent(NotificationKind.SUPERVISOR_ALERT)).hasSize(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi)
        .incidentType(EscalationService.INCIDENT_TYPE).count()).isEqualTo(1);

    // done late: a note is required, 1,000 characters pass and 1,001 are refused; the escalation is resolved
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 17, 10, 0));
    assertThat(refusal(publicity, withVariables(Fields.DUTY_NOTE, "  "))).contains("Chưa nhập Kết quả thực hiện");
    assertThat(refusal(publicity, withVariables(Fields.DUTY_NOTE, "x".repeat(1001))))
        .contains("dài 1001 ký tự, tối đa 1000 ký tự");
    assertThat(duties.of(id).get(1).done()).as("nothing written").isFalse();
    taskService.complete(publicity.getId(), withVariables(Fields.DUTY_NOTE, "x".repeat(1000)));
    ConferenceDuty done = duties.of(id).get(1);
    assertThat(done.getDoneAt()).isEqualTo(LocalDateTime.of(2025, 1, 17, 10, 0));
    assertThat(done.getNote()).hasSize(1000);
    assertThat(done.stateOn(EngineClock.today())).isEqualTo(ConferenceDuty.State.DONE_LATE);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(escalations.findByConferenceIdInOrderById(List.of(id)).get(0).getResolvedAt()).isNotNull();
    assertThat(runtimeService.getVariables(pi)).as("the note is not kept in the process").doesNotContainKey(
        Fields.DUTY_NOTE);

    // the budget on its last day is on time; the dashboard shows both with the supervisor
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 28, 16, 0));
    // issue 24: the budget estimate is the officer's estimate and the chair's approval
    taskService.complete(dutyTask(BUDGET).getId(), withVariables(BudgetEstimateService.LINES, List.of(Map.of("kind",
        "VENUE", "description", "Hội trường", "amount", 25_000_000))));
    taskService.complete(dutyTask(BUDGET).getId(), withVariables("budgetDecision", "APPROVE"));
    assertThat(duties.of(id).get(0).stateOn(EngineClock.today())).isEqualTo(ConferenceDuty.State.DONE);
    var row = dashboard.page(CampaignDashboard.Viewer.of(List.of(CouncilRole.STANDING_OFFICE.groupId("185"))),
        new CampaignDashboard.Filter(campaign.getId(), null, null, false, 0, 50)).rows().stream()
        .filter(r -> r.unitCode().equals(TOWN)).findFirst().orElseThrow();
    assertThat(row.duties()).extracting(CampaignDashboard.DutyLine::code, CampaignDashboard.DutyLine::state)
        .containsExactly(tuple(BUDGET, "DONE"), tuple(PUBLICITY, "DONE_LATE"));
    assertThat(row.supervisor()).isEqualTo(member.getFullName() + " (" + member.getUsername() + ")");
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance().getId()).count())
        .as("every duty done and the supervisor assigned: the duties instance ended").isZero();
    BpmnAwareTests.assertThat(instance()).isActive();
  }

  @Test
  void aDutyNotDoneShowsLateOnTheDashboardAndAUnitWithoutSupervisorTellsNobodyElse() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.driver(TOWN).schedule("2025-03-10");
    Long id = conference().getId();
    var viewer = CampaignDashboard.Viewer.of(List.of("camunda-admin"));
    var filter = new CampaignDashboard.Filter(campaign.getId(), null, null, false, 0, 50);
    // exactly on its last day it is still due
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 15, 23, 0));
    assertThat(dashboard.page(viewer, filter).rows().stream().filter(r -> r.unitCode().equals(TOWN)).findFirst()
        .orElseThrow().duties()).extracting(CampaignDashboard.DutyLine::state).containsExactly("DUE", "DUE");
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 16, 0, 0));
    executableTimers().forEach(j -> managementService.executeJob(j.getId()));
    assertThat(dashboard.page(viewer, filter).rows().stream().filter(r -> r.unitCode().equals(TOWN)).findFirst()
        .orElseThrow().duties()).extracting(CampaignDashboard.DutyLine::state, CampaignDashboard.DutyLine::stateLabel)
        .containsExactly(tuple("DUE", "Đang thực hiện"), tuple("LATE", "Quá hạn"));
    assertThat(sent(NotificationKind.ESCALATION)).hasSize(1);
    assertThat(sent(NotificationKind.SUPERVISOR_ALERT)).as("nobody assigned yet").isEmpty();
    assertThat(supervision.of(id)).isEmpty();
  }
}

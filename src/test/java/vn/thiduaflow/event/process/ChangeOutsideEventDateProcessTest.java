package vn.thiduaflow.event.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
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
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.event.OutsideEventChanges.Fields;
import vn.thiduaflow.event.OutsideEventDates;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel;

/**
 * The ChangeOutsideEventDate model driven with camunda-bpm-assert on the test plan test-two-level-before-party-congress
 * (Tỉnh Lai Châu and two communes, every conference before the provincial Party congress, 20/10/2025 in the plan): a
 * conference on the congress's day is refused at scheduling and the day before passes; the province's standing office
 * moves the congress to 01/09/2025 from Tasklist; nothing scheduled moves, the two conferences now on the wrong side
 * are listed in the instance and their units told; a reschedule and a new scheduling are then judged against the new
 * date (01/09 refused, 31/08 passes). A wrong form is refused with every field at once and nothing kept.
 */
@ThiDuaFlowSpringTest
class ChangeOutsideEventDateProcessTest {

  private static final String PLAN = "test-two-level-before-party-congress";
  private static final String BINH_LU = "Xã Bình Lư";
  private static final String SIN_SUOI_HO = "Xã Sin Suối Hồ";

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired vn.thiduaflow.deadline.DeadlineService deadlines;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired NotificationRepository notifications;
  @Autowired OutsideEventDates eventDates;
  @Autowired AuditTrail audit;
  @Autowired vn.thiduaflow.council.CouncilAccounts accounts;

  private Campaign campaign;

  @BeforeEach
  void startTheProvincesCampaign() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 7, 10, 8, 0));
    campaign = campaigns.start(PLAN);
    // the lower conferences start asynchronously (the campaign's multi-instance call): run those jobs
    var management = engine.getManagementService();
    for (int round = 0; round < 10; round++) {
      var jobs = management.createJobQuery().processInstanceId(campaign.getProcessInstanceId()).executable().list();
      if (jobs.isEmpty()) {
        break;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
    // the units' people as Camunda users in their groups, each group with what its role may use (AccessGrants)
    accounts.ensureAccounts(campaign, "Test-Passw0rd!", "event.test");
  }

  @AfterEach
  void resetClockAndLogin() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  private Conference conference(String unitName) {
    return conferences.ofCampaign(campaign.getId(), null).stream().filter(c -> c.getUnitName().equals(unitName))
        .findFirst().orElseThrow();
  }

  private ProcessInstance unitInstance(Conference c) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .processInstanceBusinessKey(c.getId().toString()).singleResult();
  }

  private void schedule(Conference c, String form, String date) {
    ProcessInstance unit = unitInstance(c);
    new ConferenceDriver(engine, councils, unit).complete(task(unit), withVariables(
        ProcessModel.Fields.CONFERENCE_FORM, form, ProcessModel.Fields.CONFERENCE_DATE, date));
  }

  /** Completes the task the way Tasklist does, after checking its Camunda Form resolves from the deployment. */
  private void completeForm(org.camunda.bpm.engine.task.Task task, Map<String, Object> values) {
    try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      Assertions.assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).get("id").asText())
          .isEqualTo("changeOutsideEventDateForm");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    taskService.complete(task.getId(), values);
  }

  private ProcessInstance startAs(String user, String businessKey) {
    // logged in as Tasklist logs in: the user with its groups
    identityService.setAuthentication(user, user == null ? java.util.List.of() : identityService.createGroupQuery()
        .groupMember(user).list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      return runtimeService.startProcessInstanceByKey(ChangeOutsideEventDate.PROCESS, businessKey);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void theOfficeMovesTheCongressAndTheNextSchedulingAndRescheduleAreJudgedAgainstTheNewDate() {
    Conference province = conference("Tỉnh Lai Châu");
    Conference binhLu = conference(BINH_LU);
    Assertions.assertThat(province.getTier()).isEqualTo(Tier.OWN);
    // the schedule step's brief shows the event with its current date and the clause
    ProcessInstance binhLuUnit = unitInstance(binhLu);
    Assertions.assertThat((String) taskService.getVariableLocal(task(binhLuUnit).getId(), "taskBrief"))
        .contains("**Hội nghị phải tổ chức:** trước Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - "
            + "2030 — ngày 20/10/2025");
    schedule(binhLu, "ADVANCED_EXEMPLAR_CONFERENCE", "2025-09-02");

    // the province's standing office starts the process from Tasklist, naming another campaign: bound to its own
    String office = councils.holder(province.getId(), CouncilRole.STANDING_OFFICE);
    ProcessInstance change = startAs(office, "999999");
    Assertions.assertThat(change.getBusinessKey()).isEqualTo(campaign.getId().toString());
    assertThat(change).isWaitingAt(ChangeOutsideEventDate.CHANGE_TASK);
    var form = task(change);
    Assertions.assertThat(form.getAssignee()).isEqualTo(office);
    Assertions.assertThat(form.getName()).isEqualTo("Đổi ngày sự kiện của Kế hoạch — Tỉnh Lai Châu");
    Assertions.assertThat((String) taskService.getVariableLocal(form.getId(), "taskBrief"))
        .contains("**Sự kiện:** Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030 — ngày "
            + "20/10/2025")
        .contains("Hội nghị của các đơn vị cấp dưới phải tổ chức trước sự kiện");
    Assertions.assertThat(taskService.getVariableLocal(form.getId(), "outsideEventOptions").toString())
        .contains("PROVINCIAL_PARTY_CONGRESS");

    // a wrong form: every field at once, nothing kept
    assertThatThrownBy(() -> completeForm(form, Map.of(Fields.EVENT, "NO_SUCH_EVENT", Fields.NEW_DATE, "2025-09-01",
        Fields.REASON, "   ")))
        .satisfies(e -> Assertions.assertThat(InvalidInputException.in(e).orElseThrow().violations())
            .extracting(InvalidInputException.Violation::field).containsExactly(Fields.EVENT, Fields.REASON));
    assertThat(change).isWaitingAt(ChangeOutsideEventDate.CHANGE_TASK);
    Assertions.assertThat(eventDates.history(campaign.getId())).isEmpty();

    completeForm(form, Map.of(Fields.EVENT, "PROVINCIAL_PARTY_CONGRESS", Fields.NEW_DATE, "2025-09-01",
        Fields.REASON, "Tỉnh ủy thông báo lịch Đại hội chính thức"));
    assertThat(change).isEnded();
    // nothing scheduled moved; the conference now after the congress is listed in the completion and its office told
    Assertions.assertThat(conferences.get(binhLu.getId()).getScheduledOn()).isEqualTo(LocalDate.of(2025, 9, 2));
    var history = engine.getHistoryService();
    Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(change.getId())
        .variableName(ChangeOutsideEventDate.WRONG_SIDE_COUNT).singleResult().getValue()).isEqualTo(1);
    Assertions.assertThat((String) history.createHistoricVariableInstanceQuery().processInstanceId(change.getId())
        .variableName(ChangeOutsideEventDate.SUMMARY).singleResult().getValue())
        .startsWith("Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030: ngày 20/10/2025 → "
            + "01/09/2025. 1 hội nghị")
        .contains("- Xã Bình Lư — hội nghị ngày 02/09/2025 không trước")
        .doesNotContain(SIN_SUOI_HO);
    Assertions.assertThat(eventDates.history(campaign.getId())).singleElement().satisfies(row -> {
      Assertions.assertThat(row.getEventDate()).isEqualTo(LocalDate.of(2025, 9, 1));
      Assertions.assertThat(row.getPreviousDate()).isEqualTo(LocalDate.of(2025, 10, 20));
      Assertions.assertThat(row.getChangedBy()).isEqualTo(office);
      Assertions.assertThat(row.getReason()).isEqualTo("Tỉnh ủy thông báo lịch Đại hội chính thức");
    });
    Assertions.assertThat(notifications.findByConferenceIdOrderById(binhLu.getId()))
        .filteredOn(n -> n.getKind() == NotificationKind.EVENT_DATE_CHANGED).singleElement()
        .satisfies(n -> Assertions.assertThat(n.getSubject()).contains("Xã Bình Lư"));
    Assertions.assertThat(audit.ofConference(binhLu.getId()))
        .filteredOn(e -> e.action().equals("OUTSIDE_EVENT_DATE")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.detail()).contains("20/10/2025 → 01/09/2025")
            .contains("Tỉnh ủy thông báo lịch Đại hội chính thức"));

    // the next reschedule is judged against the new date: the congress's new day is refused, the day before passes
    // (the standing office's reschedule, POST /api/conferences/{id}/reschedule: timers and due dates move with it)
    assertThatThrownBy(() -> deadlines.reschedule(binhLu.getId(), LocalDate.of(2025, 9, 1), "Theo lịch Đại hội mới",
        office))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> Assertions.assertThat(e.vietnamese())
            .contains("hội nghị ngày 01/09/2025 không trước Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV")
            .contains("(ngày 01/09/2025, Thường trực đã điều chỉnh từ ngày 20/10/2025): phải tổ chức chậm nhất ngày "
                + "31/08/2025"));
    Assertions.assertThat(conferences.get(binhLu.getId()).getScheduledOn()).isEqualTo(LocalDate.of(2025, 9, 2));
    deadlines.reschedule(binhLu.getId(), LocalDate.of(2025, 8, 31), "Theo lịch Đại hội mới", office);
    Assertions.assertThat(conferences.get(binhLu.getId()).getScheduledOn()).isEqualTo(LocalDate.of(2025, 8, 31));
    // and so is a scheduling: on the new day refused (both dates, the event, the clause), the day before passes
    Conference sin = conference(SIN_SUOI_HO);
    assertThatThrownBy(() -> schedule(sin, "ADVANCED_EXEMPLAR_CONFERENCE", "2025-09-01"))
        .hasMessageContaining("[conferenceDate]").hasMessageContaining("OUTSIDE_EVENT_ORDER")
        .satisfies(e -> Assertions.assertThat(InvalidInputException.in(e).orElseThrow().vietnamese())
            .contains("hội nghị ngày 01/09/2025 không trước Đại hội đại biểu Đảng bộ tỉnh Lai Châu")
            .contains("Giả định của kiểm thử: Hội nghị cấp xã tổ chức trước Đại hội đại biểu Đảng bộ tỉnh"));
    Assertions.assertThat(conferences.get(sin.getId()).getScheduledOn()).isNull();
    schedule(sin, "ADVANCED_EXEMPLAR_CONFERENCE", "2025-08-31");
    Assertions.assertThat(conferences.get(sin.getId()).getScheduledOn()).isEqualTo(LocalDate.of(2025, 8, 31));
  }

  @Test
  void aCommunesOfficeInsideTheCampaignAndNobodyLoggedInCannotStartIt() {
    Conference commune = conference(BINH_LU);
    String communeOffice = councils.holder(commune.getId(), CouncilRole.STANDING_OFFICE);
    // the commune's office is not granted the process at all (only the issuer's office is, with its campaign); the
    // start listener's own refusal behind it is ChangeOutsideEventDateBindTest's
    assertThatThrownBy(() -> startAs(communeOffice, campaign.getId().toString()))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
        .hasMessageContaining("CREATE_INSTANCE").hasMessageContaining(ChangeOutsideEventDate.PROCESS);
    assertThatThrownBy(() -> startAs(null, campaign.getId().toString()))
        .satisfies(e -> Assertions.assertThat(InvalidInputException.in(e).orElseThrow().field())
            .isEqualTo("initiator"));
    Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ChangeOutsideEventDate.PROCESS).processInstanceBusinessKey(campaign.getId().toString())
        .list()).isEmpty();
  }
}

package vn.thiduaflow.conference.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.app.TasklistFilters;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.deadline.NotificationStatus;
import vn.thiduaflow.deadline.TimerJobs;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Deadlines driven with the engine clock on the Bình An plan (27/KH-UBND: nominations 25 calendar days and the dossier
 * 15 calendar days before the conference; council vote, the upper council's review — 5 working days — and the results
 * report from the workflow's defaults; reminders 2 working days before). Notifications go by e-mail to an in-process
 * SMTP server (GreenMail) and are read back from it.
 */
@ThiDuaFlowSpringTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
    "spring.datasource.url=jdbc:h2:mem:thiduaflow-deadlines;DB_CLOSE_DELAY=-1"})
class DeadlineProcessTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String BINH_AN = "21064";
  private static final String BINH_SON = "524";

  @Autowired AuditTrail audit;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired CouncilDirectory councils;
  @Autowired CouncilAccounts accounts;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired EscalationRepository escalations;
  @Autowired NotificationRepository notifications;
  @Autowired MockMvc http;

  private ProcessInstance unit;
  private Long conferenceId;
  private ConferenceDriver driver;

  @BeforeEach
  void startBinhAnCampaign() {
    AbstractAssertions.init(engine);
    at(LocalDateTime.of(2025, 1, 2, 8, 0));
    Campaign c = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(c, vn.thiduaflow.security.Http.PASSWORD, "binhan.test");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId()).singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    driver = new ConferenceDriver(engine, councils, unit);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  private static void at(LocalDateTime time) {
    ConferenceDriver.at(time);
  }

  private Job timer(String timerId) {
    return TimerJobs.one(managementService.createJobQuery().processInstanceId(unit.getId()), timerId);
  }

  private static Date startOf(int year, int month, int day) {
    return EngineClock.toDate(LocalDate.of(year, month, day).atStartOfDay());
  }

  private List<String> recipientsOfLastMail() throws Exception {
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).isNotEmpty();
    return Arrays.stream(received[received.length - 1].getRecipients(Message.RecipientType.TO))
        .map(Object::toString).toList();
  }

  /** HTTP Basic credentials of the conference's chair (the API requires authentication). */
  private String chairLogin() {
    String chair = councils.people(conferenceId).stream().filter(p -> p.getRole() == CouncilRole.CHAIR)
        .findFirst().orElseThrow().getUsername();
    return "Basic " + java.util.Base64.getEncoder().encodeToString((chair + ":" + vn.thiduaflow.security.Http.PASSWORD)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private List<String> mailsOf(CouncilRole role, String unitCode) {
    return identityService.createUserQuery().memberOfGroup(role.groupId(unitCode)).list().stream()
        .map(u -> u.getEmail()).toList();
  }

  @Test
  void aReminderGoesToTheTaskPeopleBeforeTheDeadlineAndEscalationOnlyAtIt() throws Exception {
    driver.schedule("2025-03-27"); // nominations due Sunday 2/3/2025 (25 calendar days before)
    assertThat(timer("TimeoutListener_NominationsReminder").getDuedate()).as("2 working days before Sunday 2/3")
        .isEqualTo(startOf(2025, 2, 27));
    assertThat(timer(Elements.NOMINATION_DEADLINE).getDuedate()).as("the end of 2/3").isEqualTo(startOf(2025, 3, 3));
    assertThat(task(unit).getDueDate()).isEqualTo(startOf(2025, 3, 3));

    at(LocalDateTime.of(2025, 2, 26, 23, 59));
    assertThat(managementService.createJobQuery().processInstanceId(unit.getId()).timers().executable().count())
        .as("nothing fires before the reminder day").isZero();
    at(LocalDateTime.of(2025, 2, 27, 0, 0));
    List<Job> due = managementService.createJobQuery().processInstanceId(unit.getId()).timers().executable().list();
    assertThat(due).as("only the reminder").hasSize(1);
    managementService.executeJob(due.get(0).getId());

    Notification reminder = notifications.findByConferenceIdOrderById(conferenceId).get(0);
    assertThat(reminder.getKind()).isEqualTo(NotificationKind.REMINDER);
    assertThat(reminder.getDeadline()).isEqualTo(DeadlineKind.NOMINATIONS);
    assertThat(reminder.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(recipientsOfLastMail()).containsExactlyInAnyOrderElementsOf(mailsOf(CouncilRole.UNIT_SECRETARY, BINH_AN));
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("Nhắc việc").contains("02/03/2025");
    assertThat(escalations.findByConferenceIdInOrderById(List.of(conferenceId))).as("no escalation yet").isEmpty();
    assertThat(task(unit).getPriority()).isEqualTo(50);

    at(LocalDateTime.of(2025, 3, 2, 23, 59));
    assertThat(managementService.createJobQuery().processInstanceId(unit.getId()).timers().executable().count())
        .as("nothing fires on the deadline day itself").isZero();
  }

  @Test
  void aTaskThatStartsAfterItsDeadlineGetsNoLateReminderOnlyOneEscalation() {
    at(LocalDateTime.of(2025, 3, 3, 9, 0)); // nominations for 27/3 were due by Sunday 2/3: already past
    driver.schedule("2025-03-27");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(unit)
        .isWaitingAt(Elements.SUBMIT_NOMINATIONS);
    List<Job> due = managementService.createJobQuery().processInstanceId(unit.getId()).timers().executable().list();
    assertThat(due).as("the reminder and the escalation, both due at once").hasSize(2);
    due.forEach(j -> managementService.executeJob(j.getId()));

    assertThat(notifications.findByConferenceIdOrderById(conferenceId)).extracting(Notification::getKind)
        .containsExactly(NotificationKind.ESCALATION);
    assertThat(escalations.findByConferenceIdInOrderById(List.of(conferenceId))).hasSize(1);
  }

  @Test
  void atTheDeadlineTheTaskEscalatesToTheChairAndOfficeVisiblyAndTheIncidentClosesWhenDone() throws Exception {
    driver.schedule("2025-03-27");
    managementService.executeJob(timer("TimeoutListener_NominationsReminder").getId());
    smtp.reset();
    at(LocalDateTime.of(2025, 3, 3, 0, 0));
    managementService.executeJob(timer(Elements.NOMINATION_DEADLINE).getId());

    Task late = task(unit);
    assertThat(late.getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
    assertThat(taskService.getIdentityLinksForTask(late.getId())).extracting(l -> l.getGroupId()).contains(
        CouncilRole.CHAIR.groupId(BINH_AN), CouncilRole.STANDING_OFFICE.groupId(BINH_AN));
    // an escalation record
    var escalation = escalations.findByConferenceIdInOrderById(List.of(conferenceId)).get(0);
    assertThat(escalation.getDeadline()).isEqualTo(DeadlineKind.NOMINATIONS);
    assertThat(escalation.getDueOn()).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(escalation.getResolvedAt()).isNull();
    // Cockpit: the instance shows a deadlineMissed incident
    var incident = runtimeService.createIncidentQuery().processInstanceId(unit.getId())
        .incidentType(EscalationService.INCIDENT_TYPE).singleResult();
    assertThat(incident.getIncidentMessage()).contains("Quá hạn").contains("2025-03-02");
    assertThat(incident.getActivityId()).isEqualTo(Elements.SUBMIT_NOMINATIONS);
    // Tasklist: the chair finds it under "Quá hạn"; a member of the upper unit does not
    at(LocalDateTime.of(2025, 3, 3, 8, 0)); // the chair opens Tasklist in the morning
    var overdue = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
    String chair = councils.votingMembers(conferenceId).get(0);
    identityService.setAuthentication(chair, List.of(CouncilRole.CHAIR.groupId(BINH_AN)));
    assertThat(filterService.<Task>list(overdue.getId())).extracting(Task::getId).contains(late.getId());
    identityService.setAuthentication("someone.else", List.of(CouncilRole.CHAIR.groupId(BINH_SON)));
    assertThat(filterService.<Task>list(overdue.getId())).extracting(Task::getId).doesNotContain(late.getId());
    identityService.clearAuthentication();
    // e-mail to the chair, the office and the secretaries
    List<String> to = recipientsOfLastMail();
    assertThat(to).containsAll(mailsOf(CouncilRole.CHAIR, BINH_AN)).containsAll(mailsOf(CouncilRole.STANDING_OFFICE,
        BINH_AN)).containsAll(mailsOf(CouncilRole.UNIT_SECRETARY, BINH_AN));
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("Quá hạn");
    // the audit trail shows the reminder and the escalation, though a timeout listener leaves no history step
    assertThat(audit.ofConference(conferenceId)).filteredOn(e -> e.action().startsWith("DEADLINE_"))
        .extracting(AuditTrail.Entry::actor, AuditTrail.Entry::action)
        .containsExactly(tuple(AuditTrail.SYSTEM, NotificationService.REMINDER_ACTION),
            tuple(AuditTrail.SYSTEM, NotificationService.ESCALATION_ACTION));

    at(LocalDateTime.of(2025, 3, 4, 9, 0));
    driver.sendNominations();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(unit.getId()).count()).isZero();
    assertThat(escalations.findById(escalation.getId()).orElseThrow().getResolvedAt())
        .isEqualTo(LocalDateTime.of(2025, 3, 4, 9, 0));
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(unit.getId()).resolved().count())
        .isEqualTo(1);
  }

  @Test
  void aMailServerThatIsDownNeverHoldsUpTheProcessAndTheNotificationSaysWhy() {
    driver.schedule("2025-03-27");
    smtp.stop();
    at(LocalDateTime.of(2025, 2, 27, 0, 0));
    managementService.executeJob(timer("TimeoutListener_NominationsReminder").getId());
    assertThat(timer("TimeoutListener_NominationsReminder")).as("the reminder step committed").isNull();
    Notification reminder = notifications.findByConferenceIdOrderById(conferenceId).get(0);
    assertThat(reminder.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(reminder.getDetail()).isNotBlank();
    assertThat(reminder.getRecipients()).contains("@binhan.test");
  }

  @Test
  void nothingFiresAfterTheTaskIsDone() {
    driver.schedule("2025-03-27");
    driver.sendNominations(); // long before the reminder
    assertThat(timer("TimeoutListener_NominationsReminder")).isNull();
    assertThat(timer(Elements.NOMINATION_DEADLINE)).isNull();
    at(LocalDateTime.of(2025, 3, 5, 0, 0)); // past the nomination reminder and deadline, before the vote's
    for (Job job : managementService.createJobQuery().processInstanceId(unit.getId()).timers().executable().list()) {
      managementService.executeJob(job.getId());
    }
    assertThat(notifications.findByConferenceIdOrderById(conferenceId)).extracting(Notification::getDeadline)
        .doesNotContain(DeadlineKind.NOMINATIONS);
    assertThat(escalations.findByConferenceIdInOrderById(List.of(conferenceId))).isEmpty();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void tetInsideTheWorkingDayReviewTimePushesItOutByTheNineDaysOff() {
    at(LocalDateTime.of(2025, 1, 20, 9, 0));
    driver.driveToDossier("2025-03-27");
    at(LocalDateTime.of(2025, 1, 24, 10, 0)); // Friday before Tết Ất Tỵ (offices closed 25/1–2/2/2025)
    driver.complete(task(unit), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    // 5 working days from Friday 24/1: Mon 3/2 … Fri 7/2 (a plain week would end Fri 31/1)
    assertThat(timer(Elements.REVIEW_DEADLINE).getDuedate()).isEqualTo(startOf(2025, 2, 8));
    assertThat(task(unit).getDueDate()).isEqualTo(startOf(2025, 2, 8));
    assertThat(timer("TimeoutListener_ReviewReminder").getDuedate()).as("2 working days before 7/2")
        .isEqualTo(startOf(2025, 2, 5));
    at(LocalDateTime.of(2025, 2, 8, 0, 0));
    managementService.executeJob(timer("TimeoutListener_ReviewReminder").getId());
    managementService.executeJob(timer(Elements.REVIEW_DEADLINE).getId());
    // the review belongs to the upper council (Huyện Bình Sơn): it escalates to that council's chair and office
    assertThat(taskService.getIdentityLinksForTask(task(unit).getId())).extracting(l -> l.getGroupId()).contains(
        CouncilRole.CHAIR.groupId(BINH_SON), CouncilRole.STANDING_OFFICE.groupId(BINH_SON));
    assertThat(escalations.findByConferenceIdInOrderById(List.of(conferenceId))).extracting(e -> e.getDeadline())
        .containsExactly(DeadlineKind.DOSSIER_REVIEW);
  }

  @Test
  void reschedulingOverHttpMovesEveryDependentTimerAndDueDate() throws Exception {
    driver.schedule("2025-03-27");
    http.perform(post("/api/conferences/" + conferenceId + "/reschedule").header("Authorization", chairLogin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"date\":\"2025-03-31\",\"reason\":\"Trùng lịch họp HĐND xã\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scheduledOn").value("2025-03-31"))
        .andExpect(jsonPath("$.deadlines.NOMINATIONS").value("2025-03-06"))
        .andExpect(jsonPath("$.deadlines.DOSSIER").value("2025-03-16"));
    // nominations now due Thursday 6/3: the deadline at the end of 6/3, the reminder 2 working days before
    assertThat(timer(Elements.NOMINATION_DEADLINE).getDuedate()).isEqualTo(startOf(2025, 3, 7));
    assertThat(timer("TimeoutListener_NominationsReminder").getDuedate()).isEqualTo(startOf(2025, 3, 4));
    assertThat(task(unit).getDueDate()).isEqualTo(startOf(2025, 3, 7));
    assertThat(conferences.get(conferenceId).getOfficialName()).contains("ngày 31 tháng 3 năm 2025");
    assertThat(conferences.get(conferenceId).getRescheduledFrom()).isEqualTo(LocalDate.of(2025, 3, 27));
    assertThat(conferences.get(conferenceId).getRescheduleReason()).isEqualTo("Trùng lịch họp HĐND xã");

    // a date outside Q1/2025 is refused with the field and the rule, and nothing moves
    http.perform(post("/api/conferences/" + conferenceId + "/reschedule").header("Authorization", chairLogin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"date\":\"2025-04-02\",\"reason\":\"Dời sang quý II\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("date"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("outside the plan's window")));
    http.perform(post("/api/conferences/" + conferenceId + "/reschedule").header("Authorization", chairLogin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"date\":\"2025-03-20\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
    assertThat(conferences.get(conferenceId).getScheduledOn()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(timer(Elements.NOMINATION_DEADLINE).getDuedate()).isEqualTo(startOf(2025, 3, 7));
  }

  @Test
  void reschedulingAnEscalatedTaskToADeadlineAheadArmsItsTimersAgainAndItIsNoLongerLate() throws Exception {
    driver.schedule("2025-03-27"); // nominations due 2/3
    at(LocalDateTime.of(2025, 3, 3, 0, 0));
    for (Job job : managementService.createJobQuery().processInstanceId(unit.getId()).timers().executable().list()) {
      managementService.executeJob(job.getId());
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(unit.getId()).count()).isEqualTo(1);
    at(LocalDateTime.of(2025, 3, 3, 9, 0));
    http.perform(post("/api/conferences/" + conferenceId + "/reschedule").header("Authorization", chairLogin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"date\":\"2025-03-31\",\"reason\":\"Cho các đơn vị thêm thời gian đề cử\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.deadlines.NOMINATIONS").value("2025-03-06"));
    // nominations now due Thursday 6/3: the task starts afresh with both timers armed from the new date
    assertThat(timer(Elements.NOMINATION_DEADLINE).getDuedate()).isEqualTo(startOf(2025, 3, 7));
    assertThat(timer("TimeoutListener_NominationsReminder").getDuedate()).isEqualTo(startOf(2025, 3, 4));
    Task again = task(unit);
    assertThat(again.getTaskDefinitionKey()).isEqualTo(Elements.SUBMIT_NOMINATIONS);
    assertThat(again.getDueDate()).isEqualTo(startOf(2025, 3, 7));
    assertThat(again.getPriority()).isEqualTo(50);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(unit.getId()).count()).as("no longer late")
        .isZero();
    assertThat(escalations.findByConferenceIdInOrderById(List.of(conferenceId)).get(0).getResolvedAt()).isNotNull();
    // and the new deadline escalates in its turn
    at(LocalDateTime.of(2025, 3, 7, 0, 0));
    managementService.executeJob(timer("TimeoutListener_NominationsReminder").getId());
    managementService.executeJob(timer(Elements.NOMINATION_DEADLINE).getId());
    assertThat(escalations.findByConferenceIdInOrderById(List.of(conferenceId))).extracting(e -> e.getDueOn())
        .containsExactly(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 6));
  }

  @Test
  void theCouncilVoteAndTheResultsReportHaveTheirOwnTimers() {
    driver.schedule("2025-03-27");
    driver.sendNominations();
    driver.compose(100, 40, 3);
    // the council meets 20 calendar days before (workflow default, the plan is silent): by Friday 7/3
    assertThat(timer("BoundaryEvent_VoteDeadline").getDuedate()).isEqualTo(startOf(2025, 3, 8));
    assertThat(taskService.createTaskQuery().processInstanceId(unit.getId()).list()).extracting(Task::getDueDate)
        .containsOnly(startOf(2025, 3, 8));
    driver.voteAll(7);
    assertThat(timer("BoundaryEvent_VoteDeadline")).isNull();
    driver.complete(task(unit), withVariables(Fields.DOSSIER_CONTENTS_COMPLETE, true));
    driver.complete(task(unit), withVariables(Fields.DOSSIER_DECISION, "APPROVE"));
    // results within 5 working days of Thursday 27/3: by Thursday 3/4 (Giỗ Tổ 7/4 not reached)
    assertThat(timer(Elements.RESULTS_REPORT_DEADLINE).getDuedate()).isEqualTo(startOf(2025, 4, 4));
  }
}

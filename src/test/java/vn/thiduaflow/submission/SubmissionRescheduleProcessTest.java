package vn.thiduaflow.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.thiduaflow.submission.SubmissionFixture.startOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.deadline.EscalationService;
import vn.thiduaflow.deadline.TimerJobs;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * A reschedule moves the submissions before the conference (issue 22) with the conference, on the test plan
 * {@code test-early-submission} (Thị trấn Văn Quan schedules on 03/01/2025 for 10/03/2025): the drafts due 20 calendar
 * days before the conference follow the new day — their row, their open task's due date and its brief — while the plan
 * sent to Sở Nội vụ by the fixed date 15/01/2025 stays due then; an escalated submission whose new due day is today or
 * later is re-armed (its escalation resolved, its timer escalates it again), one whose new due day has passed stays
 * escalated. Both ways of moving the day do it: the office's reschedule ({@link DeadlineService#reschedule}) and the
 * chair's late-dossier decision to reschedule (UserTask_DecideLateDossier).
 */
@ThiDuaFlowSpringTest
class SubmissionRescheduleProcessTest {

  private static final String UNIT = "06253";
  private static final String HOME_AFFAIRS = "plan-to-home-affairs";
  private static final String DRAFTS = "drafts-to-standing-office";

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EscalationRepository escalations;
  @Autowired SubmissionService submissions;
  @Autowired DeadlineService deadlines;

  private SubmissionFixture fixture;

  @BeforeEach
  void scheduleTheUnitFor10March() {
    fixture = new SubmissionFixture(context);
    fixture.start("test-early-submission", LocalDateTime.of(2025, 1, 2, 8, 0), "vanquan.resched");
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 3, 9, 0));
    fixture.driver(UNIT).schedule("2025-03-10");
    fixture.upload(UNIT, "organizing-committee-decision", "qd.pdf", "test.office");
    fixture.establishCommittee(UNIT, "12/QĐ-UBND", "2025-01-03",
        "[{\"fullName\":\"Hoàng Văn Minh\",\"role\":\"HEAD\",\"subCommittee\":\"NONE\"},"
            + "{\"fullName\":\"Lý Thị Hoa\",\"role\":\"MEMBER\",\"subCommittee\":\"CONTENT\"},"
            + "{\"fullName\":\"Nông Văn Tài\",\"role\":\"MEMBER\",\"subCommittee\":\"COMMUNICATION\"}]");
    assertThat(submissions.of(conference().getId())).extracting(ConferenceSubmission::getCode,
        ConferenceSubmission::getDueOn).containsExactly(tuple(HOME_AFFAIRS, LocalDate.of(2025, 1, 15)),
            tuple(DRAFTS, LocalDate.of(2025, 2, 18)));
    // on 20/02 both submissions are late: every timer due by then fires (the drafts' deadline at the end of 18/02)
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    List<Job> due;
    while (!(due = managementService.createJobQuery().processInstanceId(conference().getProcessInstanceId())
        .executable().list()).isEmpty()) {
      due.forEach(j -> managementService.executeJob(j.getId()));
    }
    assertThat(row(DRAFTS).getEscalationId()).as("the drafts are escalated").isNotNull();
    assertThat(row(HOME_AFFAIRS).getEscalationId()).as("the plan to Sở Nội vụ is escalated").isNotNull();
  }

  @AfterEach
  void resetClock() {
    fixture.end();
  }

  private Conference conference() {
    return fixture.conference(UNIT);
  }

  private Task task(String key) {
    return fixture.task(UNIT, key);
  }

  private Task submissionTask(String code) {
    return fixture.submissionTask(UNIT, code);
  }

  private ConferenceSubmission row(String code) {
    return submissions.of(conference().getId()).stream().filter(s -> s.getCode().equals(code)).findFirst()
        .orElseThrow();
  }

  private List<Job> deadlineTimers(Task task) {
    return TimerJobs.of(managementService.createJobQuery().executionId(task.getExecutionId()),
        Elements.SUBMISSION_DEADLINE);
  }

  private String brief(Task task) {
    return taskService.getVariableLocal(task.getId(), "taskBrief").toString();
  }

  private List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).toList();
  }

  private List<Escalation> submissionEscalations() {
    return escalations.findByConferenceIdInOrderById(List.of(conference().getId())).stream()
        .filter(e -> e.getDeadline() == DeadlineKind.SUBMISSION).toList();
  }

  /** The fixed-date submission after any move: still due 15/01, still escalated, its task untouched. */
  private void theFixedDateStays() {
    assertThat(row(HOME_AFFAIRS).getDueOn()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(row(HOME_AFFAIRS).getEscalationId()).isNotNull();
    Task home = submissionTask(HOME_AFFAIRS);
    assertThat(home.getDueDate()).isEqualTo(startOf(2025, 1, 16));
    assertThat(home.getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
    assertThat(brief(home)).contains("Hạn gửi: 15/01/2025 — ngày ấn định trong Kế hoạch");
  }

  @Test
  void theDraftsDueFollowTheNewDayTheFixedDateStaysAndTheDraftsAreReArmedOnceTheirDueDayIsTodayAgain() {
    Long id = conference().getId();
    Task draftsBefore = submissionTask(DRAFTS);

    // one day later: the drafts are due 19/02, yesterday — moved, but still late and escalated
    deadlines.reschedule(id, LocalDate.of(2025, 3, 11), "Trùng lịch họp Đảng ủy", "test.office");
    assertThat(row(DRAFTS).getDueOn()).isEqualTo(LocalDate.of(2025, 2, 19));
    assertThat(row(DRAFTS).getEscalationId()).isNotNull();
    Task drafts = submissionTask(DRAFTS);
    assertThat(drafts.getId()).as("not restarted").isEqualTo(draftsBefore.getId());
    assertThat(drafts.getDueDate()).isEqualTo(startOf(2025, 2, 20));
    assertThat(drafts.getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
    assertThat(deadlineTimers(drafts)).as("fired, not re-armed").isEmpty();
    assertThat(brief(drafts)).contains("ngày 11/03/2025 (dời từ ngày 10/03/2025")
        .contains("Hạn gửi: 19/02/2025 — 20 ngày trước ngày hội nghị");
    assertThat(brief(task(Elements.SUBMIT_NOMINATIONS))).as("the main flow's briefs are written again too")
        .contains("ngày 11/03/2025 (dời từ ngày 10/03/2025").contains("14/02/2025");
    theFixedDateStays();

    // one more day: due 20/02, today — exactly at the limit the drafts are on time again and re-armed
    deadlines.reschedule(id, LocalDate.of(2025, 3, 12), "Chờ ý kiến Hội đồng cấp trên", "test.office");
    assertThat(row(DRAFTS).getDueOn()).isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(row(DRAFTS).getEscalationId()).as("forgotten, so it can escalate again").isNull();
    assertThat(submissionEscalations()).filteredOn(e -> e.getDueOn().equals(LocalDate.of(2025, 2, 18)))
        .singleElement().satisfies(e -> assertThat(e.getResolvedAt()).isEqualTo(LocalDateTime.of(2025, 2, 20, 8, 0)));
    drafts = submissionTask(DRAFTS);
    assertThat(drafts.getId()).as("started afresh").isNotEqualTo(draftsBefore.getId());
    assertThat(drafts.getDueDate()).isEqualTo(startOf(2025, 2, 21));
    assertThat(drafts.getPriority()).isEqualTo(50);
    assertThat(groups(drafts)).contains(CouncilRole.UNIT_SECRETARY.groupId(UNIT))
        .doesNotContain(CouncilRole.CHAIR.groupId(UNIT));
    assertThat(deadlineTimers(drafts)).extracting(Job::getDuedate).containsExactly(startOf(2025, 2, 21));
    assertThat(brief(drafts)).contains("Hạn gửi: 20/02/2025 — 20 ngày trước ngày hội nghị");
    theFixedDateStays();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(conference().getProcessInstanceId())
        .incidentType(EscalationService.INCIDENT_TYPE).list()).extracting(i -> i.getConfiguration())
        .as("the drafts' incident is closed, the fixed date's stays").contains("SUBMISSION:" + HOME_AFFAIRS)
        .doesNotContain("SUBMISSION:" + DRAFTS);

    // the re-armed timer fires at the end of 20/02 and escalates the drafts again
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 21, 0, 0));
    managementService.executeJob(deadlineTimers(drafts).get(0).getId());
    assertThat(row(DRAFTS).getEscalationId()).isNotNull();
    assertThat(submissionEscalations()).filteredOn(e -> e.getDueOn().equals(LocalDate.of(2025, 2, 20)))
        .singleElement().satisfies(e -> assertThat(e.getResolvedAt()).isNull());
    assertThat(submissionTask(DRAFTS).getPriority()).isEqualTo(EscalationService.ESCALATED_PRIORITY);
  }

  @Test
  void theChairsLateDossierDecisionToRescheduleMovesTheSubmissionsToo() {
    String pi = conference().getProcessInstanceId();
    runtimeService.createProcessInstanceModification(pi).startBeforeActivity(Elements.DECIDE_LATE_DOSSIER).execute();
    Task decide = task(Elements.DECIDE_LATE_DOSSIER);

    taskService.complete(decide.getId(), withVariables(Fields.LATE_DOSSIER_ACTION, "RESCHEDULE",
        Fields.NEW_CONFERENCE_DATE, "2025-03-12"));

    assertThat(conference().getScheduledOn()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(row(DRAFTS).getDueOn()).isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(row(DRAFTS).getEscalationId()).isNull();
    Task drafts = submissionTask(DRAFTS);
    assertThat(drafts.getDueDate()).isEqualTo(startOf(2025, 2, 21));
    assertThat(deadlineTimers(drafts)).extracting(Job::getDuedate).containsExactly(startOf(2025, 2, 21));
    assertThat(brief(drafts)).contains("Hạn gửi: 20/02/2025");
    theFixedDateStays();
  }
}

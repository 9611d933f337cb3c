package vn.thiduaflow.submission;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.deadline.DeadlinesKeptOutsideTheModel;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * The submissions' deadlines when the conference's deadlines move (issue 22): every unsent submission's due day is
 * computed again and kept on its row — a due counted from the conference day (N calendar or working days before it)
 * follows the new day, a fixed date and a count after a step stay — and each open «Gửi …» task gets its new due date;
 * one whose deadline timer already fired (escalated) and whose new due day is today or later is started afresh, its
 * escalation resolved and forgotten ({@link SubmissionService#reopen}), so that its timer can escalate it again.
 */
@Component
class SubmissionDeadlines implements DeadlinesKeptOutsideTheModel {

  private final SubmissionService submissions;
  private final TaskService taskService;
  private final DeadlineService deadlines;

  SubmissionDeadlines(SubmissionService submissions, TaskService taskService, DeadlineService deadlines) {
    this.submissions = submissions;
    this.taskService = taskService;
    this.deadlines = deadlines;
  }

  @Override
  public void recompute(Long conferenceId) {
    for (var submission : submissions.of(conferenceId)) {
      if (!submission.sent()) {
        submissions.dueDay(conferenceId, submission.getCode()); // kept on the row, also before its task opens
      }
    }
  }

  @Override
  public boolean handles(Task task) {
    return Elements.SEND_SUBMISSION.equals(task.getTaskDefinitionKey());
  }

  /** The deadline timer is the task's own timeout listener's (the sub-process runs once per submission). */
  @Override
  public void move(Long conferenceId, String processInstanceId, Task task) {
    String code = (String) taskService.getVariable(task.getId(), Vars.SUBMISSION_CODE);
    LocalDate due = submissions.dueDay(conferenceId, code);
    boolean fired = !deadlines.deadlineTimerPending(task, Elements.SUBMISSION_DEADLINE,
        Elements.SUBMISSION_DEADLINE_BEFORE_2_7);
    if (fired && !due.isBefore(EngineClock.today())) {
      submissions.reopen(conferenceId, code);
      deadlines.restart(processInstanceId, task);
    } else {
      task.setDueDate(EngineClock.endOf(due));
      taskService.saveTask(task);
    }
  }

  /**
   * After {@link OrganizingCommitteeRecorded}: submissions due N days after the committee now count from its decision
   * (they counted from the scheduling day while it was missing), so the running instance's deadlines move as after a
   * reschedule, and the open tasks' briefs gain the committee.
   */
  @EventListener
  @Transactional
  public void committeeRecorded(OrganizingCommitteeRecorded recorded) {
    deadlines.moveRunningDeadlines(recorded.conferenceId());
  }
}

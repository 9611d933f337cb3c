package vn.thiduaflow.brief.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.brief.TaskBriefService;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.deadline.DeadlinesMoved;
import vn.thiduaflow.submission.SubmissionForms;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * After a reschedule moved a conference's deadlines ({@link DeadlinesMoved}): the task-local brief
 * ({@value TaskContentListener#BRIEF}) of every open task of its instance that has one is written again as
 * {@link TaskContentListener} and, for a submission, {@code showSubmissionListener} write it at creation — the
 * conference's new day and "dời từ ngày …", this step's deadline and, on a «Gửi …» task, the submission's new due day —
 * so nobody reads the old dates. In the moving transaction, with the engine's rights (the move was checked before).
 */
@Component
class RefreshBriefsListener {

  private final TaskService tasks;
  private final TaskBriefService briefs;
  private final SubmissionForms submissionForms;
  private final UnitAccess unitAccess;

  RefreshBriefsListener(TaskService tasks, TaskBriefService briefs, SubmissionForms submissionForms,
      UnitAccess unitAccess) {
    this.tasks = tasks;
    this.briefs = briefs;
    this.submissionForms = submissionForms;
    this.unitAccess = unitAccess;
  }

  @EventListener
  void moved(DeadlinesMoved moved) {
    unitAccess.asSystem(() -> {
      for (Task task : tasks.createTaskQuery().processInstanceId(moved.processInstanceId()).list()) {
        if (tasks.getVariableLocal(task.getId(), TaskContentListener.BRIEF) == null) {
          continue; // a task without a brief (none of UnitConference's today) keeps none
        }
        String markdown = briefs.brief(moved.conferenceId(), task.getName(), task.getTaskDefinitionKey()).markdown();
        if (Elements.SEND_SUBMISSION.equals(task.getTaskDefinitionKey())) {
          String code = (String) tasks.getVariable(task.getId(), Vars.SUBMISSION_CODE);
          markdown = markdown + "\n\n" + String.join("\n\n", submissionForms.briefLines(moved.conferenceId(), code));
        }
        tasks.setVariableLocal(task.getId(), TaskContentListener.BRIEF, markdown);
      }
      return null;
    });
  }
}

package vn.thiduaflow.submission.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.submission.DutyService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing UserTask_ReportDutyDone: records the duty as done with the holder's note ({@link DutyService#done}:
 * a blank or too long note is refused naming the field, the task stays open). The note is taken out of the process.
 */
@Component("recordDutyDoneListener")
class RecordDutyDoneListener implements TaskListener {

  private final DutyService duties;
  private final UnitAccess access;

  RecordDutyDoneListener(DutyService duties, UnitAccess access) {
    this.duties = duties;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    Object note = FormLists.take(task, Fields.DUTY_NOTE, "Kết quả thực hiện", "the duty's note")
        .map(FormLists.Sent::value).orElse(null);
    duties.done(ProcessIds.conferenceId(task), (String) task.getVariable(Vars.DUTY_CODE),
        note == null ? null : note.toString(), access.userId());
  }
}

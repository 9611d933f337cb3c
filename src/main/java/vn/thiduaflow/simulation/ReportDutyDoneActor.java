package vn.thiduaflow.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.thiduaflow.submission.DutyService;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Issue 22: each duty's holder reports it done the next morning, or on its due day if that comes first; a unit the
 * script makes late with its nominations is late with its duties too (3 days after the due day).
 */
@Component
class ReportDutyDoneActor implements ConferenceTaskActor {

  private final TaskService taskService;
  private final DutyService duties;

  ReportDutyDoneActor(TaskService taskService, DutyService duties) {
    this.taskService = taskService;
    this.duties = duties;
  }

  @Override
  public String taskKey() {
    return Elements.REPORT_DUTY_DONE;
  }

  @Override
  public LocalDateTime when(ConferenceTask task) {
    LocalDate due = duties.dueDay(task.conference().getId(), dutyCode(task));
    LocalDateTime next = task.nextMorning();
    return task.script().lateNominations().contains(task.unit()) ? due.plusDays(3).atTime(9, 0)
        : next.isAfter(due.atTime(9, 0)) ? due.atTime(9, 0) : next;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    String code = dutyCode(task);
    form.put(Fields.DUTY_NOTE, "Đã thực hiện theo phân công (mô phỏng)");
    form.describe(" (hạn " + duties.dueDay(task.conference().getId(), code) + ")");
  }

  private String dutyCode(ConferenceTask task) {
    return (String) taskService.getVariable(task.task().getId(), ProcessModel.Vars.DUTY_CODE);
  }
}

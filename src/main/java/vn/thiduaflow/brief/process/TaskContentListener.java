package vn.thiduaflow.brief.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.brief.TaskBriefService;
import vn.thiduaflow.conference.CompositionBalanceService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * On creating every user task of UnitConference: names the task with its unit ("Thẩm định hồ sơ hội nghị — Phường
 * Bình Thạnh") and gives it, as task-local variables, what its form shows: {@code taskBrief} (Markdown: window,
 * deadline, caps with clauses, a return's reason), {@code windowFrom}/{@code windowTo} (ISO dates: the plan's window,
 * which Tasklist's date picker keeps the user inside) and {@code allowedConferenceForms} (the schedule form's options:
 * only the forms the plan allows this tier); on the composition task also {@code balanceCriteria} (the checklist of the
 * plan's balance criteria the standing office attests) and {@code asksBalanceCriteria} (whether there are any); on
 * the schedule task {@code programmeItems} (the programme list: the plan's items in plan order) and
 * {@code programmeEditable} (whether the form shows it: the plan allows a reorder or has an optional item).
 */
@Component("taskContentListener")
class TaskContentListener implements TaskListener {

  static final String BRIEF = "taskBrief";
  static final String WINDOW_FROM = "windowFrom";
  static final String WINDOW_TO = "windowTo";
  static final String ALLOWED_FORMS = "allowedConferenceForms";
  static final String PROGRAMME_EDITABLE = "programmeEditable";

  private final TaskBriefService briefs;

  TaskContentListener(TaskBriefService briefs) {
    this.briefs = briefs;
  }

  @Override
  public void notify(DelegateTask task) {
    var brief = briefs.brief(ProcessIds.conferenceId(task.getExecution()), task.getName(),
        task.getTaskDefinitionKey());
    task.setName(brief.name());
    task.setVariableLocal(BRIEF, brief.markdown());
    task.setVariableLocal(WINDOW_FROM, brief.windowFrom().toString());
    task.setVariableLocal(WINDOW_TO, brief.windowTo().toString());
    task.setVariableLocal(ALLOWED_FORMS, FormLists.json(brief.allowedForms()));
    if (!brief.programme().isEmpty()) {
      task.setVariableLocal(vn.thiduaflow.system.ProcessModel.Fields.PROGRAMME_ITEMS, FormLists.json(brief.programme()));
      task.setVariableLocal(PROGRAMME_EDITABLE, brief.programmeEditable());
    }
    if (Elements.PROPOSE_COMPOSITION.equals(task.getTaskDefinitionKey())) {
      var criteria = briefs.balanceCriteria(ProcessIds.conferenceId(task.getExecution()));
      task.setVariableLocal(CompositionBalanceService.OPTIONS_VARIABLE, FormLists.json(criteria));
      task.setVariableLocal(CompositionBalanceService.ASKS_VARIABLE, !criteria.isEmpty());
    }
  }
}

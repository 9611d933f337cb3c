package vn.thiduaflow.event.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.event.OutsideEventChanges;
import vn.thiduaflow.event.OutsideEventChanges.Fields;
import vn.thiduaflow.system.FormValues;

/**
 * On completing UserTask_ChangeEventDate: changes the chosen event's date for the bound campaign
 * ({@link OutsideEventChanges#change}: stored with the reason, audited, the units of conferences now on the wrong side
 * notified) and leaves in the instance {@value ChangeOutsideEventDate#WRONG_SIDE_COUNT} and
 * {@value ChangeOutsideEventDate#SUMMARY} — the change and those conferences, listed in the process's completion. A
 * wrong form is refused with every wrong field at once; nothing is kept.
 */
@Component("recordOutsideEventDateListener")
class RecordOutsideEventDateListener implements TaskListener {

  private static final int MAX_SUMMARY = 4000;

  private final ChangeOutsideEventDate process;
  private final OutsideEventChanges changes;

  RecordOutsideEventDateListener(ChangeOutsideEventDate process, OutsideEventChanges changes) {
    this.process = process;
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    String event = form.text(Fields.EVENT);
    var date = form.date(Fields.NEW_DATE);
    String reason = form.text(Fields.REASON);
    String actor = (String) task.getExecution().getVariable(ChangeOutsideEventDate.INITIATOR);
    var change = changes.change(process.campaignOf(task), event, date, reason, actor);
    String summary = change.summary();
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable(ChangeOutsideEventDate.WRONG_SIDE_COUNT, change.wrongSide().size());
    instance.setVariable(ChangeOutsideEventDate.SUMMARY, summary.length() > MAX_SUMMARY
        ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary);
  }
}

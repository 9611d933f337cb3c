package vn.thiduaflow.council.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.council.CouncilService;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On creating UserTask_MaintainCouncil: puts the unit's current people (possibly none) into the task's own
 * {@value Fields#COUNCIL_MEMBERS}, the council form's dynamic list.
 */
@Component("showCouncilListener")
class ShowCouncilListener implements TaskListener {

  private final ConferenceService conferences;
  private final CouncilService councils;

  ShowCouncilListener(ConferenceService conferences, CouncilService councils) {
    this.conferences = conferences;
    this.councils = councils;
  }

  @Override
  public void notify(DelegateTask task) {
    Conference conference = conferences.get(ProcessIds.conferenceId(task));
    task.setVariableLocal(Fields.COUNCIL_MEMBERS, NomineeListService.asJson(
        councils.formRows(conferences.structureOf(conference), conference.getUnitCode())));
  }
}

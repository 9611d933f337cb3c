package vn.thiduaflow.conference.process;

import vn.thiduaflow.system.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Composition;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/** On completing UserTask_ProposeDelegateComposition: records the composition and opens a vote round. */
@Component("recordCompositionListener")
class RecordCompositionListener implements TaskListener {

  private final ConferenceService conferences;
  private final BallotService ballots;

  RecordCompositionListener(ConferenceService conferences, BallotService ballots) {
    this.conferences = conferences;
    this.ballots = ballots;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues f = FormValues.of(task.getExecution());
    task.getExecution().removeVariable(Vars.RULE_VIOLATIONS);
    conferences.propose(ProcessIds.conferenceId(task), new Composition(
        f.count(Fields.EXEMPLAR_DELEGATES), f.count(Fields.GUEST_DELEGATES), f.count(Fields.PRESIDIUM_SIZE),
        f.count(Fields.PRESIDIUM_EXEMPLARS), f.count(Fields.PRESENTATIONS_RESIDENTIAL),
        f.count(Fields.PRESENTATIONS_MASS_ORG), f.count(Fields.PRESENTATIONS_AGENCY),
        f.count(Fields.PRESENTATIONS_INDIVIDUAL), f.count(Fields.UPPER_COLLECTIVES),
        f.count(Fields.UPPER_INDIVIDUALS)));
    ballots.openRound(ProcessIds.conferenceId(task));
  }
}

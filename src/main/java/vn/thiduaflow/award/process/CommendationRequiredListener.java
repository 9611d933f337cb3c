package vn.thiduaflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.ProcessIds;

/**
 * On UnitConference's SequenceFlow_VotePassed: sets {@code commendationRequired}, the flag of
 * Gateway_CommendationRequired, to whether the plan names award forms for the conference's level
 * ({@link CommendationService#applies}); when it does, CallActivity_Commendation runs the Commendation model beside the
 * dossier (the flow is taken once: a failed vote loops back before it, a reschedule after it).
 */
@Component("commendationRequiredListener")
class CommendationRequiredListener implements ExecutionListener {

  private final CommendationService commendations;

  CommendationRequiredListener(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("commendationRequired", commendations.applies(ProcessIds.conferenceId(execution)));
  }
}

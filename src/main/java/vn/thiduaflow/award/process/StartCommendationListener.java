package vn.thiduaflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel;

/**
 * On UnitConference's SequenceFlow_VotePassed: starts the conference's {@value ProcessModel#COMMENDATION} instance
 * (business key = conference id) when the plan names award forms for its level; once per conference (a conference
 * whose commendation already started, after a reschedule, keeps it).
 */
@Component("startCommendationListener")
class StartCommendationListener implements ExecutionListener {

  private final CommendationService commendations;

  StartCommendationListener(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long conferenceId = ProcessIds.conferenceId(execution);
    if (!commendations.applies(conferenceId)) {
      return;
    }
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    var history = execution.getProcessEngineServices().getHistoryService();
    String key = conferenceId.toString();
    boolean started = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessModel.COMMENDATION)
        .processInstanceBusinessKey(key).count() > 0
        || runtime.createProcessInstanceQuery().processDefinitionKey(ProcessModel.COMMENDATION)
            .processInstanceBusinessKey(key).count() > 0;
    if (!started) {
      runtime.startProcessInstanceByKey(ProcessModel.COMMENDATION, key);
    }
  }
}

package vn.thiduaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;

/**
 * The engine runs at {@link AuditHistoryLevel}: an instance that sets variables, has a candidate group, a timer-free
 * async step and a task completed by a signed-in member leaves its process, activity, task and variable history and
 * the user operation log — what the audit trail reads — and the job log a cluster's operators read, and no variable
 * details and no identity-link log.
 */
@ThiDuaFlowSpringTest
class AuditHistoryLevelTest {

  @Autowired ProcessEngine engine;
  @Autowired Flyway flyway;

  @Test
  void flywayRanTheLevelsMigrationBeforeTheEngineStarted() {
    assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion())
        .contains(HistoryLevelMigration.VERSION);
  }

  @Test
  void theEngineKeepsWhatTheAuditTrailReadsAndDropsTheRest() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo(AuditHistoryLevel.NAME);
    assertThat(configuration.getHistoryLevel().getId()).isEqualTo(AuditHistoryLevel.ID);

    var model = Bpmn.createExecutableProcess("AuditLevelProbe").camundaHistoryTimeToLive(1825).startEvent()
        .userTask("probeTask").camundaCandidateGroups("probe-group")
        .serviceTask("probeStep").camundaAsyncBefore().camundaExpression("${true}").endEvent().done();
    var deployment = engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", model).deploy();
    try {
      String id = engine.getRuntimeService()
          .startProcessInstanceByKey("AuditLevelProbe", Map.of("note", "first")).getId();
      engine.getRuntimeService().setVariable(id, "note", "second");
      var task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
      // the operation log is written for an authenticated user; the probe's permissions are not what is tested here
      configuration.setAuthorizationEnabled(false);
      engine.getIdentityService().setAuthenticatedUserId("probe.member");
      try {
        engine.getTaskService().complete(task.getId());
      } finally {
        engine.getIdentityService().clearAuthentication();
        configuration.setAuthorizationEnabled(true);
      }
      var job = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
      engine.getManagementService().executeJob(job.getId());

      var history = engine.getHistoryService();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count()).isOne();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).activityId("probeStep").count())
          .isOne();
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).finished().singleResult()
          .getAssignee()).isNull();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("note")
          .singleResult().getValue()).isEqualTo("second");
      assertThat(history.createUserOperationLogQuery().taskId(task.getId()).operationType("Complete").list())
          .extracting(e -> e.getUserId()).containsOnly("probe.member");

      assertThat(history.createHistoricJobLogQuery().processInstanceId(id).successLog().count()).as("job log")
          .isOne();
      assertThat(history.createHistoricDetailQuery().processInstanceId(id).count()).as("variable details").isZero();
      assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).count()).as("identity links")
          .isZero();
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}

package vn.thiduaflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;

/**
 * Camunda's performance guide as configured in {@code application.yaml} (issue 25; measured in docs/benchmarks.md,
 * "Task lists", finding 6): CMMN off, standalone tasks off (a task without a process instance is refused, so Tasklist
 * cannot create one), authorization revokes never checked.
 */
@ThiDuaFlowSpringTest
class EngineTuningTest {

  @Autowired ProcessEngine engine;

  @Test
  void theEngineRunsWithCamundasPerformanceSettings() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isCmmnEnabled()).isFalse();
    assertThat(configuration.isStandaloneTasksEnabled()).isFalse();
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
  }

  @Test
  void aTaskOutsideAProcessIsRefusedAndNothingIsWritten() {
    var tasks = engine.getTaskService();
    long before = tasks.createTaskQuery().count();
    var task = tasks.newTask("standalone-" + System.nanoTime());
    task.setName("Việc tự tạo");
    assertThatThrownBy(() -> tasks.saveTask(task)).isInstanceOf(ProcessEngineException.class);
    assertThat(tasks.createTaskQuery().count()).isEqualTo(before);
  }
}

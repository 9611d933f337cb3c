package vn.thiduaflow.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Which conference or campaign a process instance works on, read from the instance's <em>business key</em> — never
 * from a process variable. A business key is set when the instance starts (the campaign id for {@code Campaign}, the
 * conference id for {@code UnitConference}, see {@code bpmn/Campaign.bpmn}) and changing it needs UPDATE on the process
 * instance, which no council group has ({@code vn.thiduaflow.security.AccessGrants}); a variable, by contrast, is
 * written by whoever completes a task with it. So nothing a user sends can re-point a process at another unit's
 * conference or campaign (issue 19).
 *
 * <p>Used from Java ({@link #conferenceId(VariableScope)}, {@link #campaignId(VariableScope)}) and from the models as
 * {@code ${processIds.conference(execution)}} and {@code ${processIds.campaign(execution)}}.
 */
@Component("processIds")
public class ProcessIds {

  /** The conference id of a UnitConference instance, for model expressions. */
  public Long conference(DelegateExecution execution) {
    return conferenceId(execution);
  }

  /** The campaign id of a Campaign instance, for model expressions. */
  public Long campaign(DelegateExecution execution) {
    return campaignId(execution);
  }

  /**
   * The conference id of the UnitConference instance of an execution or a task.
   *
   * @throws IllegalStateException when the instance has no numeric business key (not a UnitConference started by
   *     the product)
   */
  public static Long conferenceId(VariableScope scope) {
    return id(scope, "conference");
  }

  /**
   * The campaign id of the Campaign instance of an execution or a task.
   *
   * @throws IllegalStateException when the instance has no numeric business key
   */
  public static Long campaignId(VariableScope scope) {
    return id(scope, "campaign");
  }

  private static Long id(VariableScope scope, String what) {
    DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution()
        : (DelegateExecution) scope;
    String key = execution == null ? null : execution.getProcessBusinessKey();
    if (key == null || !key.chars().allMatch(Character::isDigit) || key.isEmpty() || key.length() > 18) {
      throw new IllegalStateException("Process instance " + (execution == null ? null
          : execution.getProcessInstanceId()) + " has no " + what + " id as its business key: '" + key + "'");
    }
    return Long.valueOf(key);
  }
}

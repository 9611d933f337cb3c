package vn.thiduaflow.conference.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Composition;
import vn.thiduaflow.conference.CompositionBalanceService;
import vn.thiduaflow.conference.CompositionBalanceService.Attestation;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * On completing UserTask_ProposeDelegateComposition: records the composition with the standing office's attestation of
 * the plan's balance criteria (checklist {@value CompositionBalanceService#ATTESTED_FIELD}, note
 * {@value CompositionBalanceService#NOTE_FIELD}; {@link CompositionBalanceService#propose}); the council's {@code openBallotRoundListener} then opens the vote round.
 */
@Component("recordCompositionListener")
class RecordCompositionListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CompositionBalanceService balance;

  RecordCompositionListener(CompositionBalanceService balance) {
    this.balance = balance;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues f = FormValues.of(task.getExecution());
    task.getExecution().removeVariable(Vars.RULE_VIOLATIONS);
    List<String> attested = FormLists.take(task, CompositionBalanceService.ATTESTED_FIELD,
        "Danh sách tiêu chí cơ cấu đã xác nhận", "the attested balance criteria")
        .map(sent -> codes(sent.value())).orElse(List.of());
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Attestation attestation = new Attestation(attested, f.text(CompositionBalanceService.NOTE_FIELD),
        authentication != null ? authentication.getUserId() : task.getAssignee());
    balance.propose(ProcessIds.conferenceId(task), new Composition(
        f.count(Fields.EXEMPLAR_DELEGATES), f.count(Fields.GUEST_DELEGATES), f.count(Fields.PRESIDIUM_SIZE),
        f.count(Fields.PRESIDIUM_EXEMPLARS), f.count(Fields.PRESENTATIONS_RESIDENTIAL),
        f.count(Fields.PRESENTATIONS_MASS_ORG), f.count(Fields.PRESENTATIONS_AGENCY),
        f.count(Fields.PRESENTATIONS_INDIVIDUAL), f.count(Fields.UPPER_COLLECTIVES),
        f.count(Fields.UPPER_INDIVIDUALS)), attestation);
  }

  /** The checklist's value: a JSON list of codes (Tasklist sends Json, a script a text or a Java list). */
  private static List<String> codes(Object value) {
    String field = CompositionBalanceService.ATTESTED_FIELD;
    JsonNode node;
    try {
      node = value == null ? JSON.createArrayNode()
          : value instanceof String || value instanceof org.camunda.spin.json.SpinJsonNode
              ? JSON.readTree(value.toString()) : JSON.valueToTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(field, "Danh sách tiêu chí cơ cấu không đọc được",
          "the attested balance criteria cannot be read");
    }
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new InvalidInputException(field, "Danh sách tiêu chí cơ cấu phải là một danh sách",
          "the attested balance criteria must be a list");
    }
    List<String> codes = new ArrayList<>();
    node.forEach(code -> codes.add(code.asText()));
    return codes;
  }
}

package vn.thiduaflow.award.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;

/**
 * On completing UserTask_ApproveCommendation: the chair approves ({@code commendationDecision = APPROVE}: the decision's
 * date and signer, {@link CommendationService#approve}) or returns the proposal with a reason ({@code RETURN},
 * {@link CommendationService#returnDraft}); sets the gateway's flag {@code commendationApproved} and takes the form's
 * values out of the process. Every problem is refused at once and the task stays open.
 */
@Component("recordCommendationApprovalListener")
class RecordCommendationApprovalListener implements TaskListener {

  private static final List<String> FIELDS = List.of("commendationDecision", "decidedOn", "signerTitle",
      "signerName", "returnReason");

  private final CommendationService commendations;

  RecordCommendationApprovalListener(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    java.util.Map<String, Object> sent = new java.util.HashMap<>();
    for (String field : FIELDS) {
      FormLists.take(task, field, field, field).ifPresent(s -> sent.put(field, s.value()));
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = authentication == null ? "system" : authentication.getUserId();
    Object decision = sent.get("commendationDecision");
    if ("APPROVE".equals(decision)) {
      commendations.approve(conferenceId, FormValues.dateOf("decidedOn", sent.get("decidedOn")),
          text(sent.get("signerTitle")), text(sent.get("signerName")), actor);
      task.getExecution().setVariable("commendationApproved", true);
    } else if ("RETURN".equals(decision)) {
      commendations.returnDraft(conferenceId, text(sent.get("returnReason")), actor);
      task.getExecution().setVariable("commendationApproved", false);
    } else {
      throw InvalidInputException.of("commendationDecision", "award.approve.noChoice");
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

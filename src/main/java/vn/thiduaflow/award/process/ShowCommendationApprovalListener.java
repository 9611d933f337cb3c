package vn.thiduaflow.award.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;

/**
 * On creating UserTask_ApproveCommendation: the proposal's lines as a table ({@code commendationLines}), a one-line
 * summary ({@code commendationSummary}), and the decision's fields prefilled: today's date ({@code decidedOn}), the
 * signer's title {@code CHỦ TỊCH} and the name of the unit's council chair ({@code signerName}), all changeable.
 */
@Component("showCommendationApprovalListener")
class ShowCommendationApprovalListener implements TaskListener {

  private final CommendationService commendations;

  ShowCommendationApprovalListener(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public void notify(DelegateTask task) {
    Long conferenceId = ProcessIds.conferenceId(task);
    List<Map<String, Object>> rows = new ArrayList<>();
    int number = 1;
    for (Map<String, Object> r : commendations.proposalTable(conferenceId)) {
      Map<String, Object> row = new LinkedHashMap<>(r);
      row.put("number", number++);
      rows.add(row);
    }
    task.setVariableLocal("commendationLines", FormLists.json(rows));
    task.setVariableLocal("commendationSummary", commendations.summary(conferenceId));
    task.setVariableLocal("decidedOn", vn.thiduaflow.system.EngineClock.today().toString());
    task.setVariableLocal("signerTitle", "CHỦ TỊCH");
    commendations.chairName(conferenceId).ifPresent(name -> task.setVariableLocal("signerName", name));
  }
}

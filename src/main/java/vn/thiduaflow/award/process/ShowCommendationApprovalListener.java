package vn.thiduaflow.award.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.AwardMoneyProposal;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.ProcessIds;

/**
 * On creating UserTask_ApproveCommendation: the proposal's lines as a table ({@code commendationLines}), a one-line
 * summary ({@code commendationSummary}), and the decision's fields prefilled: today's date ({@code decidedOn}), the
 * signer's title {@code CHỦ TỊCH} and the name of the unit's council chair ({@code signerName}), all changeable;
 * the award money's total for today's date with how it is computed ({@code awardMoneyTotal}) and the fund check's
 * line ({@code fundCheck}, {@link AwardMoneyProposal}); approving with a date whose year's fund falls short is refused.
 */
@Component("showCommendationApprovalListener")
class ShowCommendationApprovalListener implements TaskListener {

  private final CommendationService commendations;
  private final AwardMoneyProposal awardMoney;

  ShowCommendationApprovalListener(CommendationService commendations, AwardMoneyProposal awardMoney) {
    this.commendations = commendations;
    this.awardMoney = awardMoney;
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
    java.time.LocalDate today = vn.thiduaflow.system.EngineClock.today();
    task.setVariableLocal("decidedOn", today.toString());
    AwardMoneyProposal.Total total = awardMoney.total(conferenceId, today);
    task.setVariableLocal("awardMoneyTotal", total.text() + (total.explanations().isEmpty() ? ""
        : "\n\n" + String.join("\n\n", total.explanations())));
    task.setVariableLocal("fundCheck", awardMoney.check(conferenceId, today).text());
    task.setVariableLocal("signerTitle", "CHỦ TỊCH");
    commendations.chairName(conferenceId).ifPresent(name -> task.setVariableLocal("signerName", name));
  }
}

package vn.thiduaflow.council.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.council.VoteProposal;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * ServiceTask_TallyVotes: counts the round per nominee against the plan's thresholds; sets {@code votePassed}, and the
 * per-nominee result the chair's and office's next forms show ({@code voteResults}, {@code voteSummary},
 * {@code voteMinutesLink}).
 */
@Component("tallyVotesDelegate")
class TallyVotesDelegate implements JavaDelegate {

  private final BallotService ballots;

  TallyVotesDelegate(BallotService ballots) {
    this.ballots = ballots;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long conferenceId = ProcessIds.conferenceId(execution);
    var outcome = ballots.tally(conferenceId);
    VoteProposal.withdraw(execution);
    List<Map<String, Object>> rows = new ArrayList<>();
    int number = 0;
    int passed = 0;
    var results = ballots.results(conferenceId);
    for (var r : results) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", ++number);
      row.put("name", r.name());
      row.put("title", r.title());
      row.put("unit", r.unit());
      row.put("agreements", r.agreements() + "/" + r.members());
      row.put("share", vn.thiduaflow.council.VoteTally.share(r.agreements(), r.members()));
      row.put("required", r.required());
      row.put("outcome", r.passed() ? "Được thông qua" : "Không đạt");
      row.put("clause", r.clause());
      rows.add(row);
      passed += r.passed() ? 1 : 0;
    }
    execution.setVariable(Vars.VOTE_RESULTS, vn.thiduaflow.system.FormLists.json(rows));
    int members = results.isEmpty() ? 0 : results.get(0).members();
    execution.setVariable(Vars.VOTE_SUMMARY, ballots.ballotsCast(conferenceId) + "/" + members + " thành viên đã bỏ"
        + " phiếu; " + passed + "/" + results.size() + " người được đề nghị được thông qua. " + (outcome.passed()
        ? "Kết quả có hiệu lực: hồ sơ được trình cấp trên."
        : "Danh sách được thông qua chưa đủ cho cơ cấu đã đề xuất: Thường trực Hội đồng điều chỉnh đề xuất và Hội đồng"
            + " bỏ phiếu vòng mới."));
    execution.setVariable(Vars.VOTE_MINUTES_LINK, "[Biên bản kiểm phiếu (.xlsx)](" + VOTE_MINUTES_PATH
        .replace("{conferenceId}", conferenceId.toString()) + ")");
    execution.setVariable(Vars.VOTE_PASSED, outcome.passed());
    execution.setVariable(Vars.RULE_VIOLATIONS, outcome.passed() ? null
        : "Hội đồng chưa thông qua (vote failed): " + outcome.violations());
  }

  /** The minutes' download in the webapps' session (the Tasklist plugin's document route). */
  static final String VOTE_MINUTES_PATH =
      "/camunda/api/tasklist/plugin/thiduaflow-attachments/default/conferences/{conferenceId}/vote-minutes.xlsx";
}

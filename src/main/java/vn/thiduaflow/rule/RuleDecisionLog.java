package vn.thiduaflow.rule;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.system.EngineClock;

/** Records rule decisions (engine time) so the secretariat and the simulation can show why a gateway went its way. */
@Service
public class RuleDecisionLog {

  private final RuleDecisionRepository decisions;

  public RuleDecisionLog(RuleDecisionRepository decisions) {
    this.decisions = decisions;
  }

  /**
   * Records the results and sums them up.
   *
   * @return whether all passed, and the failed ones' details joined for the next form
   */
  @Transactional
  public Outcome record(Long campaignId, Long conferenceId, List<RuleResult> results) {
    var now = EngineClock.now();
    results.forEach(r -> decisions.save(new RuleDecision(campaignId, conferenceId, r, now)));
    String failed = results.stream().filter(r -> !r.passed())
        .map(r -> r.rule() + ": " + r.detail() + " [" + r.clause() + "]").collect(Collectors.joining("\n"));
    return new Outcome(failed.isEmpty(), failed);
  }

  /**
   * The sum of a check.
   *
   * @param passed every rule passed
   * @param violations one line per failed rule with its clause; empty when all passed
   */
  public record Outcome(boolean passed, String violations) {}
}

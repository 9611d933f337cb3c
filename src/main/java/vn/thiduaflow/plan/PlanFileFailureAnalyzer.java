package vn.thiduaflow.plan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused plan file into a readable start-up failure: which file, which field, what is wrong. */
class PlanFileFailureAnalyzer extends AbstractFailureAnalyzer<PlanFileException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PlanFileException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Correct the plan file '" + cause.file() + "' (see README, 'Adding a plan') and start again.", cause);
  }
}

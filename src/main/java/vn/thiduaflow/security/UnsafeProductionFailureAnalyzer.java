package vn.thiduaflow.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.thiduaflow.security.ProductionSafety.UnsafeProductionException;

/** Turns a refused production start into Spring Boot's short failure report: what is wrong and what to set. */
class UnsafeProductionFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionException cause) {
    return new FailureAnalysis(cause.getMessage(), "Set THIDUAFLOW_ADMIN_USER and a strong THIDUAFLOW_ADMIN_PASSWORD "
        + "(10+ characters with lower and upper case, a digit and a special character), remove demo users, and do not "
        + "combine the prod and demo profiles (README, 'Security').", cause);
  }
}

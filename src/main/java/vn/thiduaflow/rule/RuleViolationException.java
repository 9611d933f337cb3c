package vn.thiduaflow.rule;

import vn.thiduaflow.system.InvalidInputException;

/**
 * A submitted form breaks a plan rule (a date outside the window, a delegate count over the cap, …). Thrown by the
 * task listener before the task completes, so the engine rolls the submission back: the task stays open, nothing is
 * written, and the caller gets 400 problem+json naming the field, the rule and its clause.
 */
public class RuleViolationException extends InvalidInputException {

  private final transient RuleResult result;

  /**
   * @param field the form field the rule concerns
   * @param result the failed rule's result: rule, figures, clause
   */
  public RuleViolationException(String field, RuleResult result) {
    super(field, result.rule().label() + " (" + result.clause() + "): " + result.detail(),
        result.rule() + " [" + result.clause() + "]: " + result.detail());
    this.result = result;
  }

  /** The failed rule, with the figures compared and its clause. */
  public RuleResult result() {
    return result;
  }
}

package vn.thiduaflow.rule;

/**
 * The outcome of one rule applied to one conference.
 *
 * @param rule which rule
 * @param passed whether the conference meets it (a rule the plan does not state always passes)
 * @param detail what was compared, in words with the figures and units
 * @param clause the plan clause (or law) the rule comes from; "not stated" when the plan is silent
 */
public record RuleResult(Rule rule, boolean passed, String detail, String clause) {

  /** A rule the plan does not state: passes, and says so. */
  public static RuleResult notStated(Rule rule) {
    return new RuleResult(rule, true, "not stated in the plan: not enforced", "—");
  }
}

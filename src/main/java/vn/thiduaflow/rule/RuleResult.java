package vn.thiduaflow.rule;

/**
 * The outcome of one rule applied to one conference.
 *
 * @param rule which rule
 * @param passed whether the conference meets it (a rule the plan does not state always passes)
 * @param detail what was compared, in words with the figures and units
 * @param clause the plan clause (or law) the rule comes from; "not stated" when the plan is silent
 * @param detailVi the same comparison in Vietnamese, for the official a refusal is shown to (dd/MM/yyyy dates,
 *     Vietnamese number format); null where none was written ({@link #vietnamese()} then gives {@code detail})
 */
public record RuleResult(Rule rule, boolean passed, String detail, String clause, String detailVi) {

  /** A result with its comparison in English only (decision logs, rules whose refusal no form shows). */
  public RuleResult(Rule rule, boolean passed, String detail, String clause) {
    this(rule, passed, detail, clause, null);
  }

  /** What was compared, in Vietnamese when written, else as {@link #detail()}. */
  public String vietnamese() {
    return detailVi != null ? detailVi : detail;
  }

  /** A rule the plan does not state: passes, and says so. */
  public static RuleResult notStated(Rule rule) {
    return new RuleResult(rule, true, "not stated in the plan: not enforced", "—");
  }
}

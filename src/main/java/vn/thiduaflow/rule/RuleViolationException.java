package vn.thiduaflow.rule;

import java.util.List;
import java.util.Map;
import vn.thiduaflow.system.InvalidInputException;

/**
 * A submitted form breaks one or more plan rules (a date outside the window, a delegate count over the cap, …).
 * Thrown by the task listener before the task completes, so the engine rolls the submission back: the task stays
 * open, nothing is written, and the caller gets 400 problem+json with every broken rule, each against the field it
 * concerns, in a sentence naming what the rule requires, the figures and the clause.
 */
public class RuleViolationException extends InvalidInputException {

  private final transient List<RuleResult> results;

  /**
   * @param field the form field the rule concerns
   * @param result the failed rule's result: rule, figures, clause
   */
  public RuleViolationException(String field, RuleResult result) {
    this(Map.of(result, field));
  }

  /**
   * Every broken rule of one submission at once.
   *
   * @param fieldsByResult each failed result with the form field it concerns, in the order to show them (pass an
   *     ordered map); at least one
   */
  public RuleViolationException(Map<RuleResult, String> fieldsByResult) {
    super(fieldsByResult.entrySet().stream().map(e -> violation(e.getValue(), e.getKey())).toList());
    this.results = List.copyOf(fieldsByResult.keySet());
  }

  /** "Tỷ lệ điển hình (§III.2 Kế hoạch 27): …" — the rule's label, its clause and the figures compared. */
  private static Violation violation(String field, RuleResult r) {
    return new Violation(field, r.rule().label() + " (" + r.clause() + "): " + r.vietnamese(),
        r.rule() + " [" + r.clause() + "]: " + r.detail());
  }

  /** The first failed rule, with the figures compared and its clause. */
  public RuleResult result() {
    return results.get(0);
  }

  /** Every failed rule, in the order given. */
  public List<RuleResult> results() {
    return results;
  }
}

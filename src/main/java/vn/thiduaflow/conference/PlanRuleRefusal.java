package vn.thiduaflow.conference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.rule.RuleViolationException;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * How the schedule and composition forms refuse values that break plan rules: each broken rule against the form field
 * (Camunda Form key) it concerns, with what the rule requires (Vietnamese), the figures and the clause.
 */
final class PlanRuleRefusal {

  private PlanRuleRefusal() {}

  /**
   * Refuses a form whose values break plan rules, so the task stays open and nothing is written (the engine rolls
   * the completion back): every broken rule at once, each with its clause, against the form field it concerns.
   *
   * @throws RuleViolationException naming each field, what the rule requires (Vietnamese), the figures and the clause
   */
  static void refuseBroken(List<RuleResult> results) {
    Map<RuleResult, String> broken = new LinkedHashMap<>();
    for (RuleResult r : results) {
      if (!r.passed()) {
        broken.put(r, fieldOf(r.rule()));
      }
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
  }

  /** The result when it failed; empty when it passed. */
  static Optional<RuleResult> failed(RuleResult r) {
    return r.passed() ? Optional.empty() : Optional.of(r);
  }

  /** A broken rule as one violation against its field, to be refused together with the form's other problems. */
  static InvalidInputException.Violation violation(RuleResult r) {
    return new RuleViolationException(fieldOf(r.rule()), r).violations().get(0);
  }

  /** The form field (Camunda Form key) a broken rule is reported against. */
  private static String fieldOf(Rule rule) {
    return switch (rule) {
      case FORM_ALLOWED -> Fields.CONFERENCE_FORM;
      case DATE_IN_WINDOW, DOSSIER_BEFORE_CONFERENCE, OUTSIDE_EVENT_ORDER -> Fields.CONFERENCE_DATE;
      case ATTENDANCE_MODE -> Fields.STAFF_COUNT;
      case DELEGATE_CAP, EXEMPLAR_SHARE, DELEGATION_NUMBERS -> Fields.EXEMPLAR_DELEGATES;
      case PRESIDIUM -> Fields.PRESIDIUM_SIZE;
      case UPPER_QUOTA -> Fields.UPPER_COLLECTIVES;
      case PRESENTATION_MIX -> Fields.PRESENTATIONS_INDIVIDUAL;
      case PROGRAMME -> Fields.PROGRAMME_ITEMS;
      default -> "composition";
    };
  }
}

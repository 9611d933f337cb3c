package vn.thiduaflow.plan;

import static vn.thiduaflow.plan.DateRuleChecks.order;

import java.util.List;
import java.util.Set;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.BalanceCriterion;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.DossierRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeRule;

/**
 * Rules of a conference that compare fields of one rule, for {@link PlanReader}: the programme (codes unique, the
 * items a unit may move), the order of the nomination, council-vote and dossier deadlines, the dossier's documents
 * (codes unique) and the composition (shares, tolerance, balance criteria). Problems are added with their field.
 */
final class ConferenceRuleChecks {

  private ConferenceRuleChecks() {}

  /**
   * A programme (the plan's or a level's): item codes unique; every ceremony before the session
   * ({@code beforeSession: true}) listed before the session's first item, and at least one item of the session; an
   * item the plan does not state ({@code statedInPlan: false}) carries its own clause saying why the workflow adds it
   * and is not required (the workflow enforces only what a plan says).
   */
  static void checkProgramme(String field, ProgrammeRule programme, List<Problem> problems) {
    var codes = programme.items().stream().map(ProgrammeItem::code).toList();
    if (codes.size() != Set.copyOf(codes).size()) {
      problems.add(new Problem(field + ".items", "item codes must be unique, found " + codes));
    }
    String firstOfSession = null;
    for (int i = 0; i < programme.items().size(); i++) {
      ProgrammeItem item = programme.items().get(i);
      String at = field + ".items[" + i + "]";
      if (!item.beforeSession() && firstOfSession == null) {
        firstOfSession = item.code();
      } else if (item.beforeSession() && firstOfSession != null) {
        problems.add(new Problem(at + ".beforeSession", "'" + item.code() + "' is held before the session and must "
            + "be listed before the session's first item '" + firstOfSession + "'"));
      }
      if (!item.statedInPlan()) {
        if (item.clause() == null || item.clause().isBlank()) {
          problems.add(new Problem(at + ".clause", "'" + item.code() + "' is not stated in the plan (statedInPlan: "
              + "false): give its own clause saying why the workflow adds it"));
        }
        if (item.required()) {
          problems.add(new Problem(at + ".required", "'" + item.code() + "' is not stated in the plan (statedInPlan: "
              + "false) and cannot be required: set required: false"));
        }
      }
    }
    if (firstOfSession == null) {
      problems.add(new Problem(field + ".items", "lists only ceremonies before the session (beforeSession: true); "
          + "the session needs at least one item"));
    }
  }

  /**
   * The council votes on the nominations it has received and before its dossier goes up: nominations due ≤ council
   * vote ≤ dossier due, checked when two deadlines are counted the same way (both calendar days, both working days, or
   * both fixed dates).
   */
  static void checkDeadlineOrder(Plan plan, List<Problem> problems) {
    DeadlineRule vote = plan.deadlines().councilVote();
    order(plan.nominationDeadline(), vote, "nominations are due", true, problems);
    order(plan.dossier().deadline(), vote, "the dossier is due", false, problems);
  }

  /**
   * The dossier's documents: each code once, and none the code of the held conference's minutes (the same store keeps
   * them, {@link DossierDocument#RESERVED_MINUTES}).
   */
  static void checkDossierDocuments(DossierRule dossier, List<Problem> problems) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < dossier.documents().size(); i++) {
      String code = dossier.documents().get(i).code();
      String field = "dossier.documents[" + i + "].code";
      if (!seen.add(code)) {
        problems.add(new Problem(field, "code '" + code + "' is used twice"));
      }
      if (DossierDocument.RESERVED_MINUTES.equals(code)) {
        problems.add(new Problem(field, "'" + code + "' is the held conference's minutes, not a dossier document"));
      }
    }
  }

  /**
   * A composition rule: the shares add up to 100; a tolerance belongs to an APPROXIMATE share only and is below the
   * share (a band reaching 0% would accept a conference without exemplars); a stated tolerance is given; each balance
   * criterion is listed once.
   */
  static void checkComposition(String field, CompositionRule rule, List<Problem> problems) {
    if (rule == null) {
      return;
    }
    if (rule.exemplarSharePercent() + rule.guestSharePercent() != 100) {
      problems.add(new Problem(field, "exemplarSharePercent + guestSharePercent must be 100, is "
          + (rule.exemplarSharePercent() + rule.guestSharePercent())));
    }
    if (!rule.approximate() && rule.tolerancePoints() != null) {
      problems.add(new Problem(field + ".tolerancePoints", "a tolerance applies only to share: APPROXIMATE (\"khoảng "
          + rule.exemplarSharePercent() + "%\"); share MINIMUM means at least " + rule.exemplarSharePercent() + "%"));
    }
    if (!rule.approximate() && rule.toleranceStatedInPlan() != null) {
      problems.add(new Problem(field + ".toleranceStatedInPlan", "applies only to share: APPROXIMATE"));
    }
    if (rule.approximate() && rule.tolerancePoints() == null) {
      problems.add(new Problem(field + ".tolerancePoints", "toleranceStatedInPlan is true: give the plan's tolerance"
          + " (percentage points), or leave both out for the workflow's default of "
          + CompositionRule.DEFAULT_TOLERANCE_POINTS));
    } else if (rule.approximate() && rule.tolerancePoints() >= rule.exemplarSharePercent()) {
      problems.add(new Problem(field + ".tolerancePoints", "must be below the share (" + rule.exemplarSharePercent()
          + "), is " + rule.tolerancePoints()));
    }
    Set<BalanceCriterion> seen = java.util.EnumSet.noneOf(BalanceCriterion.class);
    for (int i = 0; i < rule.balanceCriteria().size(); i++) {
      var criterion = rule.balanceCriteria().get(i);
      if (criterion != null && criterion.code() != null && !seen.add(criterion.code())) {
        problems.add(new Problem(field + ".balanceCriteria[" + i + "].code", "'" + criterion.code()
            + "' is listed twice"));
      }
    }
  }
}

package vn.thiduaflow.plan;

import static vn.thiduaflow.plan.DateRuleChecks.checkTimeLimit;
import static vn.thiduaflow.plan.DateRuleChecks.checkWindow;
import static vn.thiduaflow.plan.DateRuleChecks.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.OfficialNameRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.PresidiumRule;
import vn.thiduaflow.plan.model.TierDeadlines;
import vn.thiduaflow.plan.model.TierRules;

/**
 * The rules of one conference tier (a window, its forms, its own presidium, official names and deadlines), the
 * presidium rule and the official-name templates, for {@link PlanReader}. Called at several points of its order of
 * checks (the plan's tiers, then the plan's presidium and names, then the levels'), so these stay separate methods.
 */
final class TierChecks {

  static final Set<String> NAME_PLACEHOLDERS =
      Set.of("unit", "unitInText", "place", "edition", "term", "formLabel", "day", "month", "year");
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^}]*)}");

  static void checkTier(String field, Plan plan, TierRules tier, List<Problem> problems) {
    checkWindow(field + ".window", tier.window(), problems);
    if (tier.forms().size() != Set.copyOf(tier.forms()).size()) {
      problems.add(new Problem(field + ".forms", "lists a form twice"));
    }
    checkTierOwnRules(field, plan, tier, problems);
  }

  /**
   * A tier's own presidium, official names and deadlines (rules per level): each checked as the plan's are, and the
   * deadlines in force at the tier (its own, else the plan's) kept in order.
   */
  private static void checkTierOwnRules(String field, Plan plan, TierRules tier, List<Problem> problems) {
    checkPresidium(field + ".presidium", tier.presidium(), problems);
    if (tier.officialName() != null) {
      checkNameTemplates(field + ".officialName", tier.officialName(), problems);
      checkTemplatesCoverForms(field + ".officialName.templates", tier.officialName(), tier, problems);
    }
    TierDeadlines own = tier.deadlines();
    if (own == null) {
      return;
    }
    // each deadline's form (exactly one of its fields) is read by Jackson and its field checked by Bean Validation
    if (own.resultsReport() != null) {
      checkTimeLimit(field + ".deadlines.resultsReport", own.resultsReport(), problems);
    }
    List<Problem> order = new ArrayList<>();
    DeadlineRule vote = plan.councilVoteFor(tier);
    order(plan.nominationDeadlineFor(tier), vote, "nominations are due", true, order);
    order(plan.dossierDeadlineFor(tier), vote, "the dossier is due", false, order);
    order.forEach(p -> problems.add(new Problem(field + ".deadlines", p.problem())));
  }

  /**
   * A size range that does not run backwards, with a fraction of at most 1 (which form the file gives is read by
   * Jackson, each form's fields checked by Bean Validation).
   */
  static void checkPresidium(String field, PresidiumRule presidium, List<Problem> problems) {
    if (!(presidium instanceof PresidiumRule.SizeRange range)) {
      return;
    }
    if (range.minSize() > range.maxSize()) {
      problems.add(new Problem(field + ".maxSize", "must not be less than minSize (" + range.minSize() + ")"));
    }
    if (range.exemplarFraction() != null && range.fractionNumerator() > range.fractionDenominator()) {
      problems.add(new Problem(field + ".exemplarFraction", "must not be more than 1"));
    }
  }

  /** Template keys are conference forms or "default"; placeholders are the known ones. */
  static void checkNameTemplates(String field, OfficialNameRule rule, List<Problem> problems) {
    rule.templates().forEach((key, template) -> {
      if (!"default".equals(key) && Arrays.stream(ConferenceForm.values()).noneMatch(f -> f.name().equals(key))) {
        problems.add(new Problem(field + ".templates." + key, "key must be a conference form or 'default', one of "
            + Arrays.toString(ConferenceForm.values())));
      }
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        if (!NAME_PLACEHOLDERS.contains(m.group(1))) {
          problems.add(new Problem(field + ".templates." + key, "unknown placeholder {" + m.group(1)
              + "}; allowed: " + NAME_PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(", "))));
        }
      }
    });
  }

  /** Every form the tier allows has a template (its own key or "default"). */
  static void checkTemplatesCoverForms(String field, OfficialNameRule rule, TierRules tier,
      List<Problem> problems) {
    for (ConferenceForm form : tier.forms()) {
      if (!rule.templates().containsKey(form.name()) && !rule.templates().containsKey("default")) {
        problems.add(new Problem(field, "no template for allowed form " + form + " and no 'default' template"));
      }
    }
  }

  private TierChecks() {}
}

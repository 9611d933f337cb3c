package vn.thiduaflow.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * What the scripted actors do wrong, by unit code: each set names the units whose actors deviate from the happy path,
 * so that a simulated campaign shows the rules, timers and waivers at work.
 *
 * @param wrongDateFirst after the try every unit makes first, the day before its window opens (issue 22, refused by
 *     DATE_IN_WINDOW and listed as a {@link SimulationResult.WindowProbe}), the unit secretary picks a date 10 days
 *     after the window (refused by the same rule) before a valid one
 * @param lateNominations nominations are sent 3 days after the deadline (timer escalates to the chair)
 * @param badCompositionFirst the standing office first proposes too few exemplars (rule EXEMPLAR_SHARE/PRESIDIUM)
 * @param failedVoteFirst the council's first vote fails (tally) and the composition is revised
 * @param returnedDossier the upper council returns the dossier once with a reason; the unit resubmits
 * @param lateDossier the upper council approves 2 days after the deadline (timer escalates; the chair decides)
 * @param lateReport the unit records its conference 30 days after its report was due, so its report to the campaign
 *     above is overdue: the chair of the unit above is asked, waits 7 days, and asks again
 * @param waivedReport of the late units, those the chair above waives (with a reason) when asked the second time;
 *     their report arrives later and is recorded as late
 */
public record SimulationScript(
    Set<String> wrongDateFirst,
    Set<String> lateNominations,
    Set<String> badCompositionFirst,
    Set<String> failedVoteFirst,
    Set<String> returnedDossier,
    Set<String> lateDossier,
    Set<String> lateReport,
    Set<String> waivedReport) {

  /** Everyone on time, nothing wrong. */
  public static SimulationScript happyPath() {
    return new SimulationScript(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /**
   * The default script of a plan. A plan with a dated schedule (Văn Yên) follows it exactly. A single-unit plan without
   * one has its dossier returned once and its first composition refused. With lower units that only hold conferences,
   * the 1st–6th non-pilot units (none of the plan's {@link Plan#pilots}) each get one deviation. A cascading plan: the first lower unit running its own
   * campaign has its dossier returned once (a rejection in the middle of the chain), and below it the first unit
   * reports late and is waived, the second reports late and is waited for, the third first picks a wrong date.
   */
  public static SimulationScript defaultFor(Plan plan, PlanCatalog catalog) {
    if (!plan.schedule().isEmpty()) {
      return happyPath();
    }
    AdministrativeUnit issuer = catalog.unitOf(plan, plan.issuer().unitCode()).orElseThrow();
    List<AdministrativeUnit> lower = catalog.lowerUnits(plan, issuer);
    if (lower.isEmpty()) {
      String own = plan.issuer().unitCode();
      return new SimulationScript(Set.of(), Set.of(), Set.of(own), Set.of(), Set.of(own), Set.of(), Set.of(), Set.of());
    }
    if (plan.cascades()) {
      for (AdministrativeUnit unit : lower) {
        var sub = catalog.campaignPlanFor(plan, plan, unit);
        if (sub.isPresent()) {
          List<String> below = codes(catalog.lowerUnits(sub.get(), unit), sub.get());
          return new SimulationScript(pick(below, 2), Set.of(), Set.of(), Set.of(), Set.of(unit.code()), Set.of(),
              union(pick(below, 0), pick(below, 1)), pick(below, 0));
        }
      }
    }
    List<String> codes = codes(lower, plan);
    return new SimulationScript(pick(codes, 0), pick(codes, 1), pick(codes, 2), pick(codes, 3), pick(codes, 4),
        pick(codes, 5), Set.of(), Set.of());
  }

  private static List<String> codes(List<AdministrativeUnit> units, Plan plan) {
    List<String> codes = new ArrayList<>();
    units.stream().map(AdministrativeUnit::code)
        .filter(c -> plan.pilotFor(c).isEmpty()).forEach(codes::add); // pilots keep the happy path
    return codes;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    var all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static Set<String> pick(List<String> codes, int index) {
    return codes.size() > index ? Set.of(codes.get(index)) : Set.of();
  }
}

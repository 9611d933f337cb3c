package vn.thiduaflow.simulation;

import java.util.List;
import java.util.Set;
import vn.thiduaflow.plan.Plan;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * What the scripted actors do wrong, by unit code: each set names the units whose actors deviate once from the happy
 * path, so that a simulated campaign shows the rules and timers at work.
 *
 * @param wrongDateFirst the unit secretary first picks a date outside the window (rule DATE_IN_WINDOW)
 * @param lateNominations nominations are sent 3 days after the deadline (timer escalates to the chair)
 * @param badCompositionFirst the standing office first proposes too few exemplars (rule EXEMPLAR_SHARE/PRESIDIUM)
 * @param failedVoteFirst the council's first vote fails (tally) and the composition is revised
 * @param returnedDossier the upper council returns the dossier once with a reason; the unit resubmits
 * @param lateDossier the upper council approves 2 days after the deadline (timer escalates; the chair decides)
 */
public record SimulationScript(
    Set<String> wrongDateFirst,
    Set<String> lateNominations,
    Set<String> badCompositionFirst,
    Set<String> failedVoteFirst,
    Set<String> returnedDossier,
    Set<String> lateDossier) {

  /** Everyone on time, nothing wrong. */
  public static SimulationScript happyPath() {
    return new SimulationScript(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /**
   * The default script of a plan. With lower units, the 1st–6th non-pilot units each get one deviation. A plan with a
   * dated schedule (Văn Yên) follows it exactly. A single-unit plan without one has its dossier returned once and its
   * first composition refused.
   */
  public static SimulationScript defaultFor(Plan plan, UnitDirectory units) {
    if (!plan.schedule().isEmpty()) {
      return happyPath();
    }
    if (plan.lowerConferences() == null) {
      String own = plan.issuer().unitCode();
      return new SimulationScript(Set.of(), Set.of(), Set.of(own), Set.of(), Set.of(own), Set.of());
    }
    AdministrativeUnit issuer = units.get(plan.issuer().adminStructure(), plan.issuer().unitCode());
    List<String> codes = units.children(issuer).stream().map(AdministrativeUnit::code)
        .filter(c -> plan.pilot() == null || !c.equals(plan.pilot().unitCode())).toList();
    return new SimulationScript(pick(codes, 0), pick(codes, 1), pick(codes, 2), pick(codes, 3), pick(codes, 4),
        pick(codes, 5));
  }

  private static Set<String> pick(List<String> codes, int index) {
    return codes.size() > index ? Set.of(codes.get(index)) : Set.of();
  }
}

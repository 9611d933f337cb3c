package vn.thiduaflow.plan;

import static vn.thiduaflow.plan.DateRuleChecks.checkWindow;
import static vn.thiduaflow.plan.DateRuleChecks.span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.PilotRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;
import vn.thiduaflow.unit.UnitLevel;

/** The plan's pilots, for {@link PlanReader}: where each stands in the hierarchy and when it is held. */
final class PilotChecks {

  private final UnitDirectory units;
  private final PlanHierarchy hierarchy;

  PilotChecks(UnitDirectory units, PlanHierarchy hierarchy) {
    this.units = units;
    this.hierarchy = hierarchy;
  }

  /**
   * The plan's pilots (issue 22; the old single {@code pilot} is a list of one, its fields named {@code pilot.…}):
   * <ul>
   *   <li>not both {@code pilot} and {@code pilots};
   *   <li>each unit once, in the plan's hierarchy — an administrative unit of the issuer's structure or one of the plan's
   *       {@code organizations} — strictly below the issuer, its name as the list (or the organization) writes it;
   *   <li>it takes part: a unit directly below the issuer is a lower unit ({@code lowerConferences} or
   *       {@code levels.<LEVEL>} selects it); a deeper one needs a cascade in which every unit between runs a campaign
   *       ({@code levels} has its level);
   *   <li>its window lies within or before the window of the level it stands at: it ends no later than that window
   *       ({@code lowerConferences.window}, or {@code levels.<LEVEL>.conference.window}) — or lies wholly after it and
   *       within the window of the conference its level reports to (172/KH-UBND §II.2.3: Vĩnh Bình Nam early in Q2,
   *       after the communes' Q1, ahead of the district's congress);
   *   <li>a pilot whose units below hold conferences (a district running its communes' campaign) starts its window
   *       after theirs ends, so it is held first among its own level and not with the level below: theirs is
   *       {@code lowerWindow} when the plan gives them one (it must end no later than their level's window), else
   *       their level's. Only the units directly below the pilot are compared.
   * </ul>
   *
   * @return for each placed pilot (by index) the field of the tier rules its conference follows, for the outside-event
   *     check ({@code lowerConferences}, {@code levels.DISTRICT.conference})
   */
  Map<Integer, String> check(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    Map<Integer, String> tiers = new LinkedHashMap<>();
    if (plan.pilotsGivenTwice()) {
      problems.add(new Problem("pilots", "give either pilot (one unit, the form before issue 22) or pilots (a list), "
          + "not both"));
      return tiers;
    }
    Map<String, String> seen = new java.util.HashMap<>();
    for (int i = 0; i < plan.pilots().size(); i++) {
      PilotRule p = plan.pilots().get(i);
      String at = pilotField(plan, i);
      checkWindow(at + ".window", p.window(), problems);
      if (p.lowerWindow() != null) {
        checkWindow(at + ".lowerWindow", p.lowerWindow(), problems);
      }
      String first = seen.putIfAbsent(p.unitCode(), at);
      if (first != null) {
        problems.add(new Problem(at + ".unitCode", "unit '" + p.unitCode() + "' is already a pilot (" + first + ")"));
        continue;
      }
      if (issuer == null) {
        continue;
      }
      AdministrativeUnit unit = hierarchy.hierarchyUnit(plan, p.unitCode());
      if (unit == null) {
        problems.add(new Problem(at + ".unitCode", "unit '" + p.unitCode() + "' is neither in the "
            + hierarchy.listLabel(plan) + " administrative-unit list nor an organization of this plan"));
        continue;
      }
      if (!unit.name().equals(p.name())) {
        problems.add(new Problem(at + ".name", "'" + p.name() + "' does not match the unit list, where code "
            + unit.code() + " is '" + unit.name() + "'"));
      }
      List<AdministrativeUnit> above = hierarchy.ancestorsBelowIssuer(plan, unit, issuer);
      if (above == null) {
        problems.add(new Problem(at + ".unitCode", "unit '" + p.unitCode() + "' (" + unit.name() + ") is not below "
            + issuer.name() + ", the issuer"));
        continue;
      }
      if (!above.isEmpty() && !plan.cascades()) {
        problems.add(new Problem(at + ".unitCode", unit.name() + " is not directly below " + issuer.name()
            + ": a pilot deeper down needs levels (a cascading plan)"));
        continue;
      }
      String notRunning = above.stream().filter(u -> !plan.levels().containsKey(u.level()) || !hierarchy.takesPart(plan, u))
          .map(AdministrativeUnit::name).findFirst().orElse(null);
      if (notRunning != null) {
        problems.add(new Problem(at + ".unitCode", unit.name() + " takes no part: " + notRunning
            + " above it runs no campaign of this plan (its level has no rules in levels, or it is not selected)"));
        continue;
      }
      String levelField = plan.levels().containsKey(unit.level()) ? "levels." + unit.level() + ".conference"
          : plan.lowerConferences() != null ? "lowerConferences" : null;
      if (levelField == null) {
        problems.add(new Problem(at + ".unitCode", "no rules for the conference of " + unit.name() + " ("
            + unit.level() + "): a pilot needs lowerConferences or levels." + unit.level()));
        continue;
      }
      if (!hierarchy.takesPart(plan, unit)) {
        problems.add(new Problem(at + ".unitCode", unit.name() + " takes no part: " + levelField
            + ".units does not select it"));
        continue;
      }
      tiers.put(i, levelField);
      DateWindow level = tierAt(plan, levelField).window();
      AdministrativeUnit parent = above.isEmpty() ? issuer : above.get(0);
      String upperField = parent == issuer ? "ownConference" : "levels." + parent.level() + ".conference";
      DateWindow upper = tierAt(plan, upperField).window();
      boolean withinOrBefore = !p.window().to().isAfter(level.to());
      boolean aheadOfUpper = p.window().from().isAfter(level.to()) && upper.contains(p.window().from())
          && upper.contains(p.window().to());
      if (!withinOrBefore && !aheadOfUpper) {
        problems.add(new Problem(at + ".window", span(p.window()) + " ends after " + levelField + ".window ("
            + span(level) + "), the window of the level " + unit.name() + " stands at: a pilot is held first, so its "
            + "window lies within or before its level's (or wholly after it and within " + upperField + ".window ("
            + span(upper) + "), ahead of the level above)"));
      }
      checkPilotBelow(plan, p, at, unit, problems);
    }
    return tiers;
  }

  /** A pilot with units below it that hold conferences: its window starts after theirs ({@link #check}). */
  private void checkPilotBelow(Plan plan, PilotRule p, String at, AdministrativeUnit unit,
      List<Problem> problems) {
    Map<String, DateWindow> below = new LinkedHashMap<>();
    if (plan.levels().containsKey(unit.level())) { // the pilot runs a campaign of its own
      List<AdministrativeUnit> lower = new ArrayList<>();
      if (unit.level().territorial()) {
        unit.childCodes().forEach(c -> units.find(unit.structure(), unit.unitList(), c).filter(u -> hierarchy.takesPart(plan, u))
            .ifPresent(lower::add));
      }
      plan.organizationsBelow(unit.code()).forEach(o -> lower.add(hierarchy.organizationUnit(plan, o)));
      for (AdministrativeUnit u : lower) {
        String field = plan.levels().containsKey(u.level()) ? "levels." + u.level() + ".conference"
            : plan.lowerConferences() != null ? "lowerConferences" : null;
        if (field != null) {
          below.put(field + ".window", tierAt(plan, field).window());
        }
      }
    }
    if (below.isEmpty()) {
      if (p.lowerWindow() != null) {
        problems.add(new Problem(at + ".lowerWindow", unit.name() + " has no units below it holding conferences "
            + "under this plan"));
      }
      return;
    }
    var last = below.entrySet().stream().max(java.util.Map.Entry.comparingByValue(
        Comparator.comparing(DateWindow::to))).orElseThrow();
    if (p.lowerWindow() != null && p.lowerWindow().to().isAfter(last.getValue().to())) {
      problems.add(new Problem(at + ".lowerWindow", span(p.lowerWindow()) + " ends after " + last.getKey() + " ("
          + span(last.getValue()) + "): the units below a pilot are held earlier than their level, never later"));
    }
    LocalDate belowEnd = p.lowerWindow() != null ? p.lowerWindow().to() : last.getValue().to();
    String belowField = p.lowerWindow() != null ? at + ".lowerWindow" : last.getKey();
    if (!p.window().from().isAfter(belowEnd)) {
      problems.add(new Problem(at + ".window", "starts on " + p.window().from() + ", but the units below "
          + unit.name() + " hold their conferences until " + belowEnd + " (" + belowField + "), and a unit is held "
          + "after its units below: start the window after " + belowEnd + ", or give them an earlier window of their "
          + "own (" + at + ".lowerWindow) so the pilot is held first among its level"));
    }
  }

  /** {@code pilot} for the old single form, else {@code pilots[i]}. */
  static String pilotField(Plan plan, int index) {
    return plan.pilot() != null && !plan.pilotsGivenTwice() ? "pilot" : "pilots[" + index + "]";
  }

  /** The tier rules at a field of {@link #check}: ownConference, lowerConferences, levels.X.conference. */
  private static TierRules tierAt(Plan plan, String field) {
    return switch (field) {
      case "ownConference" -> plan.ownConference();
      case "lowerConferences" -> plan.lowerConferences();
      default -> plan.levels().get(UnitLevel.valueOf(field.split("\\.")[1])).conference();
    };
  }
}

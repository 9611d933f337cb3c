package vn.thiduaflow.plan;

import static vn.thiduaflow.plan.DateRuleChecks.span;
import static vn.thiduaflow.plan.TierChecks.checkTier;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DelegateGroup;
import vn.thiduaflow.plan.model.DelegationRule;
import vn.thiduaflow.plan.model.LevelRules;
import vn.thiduaflow.plan.model.Organization;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The plan's cascade, for {@link PlanReader}: the rules per level and their unit lists, the organizations (each below
 * an administrative unit or another organization of the plan, with second parents and vertical lines), the agencies
 * below an agency, delegation numbers and delegate groups, the lower reports' deadline. Problems are added with
 * their field; nothing is thrown.
 */
final class CascadeChecks {

  private final PlanHierarchy hierarchy;

  CascadeChecks(PlanHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /** Levels, organizations, delegation numbers and the lower-report deadline. */
  void check(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    plan.levels().forEach((level, rules) -> {
      String field = "levels." + level;
      checkTier(field + ".conference", plan, rules.conference(), problems);
      ConferenceRuleChecks.checkComposition(field + ".conference.composition", rules.conference().composition(),
          problems);
      if (level == UnitLevel.NATION) {
        problems.add(new Problem(field, "the nation is never below another unit; levels start at PROVINCE"));
      }
      var selection = rules.conference().units();
      if (selection != null) {
        for (int i = 0; i < selection.unitCodes().size(); i++) {
          String code = selection.unitCodes().get(i);
          var unit = hierarchy.listUnit(plan, code);
          if (unit.isEmpty() || unit.get().level() != level) {
            problems.add(new Problem(field + ".conference.units.unitCodes[" + i + "]", "unit '" + code
                + "' is not a " + level + " unit of the " + hierarchy.listLabel(plan) + " list"));
          }
        }
      }
    });
    if (plan.cascades() && issuer != null && plan.issuer().adminStructure() == AdminStructure.THREE_LEVEL
        && plan.levels().containsKey(UnitLevel.DISTRICT) && !plan.levels().containsKey(UnitLevel.COMMUNE)) {
      problems.add(new Problem("levels", "has DISTRICT but not COMMUNE: districts' campaigns need rules for their communes"));
    }
    Set<String> codes = new java.util.HashSet<>();
    for (int i = 0; i < plan.organizations().size(); i++) {
      Organization o = plan.organizations().get(i);
      String field = "organizations[" + i + "]";
      if (!codes.add(o.code())) {
        problems.add(new Problem(field + ".code", "code '" + o.code() + "' is used twice"));
      }
      if (o.kind().territorial()) {
        problems.add(new Problem(field + ".kind", "must be AGENCY, ENTERPRISE or EMULATION_BLOCK, was " + o.kind()));
      } else if (o.kind() == UnitLevel.AGENCY_BELOW) {
        problems.add(new Problem(field + ".kind", "must be AGENCY, ENTERPRISE or EMULATION_BLOCK, was AGENCY_BELOW: "
            + "write kind: AGENCY; an agency below an agency follows levels.AGENCY_BELOW by itself"));
      }
    }
    checkAgenciesBelow(plan, problems);
    for (int i = 0; i < plan.organizations().size(); i++) {
      Organization o = plan.organizations().get(i);
      boolean orgParent = codes.contains(o.parent());
      if (!orgParent && hierarchy.listUnit(plan, o.parent()).isEmpty()) {
        problems.add(new Problem("organizations[" + i + "].parent", "'" + o.parent()
            + "' is neither an organization of this plan nor in the " + hierarchy.listLabel(plan) + " list"));
      } else if (orgParent && !plan.cascades() && !o.parent().equals(plan.issuer().unitCode())) {
        problems.add(new Problem("organizations[" + i + "].parent", "organizations below organizations need levels "
            + "(a cascading plan), unless directly below the issuer"));
      } else if (!orgParent && !plan.cascades() && !o.parent().equals(plan.issuer().unitCode())
          && !o.code().equals(plan.issuer().unitCode())) {
        problems.add(new Problem("organizations[" + i + "].parent", "must be the issuer (" + plan.issuer().unitCode()
            + ") in a plan without levels"));
      }
    }
    checkSecondParentsAndVerticalLines(plan, codes, problems);
    for (Organization o : plan.organizations()) {
      String at = o.parent();
      for (int depth = 0; codes.contains(at); depth++) {
        if (depth > plan.organizations().size()) {
          problems.add(new Problem("organizations", "'" + o.code() + "' is below itself (a cycle of parents)"));
          break;
        }
        String current = at;
        at = plan.organizations().stream().filter(x -> x.code().equals(current)).findFirst().orElseThrow().parent();
      }
    }
    var delegation = plan.ownConference().delegation();
    if (delegation != null) {
      checkDelegateGroups("ownConference.delegation", delegation, problems);
    }
    if (delegation != null
        && delegation.officialDelegates() + delegation.guestDelegates() > plan.ownConference().delegateCap().value()) {
      problems.add(new Problem("ownConference.delegation", "official + guest delegates ("
          + (delegation.officialDelegates() + delegation.guestDelegates()) + ") exceed delegateCap ("
          + plan.ownConference().delegateCap().value() + ")"));
    }
    var reportsDue = plan.lowerReports();
    if (reportsDue != null && (reportsDue.daysAfterLowerWindow() == null) == (reportsDue.fixedDate() == null)) {
      problems.add(new Problem("lowerReports", "set exactly one of daysAfterLowerWindow or fixedDate"));
    }
  }

  /**
   * {@code levels.AGENCY_BELOW} (the rules of a department's own grassroots agencies, {@link Plan#levelOf}) applies to
   * at least one agency below an agency of the plan; the departments run their campaigns under {@code levels.AGENCY};
   * and the grassroots window ends no later than the departments' (a department's conference comes after its agencies
   * reported).
   */
  static void checkAgenciesBelow(Plan plan, List<Problem> problems) {
    LevelRules below = plan.levels().get(UnitLevel.AGENCY_BELOW);
    if (below == null) {
      return;
    }
    boolean any = plan.organizations().stream().anyMatch(o -> plan.levelOf(o) == UnitLevel.AGENCY_BELOW);
    if (!any) {
      problems.add(new Problem("levels.AGENCY_BELOW", "no organization of this plan is an agency below an agency "
          + "(kind: AGENCY whose parent is an organization of kind AGENCY), so these rules apply to none"));
    }
    LevelRules agency = plan.levels().get(UnitLevel.AGENCY);
    if (agency == null) {
      problems.add(new Problem("levels.AGENCY_BELOW", "needs levels.AGENCY: the agencies below a department hold "
          + "their conferences in the department's own campaign, which follows levels.AGENCY"));
      return;
    }
    DateWindow own = below.conference().window();
    DateWindow upper = agency.conference().window();
    if (own.to().isAfter(upper.to())) {
      problems.add(new Problem("levels.AGENCY_BELOW.conference.window", span(own) + " ends after "
          + "levels.AGENCY.conference.window (" + span(upper) + "): a department holds its conference after its own "
          + "agencies have held theirs and reported"));
    }
  }

  /**
   * A second parent (dual subordination) is another known unit, not the first parent nor the organization itself; a
   * vertical line names administrative levels below the administrative unit the organization belongs to, each once
   * (DISTRICT, COMMUNE for a provincial department; PROVINCE too for a ministry's department, issue 22).
   */
  void checkSecondParentsAndVerticalLines(Plan plan, Set<String> codes, List<Problem> problems) {
    for (int i = 0; i < plan.organizations().size(); i++) {
      Organization o = plan.organizations().get(i);
      String field = "organizations[" + i + "]";
      String second = o.secondParent();
      if (second != null) {
        if (second.equals(o.parent()) || second.equals(o.code())) {
          problems.add(new Problem(field + ".secondParent", "must differ from parent and from the organization itself"));
        } else if (!codes.contains(second) && hierarchy.listUnit(plan, second).isEmpty()) {
          problems.add(new Problem(field + ".secondParent", "'" + second + "' is neither an organization of this plan "
              + "nor in the " + hierarchy.listLabel(plan) + " list"));
        }
      }
      if (o.verticalLine() != null) {
        List<UnitLevel> levels = o.verticalLine().levels();
        if (levels.size() != Set.copyOf(levels).size()) {
          problems.add(new Problem(field + ".verticalLine.levels", "lists a level twice"));
        }
        AdministrativeUnit within = hierarchy.administrativeParent(plan, o);
        for (UnitLevel level : levels) {
          if (!level.territorial() || level == UnitLevel.NATION) {
            problems.add(new Problem(field + ".verticalLine.levels", "a vertical line reaches PROVINCE, DISTRICT or "
                + "COMMUNE units, not " + level));
          } else if (within != null && level.ordinal() <= within.level().ordinal()) {
            problems.add(new Problem(field + ".verticalLine.levels", "a vertical line reaches units below "
                + within.name() + " (" + within.level() + "), the administrative unit " + o.name() + " belongs to, "
                + "so not " + level));
          }
        }
      }
    }
  }

  /** Group codes unique; official groups within the official delegates, guest groups within the guests. */
  static void checkDelegateGroups(String field, DelegationRule delegation, List<Problem> problems) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < delegation.groups().size(); i++) {
      DelegateGroup g = delegation.groups().get(i);
      if (g != null && !seen.add(g.code())) {
        problems.add(new Problem(field + ".groups[" + i + "].code", "code '" + g.code() + "' is used twice"));
      }
    }
    if (delegation.groups().stream().anyMatch(java.util.Objects::isNull)) {
      return; // reported by validation
    }
    if (delegation.groupTotal(false) > delegation.officialDelegates()) {
      problems.add(new Problem(field + ".groups", "official groups add up to " + delegation.groupTotal(false)
          + ", more than officialDelegates (" + delegation.officialDelegates() + ")"));
    }
    if (delegation.groupTotal(true) > delegation.guestDelegates()) {
      problems.add(new Problem(field + ".groups", "guest groups add up to " + delegation.groupTotal(true)
          + ", more than guestDelegates (" + delegation.guestDelegates() + ")"));
    }
  }
}

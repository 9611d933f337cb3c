package vn.thiduaflow.plan;

import java.util.ArrayList;
import java.util.List;
import vn.thiduaflow.plan.model.Organization;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * The units of a plan's hierarchy as the cross-field checks of {@link PlanReader} look them up: the administrative
 * units of the plan's unit list and the plan's own organizations, and whether a unit takes part in the campaign.
 */
final class PlanHierarchy {

  private final UnitDirectory units;

  PlanHierarchy(UnitDirectory units) {
    this.units = units;
  }

  /**
   * A unit of the plan's hierarchy: an administrative unit of its unit list, or one of its organizations; null: none.
   */
  AdministrativeUnit hierarchyUnit(Plan plan, String code) {
    return listUnit(plan, code).or(() -> plan.organizations().stream()
        .filter(o -> o != null && o.code().equals(code)).findFirst().map(o -> organizationUnit(plan, o))).orElse(null);
  }

  /**
   * An organization as a unit of the plan's list, at the level whose rules it follows ({@link Plan#levelOf}); its
   * children are the organizations directly below it.
   */
  AdministrativeUnit organizationUnit(Plan plan, Organization o) {
    return new AdministrativeUnit(plan.issuer().adminStructure(), o.code(), o.name(), plan.levelOf(o), o.parent(),
        plan.organizationsBelow(o.code()).stream().map(Organization::code).toList(),
        units.listFor(plan.issuer().adminStructure(), plan.issuer().unitList()).id());
  }

  /**
   * An administrative unit of the plan's unit list ({@code issuer.unitList}, else today's list of its structure), with
   * its name of that list. Only after {@link PlanReader}'s unit-list check accepted the list.
   */
  java.util.Optional<AdministrativeUnit> listUnit(Plan plan, String code) {
    return units.find(plan.issuer().adminStructure(), plan.issuer().unitList(), code);
  }

  /**
   * The first administrative unit above an organization, through its first parents (a vertical line reaches inside
   * it); null when a parent is unknown or the parents form a cycle (both refused at load).
   */
  AdministrativeUnit administrativeParent(Plan plan, Organization organization) {
    String at = organization.parent();
    for (int depth = 0; depth <= plan.organizations().size(); depth++) {
      String current = at;
      var above = plan.organizations().stream().filter(o -> o != null && o.code().equals(current)).findFirst();
      if (above.isEmpty()) {
        return listUnit(plan, current).orElse(null);
      }
      at = above.get().parent();
    }
    return null;
  }

  /** How messages name the plan's list: the structure for today's list (as before), else the list with its date. */
  String listLabel(Plan plan) {
    return plan.issuer().unitList() == null ? plan.issuer().adminStructure().toString()
        : units.listFor(plan.issuer().adminStructure(), plan.issuer().unitList()).label();
  }

  /**
   * The units between {@code unit} and the issuer, nearest first (empty: directly below the issuer); null when the unit
   * is not below the issuer (or is the issuer).
   */
  List<AdministrativeUnit> ancestorsBelowIssuer(Plan plan, AdministrativeUnit unit, AdministrativeUnit issuer) {
    List<AdministrativeUnit> above = new ArrayList<>();
    AdministrativeUnit at = unit;
    for (int depth = 0; depth < 8 + plan.organizations().size(); depth++) {
      if (at.parentCode() == null || at.code().equals(issuer.code())) {
        return null;
      }
      if (at.parentCode().equals(issuer.code())) {
        return above;
      }
      at = hierarchyUnit(plan, at.parentCode());
      if (at == null) {
        return null;
      }
      above.add(at);
    }
    return null; // a cycle of organization parents (refused by checkCascade)
  }

  /**
   * Whether a unit holds a conference where its parent's campaign picks it (as {@link PlanCatalog#lowerUnits} does):
   * an organization always; an administrative unit when the selection of its level's rules — else of
   * {@code lowerConferences} — is all children or lists it.
   */
  static boolean takesPart(Plan plan, AdministrativeUnit unit) {
    if (!unit.level().territorial()) {
      return true;
    }
    var level = plan.levels().get(unit.level());
    var selection = level != null && level.conference().units() != null ? level.conference().units()
        : plan.lowerConferences() == null ? null : plan.lowerConferences().units();
    return selection == null || selection.allChildren() || selection.unitCodes().contains(unit.code());
  }
}

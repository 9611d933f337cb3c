package vn.thiduaflow.award;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * Who may read and who may write the award register (sổ khen thưởng), and for which units: the caller's unit groups
 * ({@code u<unit code>.<role>}, {@link CouncilRole#groupId}) decide, as {@code conference.UnitAccess} decides for a
 * conference, one level down at most (as the dashboard's {@code DashboardVisibility}):
 * <ul>
 *   <li><b>read</b> ({@link #readable}): the records of the units where the caller is chair, vice chair, member,
 *       standing office, unit head or unit secretary, and of the units directly below a unit where the caller is
 *       chair, standing office or upper council (the groups of the unit above that see a conference); the officer
 *       roles (culture, finance, office clerk) hold the conference's duties only and do not read the register;</li>
 *   <li><b>write</b> — import earlier awards ({@link #importer}): the standing office or the unit secretary (the
 *       unit's emulation officer) of a unit, for that unit, and the standing office of a unit for the units directly
 *       below it (the standing office of the unit above also manages a conference, {@code UnitAccess.manageable});
 *       the chair approves decisions, he does not type registers.</li>
 * </ul>
 * Administrators (group {@code camunda-admin}) read and write every unit. "Directly below" is the unit directory's
 * children (both structures, today's lists) and the units whose conferences name the unit as the one above
 * (organizations a plan names, which the directory does not hold). Without an authentication nothing is allowed: the
 * register is never read on behalf of nobody.
 */
@Component
public class AwardAccess {

  /** Roles whose holders read their own unit's register. */
  static final Set<CouncilRole> READ_OWN = Set.of(CouncilRole.CHAIR, CouncilRole.VICE_CHAIR, CouncilRole.MEMBER,
      CouncilRole.STANDING_OFFICE, CouncilRole.UNIT_HEAD, CouncilRole.UNIT_SECRETARY);
  /** Roles whose holders read the register of the units directly below their unit. */
  static final Set<CouncilRole> READ_BELOW = Set.of(CouncilRole.CHAIR, CouncilRole.STANDING_OFFICE,
      CouncilRole.UPPER_COUNCIL);
  /** Roles whose holders import earlier awards for their own unit. */
  static final Set<CouncilRole> WRITE_OWN = Set.of(CouncilRole.STANDING_OFFICE, CouncilRole.UNIT_SECRETARY);
  /** Roles whose holders import earlier awards for the units directly below their unit. */
  static final Set<CouncilRole> WRITE_BELOW = Set.of(CouncilRole.STANDING_OFFICE);

  private final UnitDirectory directory;
  private final EntityManager em;

  AwardAccess(UnitDirectory directory, EntityManager em) {
    this.directory = directory;
    this.em = em;
  }

  /**
   * The units whose records a caller may read.
   *
   * @return empty for an administrator (every unit); else the unit codes, at least one
   * @throws NotAllowedException (403) when the caller holds no role that reads the register, or there is no
   *     authentication
   */
  @Transactional(readOnly = true)
  public Optional<Set<String>> readable(Authentication caller) {
    Optional<Set<String>> units = scope(caller, READ_OWN, READ_BELOW);
    if (units.isPresent() && units.get().isEmpty()) {
      throw new NotAllowedException(Message.of("awardAccess.read.none", caller.getUserId()));
    }
    return units;
  }

  /**
   * The units a caller may import earlier awards for, with their names.
   *
   * @return who imports and for which units (every unit for an administrator)
   * @throws NotAllowedException (403) when the caller may import for no unit, or there is no authentication
   */
  @Transactional(readOnly = true)
  public Importer importer(Authentication caller) {
    Optional<Set<String>> units = scope(caller, WRITE_OWN, WRITE_BELOW);
    if (units.isPresent() && units.get().isEmpty()) {
      throw new NotAllowedException(Message.of("awardAccess.import.none", caller.getUserId()));
    }
    Set<String> own = new LinkedHashSet<>();
    for (Map.Entry<String, CouncilRole> g : roles(caller)) {
      if (WRITE_OWN.contains(g.getValue())) {
        own.add(g.getKey());
      }
    }
    Map<String, String> named = new LinkedHashMap<>();
    units.orElse(Set.of()).forEach(code -> named.put(code, nameOf(code)));
    return new Importer(caller.getUserId(), units.isEmpty(), Set.copyOf(own), named);
  }

  /**
   * Checks that the caller may print a certificate template's test print and see the templates: an administrator or
   * the standing office of any unit (the office that prints the certificates of its unit's decisions).
   *
   * @throws NotAllowedException (403) otherwise
   */
  public void certificatePrinter(Authentication caller) {
    if (caller == null || caller.getUserId() == null) {
      throw new NotAllowedException(Message.of("awardAccess.notLoggedIn"));
    }
    if (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)
        || roles(caller).stream().anyMatch(g -> g.getValue() == CouncilRole.STANDING_OFFICE)) {
      return;
    }
    throw new NotAllowedException(Message.of("awardAccess.certificates.none", caller.getUserId()));
  }

  /** The caller may not do this (answered 403 with the reason in both languages). */
  public static class NotAllowedException extends RuntimeException {
    private final transient Message reason;

    NotAllowedException(Message reason) {
      super(reason.vietnamese() + " / " + reason.english());
      this.reason = reason;
    }

    /** Why, in Vietnamese. */
    public String vietnamese() {
      return reason.vietnamese();
    }

    /** Why, in English. */
    public String english() {
      return reason.english();
    }
  }

  /**
   * Who imports and where.
   *
   * @param userId the importer (recorded on every row)
   * @param everyUnit an administrator: any known unit, named on each row
   * @param ownUnits the units where the importer is standing office or secretary: a row without a code is for the one
   *     of them when there is exactly one
   * @param units the unit codes the importer may write, with their names (empty for an administrator)
   */
  public record Importer(String userId, boolean everyUnit, Set<String> ownUnits, Map<String, String> units) {

    /** Whether the importer may write records of the unit. */
    public boolean reaches(String unitCode) {
      return everyUnit || units.containsKey(unitCode);
    }

    /** The unit a row without a code is for: the one own unit, or empty when there is none or several. */
    public Optional<String> defaultUnit() {
      return ownUnits.size() == 1 ? Optional.of(ownUnits.iterator().next()) : Optional.empty();
    }

    /** The units as people read them: "21064 (Xã Bình An), 21067 (Xã Bình Hòa)". */
    public String described() {
      List<String> parts = new ArrayList<>();
      units.forEach((code, name) -> parts.add(name == null ? code : code + " (" + name + ")"));
      return String.join(", ", parts);
    }
  }

  /** Whether a unit code names a unit the system knows: in the unit directory or as a conference's unit. */
  @Transactional(readOnly = true)
  public boolean known(String unitCode) {
    return nameOf(unitCode) != null;
  }

  private Optional<Set<String>> scope(Authentication caller, Set<CouncilRole> own, Set<CouncilRole> below) {
    if (caller == null || caller.getUserId() == null) {
      throw new NotAllowedException(Message.of("awardAccess.notLoggedIn"));
    }
    if (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return Optional.empty();
    }
    Set<String> units = new LinkedHashSet<>();
    Set<String> upper = new LinkedHashSet<>();
    for (Map.Entry<String, CouncilRole> g : roles(caller)) {
      if (own.contains(g.getValue())) {
        units.add(g.getKey());
      }
      if (below.contains(g.getValue())) {
        upper.add(g.getKey());
      }
    }
    units.addAll(below(upper));
    return Optional.of(Set.copyOf(units));
  }

  /** The caller's unit groups as (unit code, role); groups of another shape are not unit roles. */
  private static List<Map.Entry<String, CouncilRole>> roles(Authentication caller) {
    List<Map.Entry<String, CouncilRole>> roles = new ArrayList<>();
    for (String group : caller.getGroupIds() == null ? List.<String>of() : caller.getGroupIds()) {
      int dot = group.lastIndexOf('.');
      if (!group.startsWith("u") || dot < 2) {
        continue;
      }
      String code = group.substring(1, dot);
      for (CouncilRole role : CouncilRole.values()) {
        if (role.groupId(code).equals(group)) {
          roles.add(Map.entry(code, role));
        }
      }
    }
    return roles;
  }

  /** The units directly below these: the directory's children and the conferences held under them. */
  private Set<String> below(Collection<String> upper) {
    Set<String> codes = new LinkedHashSet<>();
    if (upper.isEmpty()) {
      return codes;
    }
    for (String code : upper) {
      for (AdminStructure s : AdminStructure.values()) {
        directory.find(s, code).ifPresent(u -> codes.addAll(u.childCodes()));
      }
    }
    codes.addAll(em.createQuery("select distinct c.unitCode from Conference c where c.upperUnitCode in :upper",
        String.class).setParameter("upper", upper).getResultList());
    return codes;
  }

  /** The unit's name: a conference's unit name first (the campaign's list), else the directory's; null if unknown. */
  private String nameOf(String code) {
    List<String> held = em.createQuery("select c.unitName from Conference c where c.unitCode = :code order by c.id "
        + "desc", String.class).setParameter("code", code).setMaxResults(1).getResultList();
    if (!held.isEmpty()) {
      return held.get(0);
    }
    for (AdminStructure s : AdminStructure.values()) {
      Optional<AdministrativeUnit> unit = directory.findInAnyList(s, code);
      if (unit.isPresent()) {
        return unit.get().name();
      }
    }
    return null;
  }
}

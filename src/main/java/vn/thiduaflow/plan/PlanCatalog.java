package vn.thiduaflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.Issuer;
import vn.thiduaflow.plan.model.LevelRules;
import vn.thiduaflow.plan.model.Organization;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.PresidiumRule;
import vn.thiduaflow.plan.model.PresidiumScope;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;
import vn.thiduaflow.unit.UnitLevel;

/**
 * All plans known to the application: every {@code *.yaml} under {@code classpath:plans/} plus, when
 * {@code thiduaflow.plans.extra-dir} is set, every {@code *.yaml} in that directory. Loaded and validated when the
 * application starts; a wrong file stops the start with a {@link PlanFileException}.
 */
@Component
public class PlanCatalog {

  private static final Logger log = LoggerFactory.getLogger(PlanCatalog.class);

  /** Separates a cascading plan's id from a unit code in the id of a plan derived from it: {@code <plan>@<unit>}. */
  public static final String DERIVED_SEPARATOR = Plan.DERIVED_SEPARATOR;

  private final Map<String, Plan> plans = new LinkedHashMap<>();
  private final Map<String, Plan> derived = new ConcurrentHashMap<>();
  private final UnitDirectory units;
  private final PlanHierarchy hierarchy;

  public PlanCatalog(PlanReader reader, UnitDirectory units, @Value("${thiduaflow.plans.extra-dir:}") String extraDir) {
    this.units = units;
    this.hierarchy = new PlanHierarchy(units);
    var resolver = new PathMatchingResourcePatternResolver();
    List<Resource> files = new ArrayList<>();
    try {
      files.addAll(Arrays.asList(resolver.getResources("classpath*:plans/*.yaml")));
      if (!extraDir.isBlank()) {
        files.addAll(Arrays.asList(resolver.getResources("file:" + extraDir.replaceAll("/$", "") + "/*.yaml")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list plan files", e);
    }
    files.sort(Comparator.comparing(Resource::getDescription));
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (Resource file : files) {
      String name = file.getFilename();
      try (InputStream in = file.getInputStream()) {
        Plan plan = reader.read(name, in, renames -> log.warn("Plan file '{}' still uses old names of the plan format "
            + "and loads as before; rename: {} (docs/onboarding-a-plan.md)", name, String.join("; ", renames)));
        if (plans.containsKey(plan.id())) {
          throw new PlanFileException(name, List.of(new Problem("id",
              "plan id '" + plan.id() + "' is already used by " + fileOf.get(plan.id()))));
        }
        plans.put(plan.id(), plan);
        fileOf.put(plan.id(), name);
      } catch (IOException e) {
        throw new PlanFileException(name, List.of(new Problem("(file)", "cannot be read: " + e.getMessage())));
      }
    }
    for (Plan plan : plans.values()) {
      if (plan.implementsPlan() != null) {
        checkImplements(plan, fileOf.get(plan.id()));
      }
    }
    log.info("Loaded {} plan(s): {}", plans.size(), plans.keySet());
  }

  /** A plan that implements another must name a known plan of the same structure whose issuer is above its own. */
  private void checkImplements(Plan plan, String file) {
    Plan upper = plans.get(plan.implementsPlan());
    if (upper == null) {
      throw new PlanFileException(file, List.of(new Problem("implements",
          "no plan with id '" + plan.implementsPlan() + "'; known plans: " + plans.keySet())));
    }
    if (upper.issuer().adminStructure() != plan.issuer().adminStructure()) {
      throw new PlanFileException(file, List.of(new Problem("implements", "plan '" + upper.id() + "' is on the "
          + upper.issuer().adminStructure() + " unit list, this one on " + plan.issuer().adminStructure())));
    }
    if (!units.listFor(upper.issuer().adminStructure(), upper.issuer().unitList()).id()
        .equals(units.listFor(plan.issuer().adminStructure(), plan.issuer().unitList()).id())) {
      throw new PlanFileException(file, List.of(new Problem("issuer.unitList", "plan '" + upper.id()
          + "' is written against the unit list " + units.listFor(upper.issuer().adminStructure(),
          upper.issuer().unitList()).label() + ", this one against " + units.listFor(plan.issuer().adminStructure(),
          plan.issuer().unitList()).label() + ": a plan carries out one of the same list")));
    }
    String at = plan.issuer().unitCode();
    while (at != null && !at.equals(upper.issuer().unitCode())) {
      at = unitOf(plan, at).map(AdministrativeUnit::parentCode).orElse(null);
    }
    if (at == null || plan.issuer().unitCode().equals(upper.issuer().unitCode())) {
      throw new PlanFileException(file, List.of(new Problem("implements", plan.issuer().name()
          + " is not below " + upper.issuer().name() + ", the issuer of plan '" + upper.id() + "'")));
    }
  }

  /** Every plan, in file order. */
  public Collection<Plan> all() {
    return plans.values();
  }

  /** The plan with this id (a file's plan, or a derived one {@code <plan>@<unit>}), if any. */
  public Optional<Plan> find(String id) {
    int at = id.indexOf(DERIVED_SEPARATOR);
    if (at < 0) {
      return Optional.ofNullable(plans.get(id));
    }
    Plan root = plans.get(id.substring(0, at));
    if (root == null || !root.cascades()) {
      return Optional.empty();
    }
    return unitOf(root, id.substring(at + 1)).map(u -> derive(root, u));
  }

  /**
   * The plan a unit below a cascading plan's issuer carries out: a plan file that {@code implements} the cascading
   * plan (or the plan of the campaign directly above) and is issued by this unit; otherwise the plan derived from the
   * cascading plan's rules for the unit's level ({@link #derive}).
   *
   * @param root the cascading plan at the top of the chain
   * @param parentPlan the plan of the campaign directly above the unit
   * @param unit the unit
   * @return the plan, or empty when the unit runs no campaign of its own (no plan file, and the root has no rules for
   *     its level or it has no units below it)
   */
  public Optional<Plan> campaignPlanFor(Plan root, Plan parentPlan, AdministrativeUnit unit) {
    Optional<Plan> own = plans.values().stream()
        .filter(p -> root.id().equals(p.implementsPlan()) || parentPlan.id().equals(p.implementsPlan()))
        .filter(p -> p.issuer().adminStructure() == unit.structure() && p.issuer().unitCode().equals(unit.code())
            && units.listFor(p.issuer().adminStructure(), p.issuer().unitList()).id().equals(unit.unitList()))
        .findFirst();
    if (own.isPresent()) {
      return own;
    }
    if (!root.cascades() || !root.levels().containsKey(unit.level()) || unit.code().equals(root.issuer().unitCode())) {
      return Optional.empty();
    }
    Plan plan = derive(root, unit);
    return lowerUnits(plan, unit).isEmpty() ? Optional.empty() : Optional.of(plan);
  }

  /**
   * The units below {@code issuer} that take part in a campaign of {@code plan}: its administrative children that the
   * plan picks — the selection of their level's rules ({@code levels.<LEVEL>.conference.units}), else that of
   * {@code lowerConferences}, else all of them — then the organizations the plan names directly below it.
   */
  public List<AdministrativeUnit> lowerUnits(Plan plan, AdministrativeUnit issuer) {
    List<AdministrativeUnit> lower = new ArrayList<>();
    if ((plan.lowerConferences() != null || plan.cascades()) && issuer.level().territorial()) {
      for (AdministrativeUnit child : units.children(issuer)) {
        var level = plan.levels().get(child.level());
        var selection = level != null && level.conference().units() != null ? level.conference().units()
            : plan.lowerConferences() == null ? null : plan.lowerConferences().units();
        if (selection == null || selection.allChildren() || selection.unitCodes().contains(child.code())) {
          lower.add(child);
        }
      }
    }
    plan.organizationsBelow(issuer.code()).forEach(o -> lower.add(organizationUnit(plan, o)));
    return lower;
  }

  /**
   * The unit with this code in a plan's hierarchy: an administrative unit of the plan's unit list
   * ({@code issuer.unitList}, else today's list of its structure), with its name of that list, or one of its
   * organizations (at the level whose rules it follows, {@link Plan#levelOf}).
   */
  public Optional<AdministrativeUnit> unitOf(Plan plan, String code) {
    return listUnit(plan, code).or(() -> plan.organizations().stream()
        .filter(o -> o.code().equals(code)).findFirst().map(o -> organizationUnit(plan, o)));
  }

  /** An administrative unit of the plan's unit list (issue 22: a list of a past date the plan names). */
  private Optional<AdministrativeUnit> listUnit(Plan plan, String code) {
    return units.find(plan.issuer().adminStructure(), plan.issuer().unitList(), code);
  }

  /**
   * Whether people of the unit {@code originCode} may be nominated at the conference of the unit {@code hostCode} under
   * this plan: the origin is the host itself or lies below it — through administrative parents, organizations' parents
   * and their second parents (dual subordination) — or the host is an organization whose vertical line reaches the
   * origin's level inside the host's administrative parent (a provincial department nominating district and commune
   * staff of its sector).
   *
   * @return the origin unit when allowed; empty when it is unknown or not within the host (the caller says which)
   */
  public Optional<AdministrativeUnit> originWithin(Plan plan, String originCode, String hostCode) {
    Optional<AdministrativeUnit> origin = unitOf(plan, originCode);
    if (origin.isEmpty()) {
      return origin;
    }
    if (below(plan, origin.get(), hostCode, 0)) {
      return origin;
    }
    var host = plan.organizations().stream().filter(o -> o.code().equals(hostCode)).findFirst();
    if (host.isPresent() && host.get().verticalLine() != null
        && host.get().verticalLine().levels().contains(origin.get().level())) {
      // the vertical line reaches only inside the administrative unit the organization belongs to
      AdministrativeUnit adminParent = hierarchy.administrativeParent(plan, host.get());
      if (adminParent != null && below(plan, origin.get(), adminParent.code(), 0)) {
        return origin;
      }
    }
    return Optional.empty();
  }

  /** True when {@code unit} is {@code ancestorCode} or below it through any parent (first or second). */
  private boolean below(Plan plan, AdministrativeUnit unit, String ancestorCode, int depth) {
    if (unit.code().equals(ancestorCode)) {
      return true;
    }
    if (depth > 12) {
      return false; // the plan's organizations form no cycle (checked at load); this guards a bad file anyway
    }
    var org = plan.organizations().stream().filter(o -> o.code().equals(unit.code())).findFirst();
    List<String> parents = new ArrayList<>();
    if (org.isPresent()) {
      parents.add(org.get().parent());
      if (org.get().secondParent() != null) {
        parents.add(org.get().secondParent());
      }
    } else if (unit.parentCode() != null) {
      parents.add(unit.parentCode());
    }
    for (String parent : parents) {
      Optional<AdministrativeUnit> p = unitOf(plan, parent);
      if (p.isPresent() && below(plan, p.get(), ancestorCode, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** An organization as a unit of the plan's list, at the level whose rules it follows ({@link Plan#levelOf}). */
  private AdministrativeUnit organizationUnit(Plan plan, Organization o) {
    return hierarchy.organizationUnit(plan, o);
  }

  /**
   * The plan for a unit below a cascading plan's issuer, built from the cascading plan: its own conference follows the
   * rules for the unit's level, its lower conferences those for the level below (the first level its units below
   * have), its upper quota the level's; everything else (programme, names, deadlines, vote, presidium) is the cascading
   * plan's, except where a level's rules state their own presidium, names or deadlines (read through
   * {@link Plan#presidiumFor} and its siblings) and a presidium meant for the root's own conference only. The root's
   * {@link Plan#pilots} are carried whole (issue 22): a pilot at any depth is a pilot in the campaign where it holds its
   * conference, as a lower conference or as the own conference of its sub-campaign. The derived issuer is on the
   * root's unit list ({@code issuer.unitList}); the level below an organization is the one its organizations follow
   * ({@link Plan#levelOf}: a department's grassroots agencies take {@code levels.AGENCY_BELOW} when given). Id
   * {@code <root>@<unit code>}; cached.
   *
   * @throws IllegalArgumentException when the cascading plan has no rules for the unit's level
   */
  public Plan derive(Plan root, AdministrativeUnit unit) {
    return derived.computeIfAbsent(root.id() + DERIVED_SEPARATOR + unit.code(), id -> {
      LevelRules own = root.levels().get(unit.level());
      if (own == null) {
        throw new IllegalArgumentException("Plan " + root.id() + " has no rules (levels." + unit.level() + ") for "
            + unit.name());
      }
      TierRules lower = null;
      List<UnitLevel> below = new ArrayList<>();
      if (unit.level().territorial()) {
        units.children(unit).stream().findFirst().ifPresent(c -> below.add(c.level()));
      }
      root.organizationsBelow(unit.code()).forEach(o -> below.add(root.levelOf(o)));
      for (UnitLevel level : below) {
        if (root.levels().containsKey(level)) {
          lower = root.levels().get(level).conference();
          break;
        }
      }
      if (lower == null && !below.isEmpty() && root.lowerConferences() != null) {
        lower = root.lowerConferences();
      }
      return new Plan(id, root.number(), root.issuedOn(), root.title(), root.source(),
          new Issuer(unit.structure(), unit.code(), unit.name(), root.issuer().unitList()), root.term(), own.conference(), lower, null /* pilots: below */, presidiumBelow(root), root.programme(), root.officialName(), root.dossier(),
          root.nominationDeadline(), root.nomineeEligibility(), own.upperQuota(), root.presentations(), List.of(),
          root.reporting(), root.councilVote(), root.id(), root.levels(), root.organizations(), root.lowerReports(),
          root.deadlines(), root.outsideEvents(), root.submissions(), root.organizingCommittee(),
          root.pilots(), // the root's pilots, so a pilot deep in the cascade is one where it holds its conference
          root.duties(), root.supervision(), root.commendation(), root.publicDisclosure()); // the root's division of work: LOWER duties serve every conference here
    });
  }

  /**
   * The top-level presidium rule a derived plan carries: the root's when it binds every tier, none when it is for the
   * root issuer's own conference only ({@link PresidiumScope#OWN_CONFERENCE}); a level's own rule (its
   * {@code conference.presidium}) wins either way ({@link Plan#presidiumFor}).
   */
  private static PresidiumRule presidiumBelow(Plan root) {
    return root.presidium() != null && root.presidium().appliesTo() == PresidiumScope.EVERY_TIER
        ? root.presidium() : null;
  }

  /**
   * The plan with this id.
   *
   * @throws IllegalArgumentException listing the known plan ids when there is none
   */
  public Plan get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "No plan with id '" + id + "'; known plans: " + plans.keySet()));
  }
}

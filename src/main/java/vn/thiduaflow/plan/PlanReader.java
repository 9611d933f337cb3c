package vn.thiduaflow.plan;

import static vn.thiduaflow.plan.DateRuleChecks.checkDeadline;
import static vn.thiduaflow.plan.DateRuleChecks.checkTimeLimit;
import static vn.thiduaflow.plan.DateRuleChecks.order;
import static vn.thiduaflow.plan.DateRuleChecks.span;
import static vn.thiduaflow.plan.TierChecks.checkNameTemplates;
import static vn.thiduaflow.plan.TierChecks.checkPresidium;
import static vn.thiduaflow.plan.TierChecks.checkTemplatesCoverForms;
import static vn.thiduaflow.plan.TierChecks.checkTier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.BalanceCriterion;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.DelegateGroup;
import vn.thiduaflow.plan.model.DelegationRule;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.DossierRule;
import vn.thiduaflow.plan.model.EligibilityRule;
import vn.thiduaflow.plan.model.LevelRules;
import vn.thiduaflow.plan.model.Organization;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Reads one plan file (YAML) and validates it completely: the shape (unknown or mistyped fields), required fields and
 * ranges (Bean Validation), and the rules between fields and against the real unit lists. All problems of a file are
 * reported together.
 */
@Component
public class PlanReader {


  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private final Validator validator;
  private final UnitDirectory units;
  private final PlanHierarchy hierarchy;
  private final PilotChecks pilots;
  private final SubmissionAndDutyChecks submissionsAndDuties;
  private final OutsideEventChecks outsideEvents = new OutsideEventChecks();
  private final PlanYearCoverage yearCoverage;

  /** A reader that checks the years a plan reaches against the bundled public-holiday calendar only. */
  public PlanReader(Validator validator, UnitDirectory units) {
    this(validator, units, new WorkingCalendar(""));
  }

  /** @param calendar the public-service calendar the plan's working-day deadlines will be counted on */
  @Autowired
  public PlanReader(Validator validator, UnitDirectory units, WorkingCalendar calendar) {
    this.validator = validator;
    this.units = units;
    this.hierarchy = new PlanHierarchy(units);
    this.pilots = new PilotChecks(units, hierarchy);
    this.submissionsAndDuties = new SubmissionAndDutyChecks(hierarchy);
    this.yearCoverage = new PlanYearCoverage(units, calendar);
  }

  /**
   * Reads and validates a plan.
   *
   * @param file name of the file, used in messages
   * @param in the YAML content
   * @return the valid plan
   * @throws PlanFileException naming the file and each wrong field
   */
  public Plan read(String file, InputStream in) {
    return read(file, in, renames -> {});
  }

  /**
   * Reads and validates a plan, in the current file format or the one before issue 22 ({@link PlanFileFormat}).
   *
   * @param file name of the file, used in messages
   * @param in the YAML content
   * @param renamesToMake called once, only for a valid file that still uses old names of the format, with one entry
   *     per rename to make ("nominationDeadline → deadlines.nominations")
   * @return the valid plan
   * @throws PlanFileException naming the file and each wrong field as the file writes it (a rule written under both
   *     its old and its new name: both)
   */
  public Plan read(String file, InputStream in, java.util.function.Consumer<List<String>> renamesToMake) {
    Plan plan;
    PlanFileFormat.Shape shape = null;
    try {
      shape = toModelShape(file, in.readAllBytes());
      plan = shape.tree() == null ? null : yaml.treeToValue(shape.tree(), Plan.class);
    } catch (JsonMappingException e) {
      throw new PlanFileException(file, List.of(shape == null ? new Problem(path(e), describe(e))
          : shape.bindingProblem(path(e), describe(e))));
    } catch (JsonProcessingException e) {
      throw new PlanFileException(file, List.of(new Problem("(file)", "not valid YAML at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new PlanFileException(file, List.of(new Problem("(file)", "cannot be read: " + e.getMessage())));
    }
    if (plan == null) {
      throw new PlanFileException(file, List.of(new Problem("(file)", "is empty")));
    }
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Plan> v : validator.validate(plan)) {
      if (plan.pilot() != null && !plan.pilotsGivenTwice() && v.getPropertyPath().toString().startsWith("pilots[0]")) {
        continue; // the old single pilot is also the list's first: reported once, under its own name
      }
      problems.add(new Problem(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
          v.getMessage() + (v.getInvalidValue() == null ? "" : " (was '" + v.getInvalidValue() + "')")));
    }
    if (problems.isEmpty()) {
      checkConsistency(plan, problems);
      yearCoverage.check(plan, problems);
    }
    if (!problems.isEmpty()) {
      List<Problem> inFile = new ArrayList<>(shape.inFile(problems));
      inFile.sort(Comparator.comparing(Problem::field));
      throw new PlanFileException(file, inFile);
    }
    if (!shape.renamesToMake().isEmpty()) {
      renamesToMake.accept(shape.renamesToMake());
    }
    return plan;
  }

  /**
   * Parses the file and rewrites it from the file's format into the model's shape before binding (issue 22: one
   * {@code deadlines} block, {@code approval} for the council's threshold; {@link PlanFileFormat}).
   *
   * @throws PlanFileException for a rule written under its old and its new name at once
   * @throws IOException when the text is not YAML (a {@link JsonProcessingException} with its line)
   */
  private PlanFileFormat.Shape toModelShape(String file, byte[] content) throws IOException {
    return PlanFileFormat.toModelShape(file, yaml.readTree(content), () -> {
      try {
        return PlanFileFormat.lines(yaml.getFactory().createParser(content));
      } catch (IOException e) {
        return java.util.Map.of();
      }
    });
  }

  private void checkConsistency(Plan plan, List<Problem> problems) {
    if (!checkUnitList(plan, problems)) {
      return; // every unit of the plan is looked up in its list: without one, each would be reported again
    }
    // the issuer is an administrative unit of the list, or one of the plan's own organizations (issue 22: a ministry
    // or a provincial department issuing the plan of its own units)
    AdministrativeUnit issuer = hierarchy.hierarchyUnit(plan, plan.issuer().unitCode());
    boolean issuerIsOrganization = issuer != null && hierarchy.listUnit(plan, issuer.code()).isEmpty();
    if (issuer == null) {
      problems.add(new Problem("issuer.unitCode", "unit code '" + plan.issuer().unitCode() + "' is not in the "
          + hierarchy.listLabel(plan) + " administrative-unit list, nor one of the plan's organizations"));
    } else if (!issuer.name().equals(plan.issuer().name())) {
      problems.add(new Problem("issuer.name", "'" + plan.issuer().name() + "' does not match "
          + (issuerIsOrganization ? "the plan's organization" : "the unit list, where") + " code " + issuer.code()
          + (issuerIsOrganization ? ", named" : " is") + " '" + issuer.name() + "'"));
    }
    checkTier("ownConference", plan, plan.ownConference(), problems);
    if (plan.ownConference().units() != null) {
      problems.add(new Problem("ownConference.units", "only lowerConferences selects units"));
    }
    TierRules lower = plan.lowerConferences();
    if (lower != null) {
      checkTier("lowerConferences", plan, lower, problems);
      if (lower.units() == null || (!lower.units().allChildren() && lower.units().unitCodes().isEmpty())) {
        problems.add(new Problem("lowerConferences.units", "must set allChildren: true or list unitCodes"));
      } else if (issuer != null) {
        for (int i = 0; i < lower.units().unitCodes().size(); i++) {
          String code = lower.units().unitCodes().get(i);
          if (!issuer.childCodes().contains(code)) {
            problems.add(new Problem("lowerConferences.units.unitCodes[" + i + "]",
                "unit '" + code + "' is not directly below " + issuer.name()));
          }
        }
        if (lower.units().allChildren() && issuer.childCodes().isEmpty()) {
          problems.add(new Problem("lowerConferences.units.allChildren", issuer.name() + " has no units below it"));
        }
      }
    }
    Map<Integer, String> pilotTiers = pilots.check(plan, issuer, problems);
    checkPresidium("presidium", plan.presidium(), problems);
    checkProgramme("programme", plan.programme(), problems);
    plan.levels().forEach((level, rules) -> {
      if (rules.programme() != null) {
        checkProgramme("levels." + level + ".programme", rules.programme(), problems);
      }
    });
    checkNameTemplates("officialName", plan.officialName(), problems);
    List<TierRules> tiers = new ArrayList<>(java.util.Arrays.asList(plan.ownConference(), lower));
    plan.levels().values().forEach(l -> tiers.add(l.conference()));
    for (TierRules tier : tiers) {
      if (tier != null && tier.officialName() == null) {
        checkTemplatesCoverForms("officialName.templates", plan.officialName(), tier, problems);
      }
    }
    checkDeadline("dossier", plan.dossier().deadline(), problems);
    checkDossierDocuments(plan.dossier(), problems);
    submissionsAndDuties.check(plan, issuer, problems);
    checkDeadline("nominationDeadline", plan.nominationDeadline(), problems);
    checkDeadline("deadlines.councilVote", plan.deadlines().councilVote(), problems);
    checkDeadlineOrder(plan, problems);
    checkTimeLimit("deadlines.dossierReview", plan.deadlines().dossierReview(), problems);
    checkTimeLimit("deadlines.resultsReport", plan.deadlines().resultsReport(), problems);
    checkTimeLimit("deadlines.reminder", plan.deadlines().reminder(), problems);
    // which form the file gives is read by Jackson and each form's fields checked by Bean Validation; the order of
    // the fixed years is the one cross-field check left
    if (plan.nomineeEligibility() instanceof EligibilityRule.FixedYears years && years.recognizedFromYear() != null
        && years.recognizedToYear() != null && years.recognizedFromYear() > years.recognizedToYear()) {
      problems.add(new Problem("nomineeEligibility.recognizedToYear", "must not be before recognizedFromYear ("
          + years.recognizedFromYear() + ")"));
    }
    var presentations = plan.presentations();
    if (presentations != null) {
      int sum = presentations.mix().values().stream().mapToInt(Integer::intValue).sum();
      if (sum != presentations.total()) {
        problems.add(new Problem("presentations.mix", "adds up to " + sum + ", not total " + presentations.total()));
      }
    }
    var composition = plan.ownConference().composition();
    checkComposition("ownConference.composition", composition, problems);
    if (lower != null) {
      checkComposition("lowerConferences.composition", lower.composition(), problems);
    }
    for (int i = 0; i < plan.schedule().size(); i++) {
      var entry = plan.schedule().get(i);
      if (entry.end().isBefore(entry.from())) {
        problems.add(new Problem("schedule[" + i + "].to", "must not be before from (" + entry.from() + ")"));
      }
      if (i > 0 && entry.from().isBefore(plan.schedule().get(i - 1).from())) {
        problems.add(new Problem("schedule[" + i + "].from", "steps must be in date order"));
      }
    }
    checkCascade(plan, issuer, problems);
    outsideEvents.check(plan, pilotTiers, problems);
    plan.scheduled(ScheduleStep.CONFERENCE).ifPresent(c -> {
      if (!plan.ownConference().window().contains(c.from())) {
        problems.add(new Problem("schedule", "CONFERENCE on " + c.from() + " is outside ownConference.window"));
      }
    });
  }

  /**
   * {@code issuer.unitList}, when given, names a known list of the issuer's structure (issue 22: a list of a past
   * date, {@link vn.thiduaflow.unit.UnitList}).
   *
   * @return false (after adding the problem, naming the known lists) when it does not
   */
  private boolean checkUnitList(Plan plan, List<Problem> problems) {
    String id = plan.issuer().unitList();
    if (id == null) {
      return true;
    }
    var list = units.list(id);
    if (list.isEmpty()) {
      problems.add(new Problem("issuer.unitList", "no unit list '" + id + "'; known lists: " + units.knownLists()));
      return false;
    }
    if (list.get().structure() != plan.issuer().adminStructure()) {
      problems.add(new Problem("issuer.unitList", "list " + list.get().label() + " is not a list of the issuer's "
          + "adminStructure " + plan.issuer().adminStructure() + "; known lists: " + units.knownLists()));
      return false;
    }
    return true;
  }

  /** Levels, organizations, delegation numbers and the lower-report deadline. */
  private void checkCascade(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    plan.levels().forEach((level, rules) -> {
      String field = "levels." + level;
      checkTier(field + ".conference", plan, rules.conference(), problems);
      checkComposition(field + ".conference.composition", rules.conference().composition(), problems);
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
  private static void checkAgenciesBelow(Plan plan, List<Problem> problems) {
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
  private void checkSecondParentsAndVerticalLines(Plan plan, Set<String> codes, List<Problem> problems) {
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
  private static void checkDelegateGroups(String field, DelegationRule delegation, List<Problem> problems) {
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

  /**
   * A programme (the plan's or a level's): item codes unique; every ceremony before the session
   * ({@code beforeSession: true}) listed before the session's first item, and at least one item of the session; an
   * item the plan does not state ({@code statedInPlan: false}) carries its own clause saying why the workflow adds it
   * and is not required (the workflow enforces only what a plan says).
   */
  private static void checkProgramme(String field, ProgrammeRule programme, List<Problem> problems) {
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
  private static void checkDeadlineOrder(Plan plan, List<Problem> problems) {
    DeadlineRule vote = plan.deadlines().councilVote();
    order(plan.nominationDeadline(), vote, "nominations are due", true, problems);
    order(plan.dossier().deadline(), vote, "the dossier is due", false, problems);
  }

  /**
   * The dossier's documents: each code once, and none the code of the held conference's minutes (the same store keeps
   * them, {@link DossierDocument#RESERVED_MINUTES}).
   */
  private static void checkDossierDocuments(DossierRule dossier, List<Problem> problems) {
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
  private static void checkComposition(String field, CompositionRule rule, List<Problem> problems) {
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

  private static String path(JsonMappingException e) {
    String p = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining());
    return p.isEmpty() ? "(file)" : p.startsWith(".") ? p.substring(1) : p;
  }

  private static String describe(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'; known fields here: "
          + u.getKnownPropertyIds().stream().map(Objects::toString).sorted().collect(Collectors.joining(", "));
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidTypeIdException t && t.getBaseType() != null) {
      // a rule given in one of several forms (a sealed type read by its fields) whose form cannot be told apart
      var forms = t.getBaseType().getRawClass().getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
      if (forms != null) {
        return "give the fields of one form: " + Arrays.stream(forms.value())
            .map(f -> Arrays.stream(f.value().getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .collect(Collectors.joining(", ")))
            .collect(Collectors.joining(" — or ")) + " (line " + (e.getLocation() == null ? "?"
                : e.getLocation().getLineNr()) + ")";
      }
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> type = f.getTargetType();
      if (type != null && type.isEnum()) {
        return "'" + f.getValue() + "' is not one of " + Arrays.toString(type.getEnumConstants());
      }
      return "'" + f.getValue() + "' is not a valid " + (type == null ? "value" : type.getSimpleName())
          + (type == java.time.LocalDate.class ? " (write dates as YYYY-MM-DD)" : "");
    }
    String message = e.getOriginalMessage();
    int cut = message.indexOf("\n");
    return (cut > 0 ? message.substring(0, cut) : message) + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")";
  }
}

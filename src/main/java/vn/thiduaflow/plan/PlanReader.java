package vn.thiduaflow.plan;

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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thiduaflow.plan.Plan.DateWindow;
import vn.thiduaflow.plan.Plan.DeadlineRule;
import vn.thiduaflow.plan.Plan.TierRules;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitLevel;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * Reads one plan file (YAML) and validates it completely: the shape (unknown or mistyped fields), required fields and
 * ranges (Bean Validation), and the rules between fields and against the real unit lists. All problems of a file are
 * reported together.
 */
@Component
public class PlanReader {

  static final Set<String> NAME_PLACEHOLDERS =
      Set.of("unit", "place", "edition", "term", "formLabel", "day", "month", "year");
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^}]*)}");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private final Validator validator;
  private final UnitDirectory units;

  public PlanReader(Validator validator, UnitDirectory units) {
    this.validator = validator;
    this.units = units;
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
    Plan plan;
    try {
      plan = yaml.readValue(in, Plan.class);
    } catch (JsonMappingException e) {
      throw new PlanFileException(file, List.of(new Problem(path(e), describe(e))));
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
      problems.add(new Problem(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
          v.getMessage() + (v.getInvalidValue() == null ? "" : " (was '" + v.getInvalidValue() + "')")));
    }
    if (problems.isEmpty()) {
      checkConsistency(plan, problems);
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(Problem::field));
      throw new PlanFileException(file, problems);
    }
    return plan;
  }

  private void checkConsistency(Plan plan, List<Problem> problems) {
    AdministrativeUnit issuer = units.find(plan.issuer().adminStructure(), plan.issuer().unitCode()).orElse(null);
    if (issuer == null) {
      problems.add(new Problem("issuer.unitCode", "unit code '" + plan.issuer().unitCode() + "' is not in the "
          + plan.issuer().adminStructure() + " administrative-unit list"));
    } else if (!issuer.name().equals(plan.issuer().name())) {
      problems.add(new Problem("issuer.name", "'" + plan.issuer().name() + "' does not match the unit list, where code "
          + issuer.code() + " is '" + issuer.name() + "'"));
    }
    checkTier("ownConference", plan.ownConference(), problems);
    if (plan.ownConference().units() != null) {
      problems.add(new Problem("ownConference.units", "only lowerConferences selects units"));
    }
    TierRules lower = plan.lowerConferences();
    if (lower != null) {
      checkTier("lowerConferences", lower, problems);
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
    if (plan.pilot() != null) {
      checkWindow("pilot.window", plan.pilot().window(), problems);
      if (lower == null) {
        problems.add(new Problem("pilot", "a pilot unit needs lowerConferences"));
      } else if (issuer != null) {
        AdministrativeUnit pilot = units.find(issuer.structure(), plan.pilot().unitCode()).orElse(null);
        if (pilot == null || !issuer.code().equals(pilot.parentCode())) {
          problems.add(new Problem("pilot.unitCode",
              "unit '" + plan.pilot().unitCode() + "' is not directly below " + issuer.name()));
        } else if (!pilot.name().equals(plan.pilot().name())) {
          problems.add(new Problem("pilot.name", "'" + plan.pilot().name() + "' does not match the unit list, where code "
              + pilot.code() + " is '" + pilot.name() + "'"));
        }
      }
    }
    var presidium = plan.presidium();
    if (presidium != null) {
      boolean range = presidium.minSize() != null || presidium.maxSize() != null;
      if (range == (presidium.chairedBy() != null)) {
        problems.add(new Problem("presidium", "set either minSize and maxSize, or chairedBy"));
      } else if (range && (presidium.minSize() == null || presidium.maxSize() == null)) {
        problems.add(new Problem("presidium", "minSize and maxSize go together"));
      } else if (range && presidium.minSize() > presidium.maxSize()) {
        problems.add(new Problem("presidium.maxSize", "must not be less than minSize (" + presidium.minSize() + ")"));
      }
      if (presidium.exemplarFraction() != null && presidium.fractionNumerator() > presidium.fractionDenominator()) {
        problems.add(new Problem("presidium.exemplarFraction", "must not be more than 1"));
      }
    }
    var codes = plan.programme().items().stream().map(Plan.ProgrammeItem::code).toList();
    if (codes.size() != Set.copyOf(codes).size()) {
      problems.add(new Problem("programme.items", "item codes must be unique, found " + codes));
    }
    plan.officialName().templates().forEach((key, template) -> {
      if (!"default".equals(key) && Arrays.stream(ConferenceForm.values()).noneMatch(f -> f.name().equals(key))) {
        problems.add(new Problem("officialName.templates." + key, "key must be a conference form or 'default', one of "
            + Arrays.toString(ConferenceForm.values())));
      }
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        if (!NAME_PLACEHOLDERS.contains(m.group(1))) {
          problems.add(new Problem("officialName.templates." + key, "unknown placeholder {" + m.group(1)
              + "}; allowed: " + NAME_PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(", "))));
        }
      }
    });
    List<TierRules> tiers = new ArrayList<>(java.util.Arrays.asList(plan.ownConference(), lower));
    plan.levels().values().forEach(l -> tiers.add(l.conference()));
    for (TierRules tier : tiers) {
      if (tier == null) {
        continue;
      }
      for (ConferenceForm form : tier.forms()) {
        if (!plan.officialName().templates().containsKey(form.name())
            && !plan.officialName().templates().containsKey("default")) {
          problems.add(new Problem("officialName.templates", "no template for allowed form " + form
              + " and no 'default' template"));
        }
      }
    }
    checkDeadline("dossier", plan.dossier().deadline(), problems);
    checkDossierDocuments(plan.dossier(), problems);
    checkDeadline("nominationDeadline", plan.nominationDeadline(), problems);
    checkDeadline("deadlines.councilVote", plan.deadlines().councilVote(), problems);
    checkDeadlineOrder(plan, problems);
    checkTimeLimit("deadlines.dossierReview", plan.deadlines().dossierReview(), problems);
    checkTimeLimit("deadlines.resultsReport", plan.deadlines().resultsReport(), problems);
    checkTimeLimit("deadlines.reminder", plan.deadlines().reminder(), problems);
    var eligibility = plan.nomineeEligibility();
    if (eligibility != null) {
      boolean years = eligibility.recognizedFromYear() != null || eligibility.recognizedToYear() != null;
      if (years == (eligibility.lookbackYears() != null)) {
        problems.add(new Problem("nomineeEligibility", "set either recognizedFromYear and recognizedToYear, or lookbackYears"));
      } else if (years && (eligibility.recognizedFromYear() == null || eligibility.recognizedToYear() == null
          || eligibility.recognizedFromYear() > eligibility.recognizedToYear())) {
        problems.add(new Problem("nomineeEligibility.recognizedToYear",
            "recognizedFromYear and recognizedToYear must both be set, from ≤ to"));
      }
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
    plan.scheduled(ScheduleStep.CONFERENCE).ifPresent(c -> {
      if (!plan.ownConference().window().contains(c.from())) {
        problems.add(new Problem("schedule", "CONFERENCE on " + c.from() + " is outside ownConference.window"));
      }
    });
  }

  /** Levels, organizations, delegation numbers and the lower-report deadline. */
  private void checkCascade(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    plan.levels().forEach((level, rules) -> {
      String field = "levels." + level;
      checkTier(field + ".conference", rules.conference(), problems);
      checkComposition(field + ".conference.composition", rules.conference().composition(), problems);
      if (level == UnitLevel.NATION) {
        problems.add(new Problem(field, "the nation is never below another unit; levels start at PROVINCE"));
      }
      var selection = rules.conference().units();
      if (selection != null) {
        for (int i = 0; i < selection.unitCodes().size(); i++) {
          String code = selection.unitCodes().get(i);
          var unit = units.find(plan.issuer().adminStructure(), code);
          if (unit.isEmpty() || unit.get().level() != level) {
            problems.add(new Problem(field + ".conference.units.unitCodes[" + i + "]", "unit '" + code
                + "' is not a " + level + " unit of the " + plan.issuer().adminStructure() + " list"));
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
      Plan.Organization o = plan.organizations().get(i);
      String field = "organizations[" + i + "]";
      if (!codes.add(o.code())) {
        problems.add(new Problem(field + ".code", "code '" + o.code() + "' is used twice"));
      }
      if (o.kind().territorial()) {
        problems.add(new Problem(field + ".kind", "must be AGENCY, ENTERPRISE or EMULATION_BLOCK, was " + o.kind()));
      }
    }
    for (int i = 0; i < plan.organizations().size(); i++) {
      Plan.Organization o = plan.organizations().get(i);
      boolean orgParent = codes.contains(o.parent());
      if (!orgParent && units.find(plan.issuer().adminStructure(), o.parent()).isEmpty()) {
        problems.add(new Problem("organizations[" + i + "].parent", "'" + o.parent()
            + "' is neither an organization of this plan nor in the " + plan.issuer().adminStructure() + " list"));
      } else if (orgParent && !plan.cascades()) {
        problems.add(new Problem("organizations[" + i + "].parent", "organizations below organizations need levels "
            + "(a cascading plan)"));
      } else if (!orgParent && !plan.cascades() && !o.parent().equals(plan.issuer().unitCode())) {
        problems.add(new Problem("organizations[" + i + "].parent", "must be the issuer (" + plan.issuer().unitCode()
            + ") in a plan without levels"));
      }
    }
    for (Plan.Organization o : plan.organizations()) {
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

  private static void checkTier(String field, TierRules tier, List<Problem> problems) {
    checkWindow(field + ".window", tier.window(), problems);
    if (tier.forms().size() != Set.copyOf(tier.forms()).size()) {
      problems.add(new Problem(field + ".forms", "lists a form twice"));
    }
  }

  private static void checkWindow(String field, DateWindow window, List<Problem> problems) {
    if (window.to().isBefore(window.from())) {
      problems.add(new Problem(field + ".to", "must not be before from (" + window.from() + ")"));
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

  private static void order(DeadlineRule other, DeadlineRule vote, String what, boolean voteAfter,
      List<Problem> problems) {
    Integer a = null;
    Integer b = null;
    if (other.daysBeforeConference() != null && vote.daysBeforeConference() != null) {
      a = -other.daysBeforeConference();
      b = -vote.daysBeforeConference();
    } else if (other.workingDaysBeforeConference() != null && vote.workingDaysBeforeConference() != null) {
      a = -other.workingDaysBeforeConference();
      b = -vote.workingDaysBeforeConference();
    } else if (other.fixedDate() != null && vote.fixedDate() != null) {
      a = (int) other.fixedDate().toEpochDay();
      b = (int) vote.fixedDate().toEpochDay();
    }
    if (a != null && (voteAfter ? b < a : b > a)) {
      problems.add(new Problem("deadlines.councilVote", "the council would vote " + (voteAfter ? "before " : "after ")
          + what + " (" + vote.describe() + " vs " + other.describe() + ")"));
    }
  }

  /**
   * The dossier's documents: each code once, and none the code of the held conference's minutes (the same store keeps
   * them, {@link Plan.DossierDocument#RESERVED_MINUTES}).
   */
  private static void checkDossierDocuments(Plan.DossierRule dossier, List<Problem> problems) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < dossier.documents().size(); i++) {
      String code = dossier.documents().get(i).code();
      String field = "dossier.documents[" + i + "].code";
      if (!seen.add(code)) {
        problems.add(new Problem(field, "code '" + code + "' is used twice"));
      }
      if (Plan.DossierDocument.RESERVED_MINUTES.equals(code)) {
        problems.add(new Problem(field, "'" + code + "' is the held conference's minutes, not a dossier document"));
      }
    }
  }

  private static void checkTimeLimit(String field, Plan.TimeLimit limit, List<Problem> problems) {
    if ((limit.days() == null) == (limit.workingDays() == null)) {
      problems.add(new Problem(field, "set exactly one of days or workingDays"));
    }
  }

  private static void checkDeadline(String field, DeadlineRule rule, List<Problem> problems) {
    int set = (rule.daysBeforeConference() != null ? 1 : 0) + (rule.workingDaysBeforeConference() != null ? 1 : 0)
        + (rule.fixedDate() != null ? 1 : 0);
    if (set != 1) {
      problems.add(new Problem(field, "set exactly one of daysBeforeConference, workingDaysBeforeConference or fixedDate"));
    }
  }

  private static void checkComposition(String field, Plan.CompositionRule rule, List<Problem> problems) {
    if (rule != null && rule.exemplarSharePercent() + rule.guestSharePercent() != 100) {
      problems.add(new Problem(field, "exemplarSharePercent + guestSharePercent must be 100, is "
          + (rule.exemplarSharePercent() + rule.guestSharePercent())));
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

package vn.thiduaflow.plan;

import static vn.thiduaflow.plan.DateRuleChecks.checkDeadline;
import static vn.thiduaflow.plan.DateRuleChecks.checkTimeLimit;
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
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.EligibilityRule;
import vn.thiduaflow.plan.model.OneFormDeserializer;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

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
  private final CascadeChecks cascade;
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
    this.cascade = new CascadeChecks(hierarchy);
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
    // a rule given in no form or in several (a sealed type: presidium, deadlines, eligibility) is noted here and read
    // as null, so that the file's other problems are found too
    List<OneFormDeserializer.FormProblem> formless = new ArrayList<>();
    try {
      shape = toModelShape(file, in.readAllBytes());
      plan = shape.tree() == null ? null
          : yaml.readerFor(Plan.class).withAttribute(OneFormDeserializer.PROBLEMS, formless).treeToValue(shape.tree(),
              Plan.class);
    } catch (JsonMappingException e) {
      List<Problem> problems = new ArrayList<>();
      problems.add(shape == null ? new Problem(path(e), describe(e)) : shape.bindingProblem(path(e), describe(e)));
      for (var f : shape == null ? List.<OneFormDeserializer.FormProblem>of() : formless) { // the ones read before
        problems.add(shape.bindingProblem(f.path(), f.message()));
      }
      throw new PlanFileException(file, problems);
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
    var violations = validator.validate(plan);
    for (ConstraintViolation<Plan> v : violations) {
      if (plan.pilot() != null && !plan.pilotsGivenTwice() && v.getPropertyPath().toString().startsWith("pilots[0]")) {
        continue; // the old single pilot is also the list's first: reported once, under its own name
      }
      problems.add(new Problem(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
          v.getMessage() + (v.getInvalidValue() == null ? "" : " (was '" + v.getInvalidValue() + "')")));
    }
    if (violations.isEmpty()) { // a rule read as null for want of a form is in force here as if the plan were silent
      checkConsistency(plan, problems);
      yearCoverage.check(plan, problems);
    }
    // a rule without one form is reported once, by that: not again as missing, nor by checks of what replaced it
    problems.removeIf(p -> formless.stream().anyMatch(f -> within(p.field(), f.path())));
    if (!problems.isEmpty() || !formless.isEmpty()) {
      List<Problem> inFile = new ArrayList<>(shape.inFile(problems));
      for (var f : formless) {
        inFile.add(shape.bindingProblem(f.path(), f.message()));
      }
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
    ConferenceRuleChecks.checkProgramme("programme", plan.programme(), problems);
    plan.levels().forEach((level, rules) -> {
      if (rules.programme() != null) {
        ConferenceRuleChecks.checkProgramme("levels." + level + ".programme", rules.programme(), problems);
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
    checkDeadline("dossier", plan.dossier(), problems);
    ConferenceRuleChecks.checkDossierDocuments(plan.dossier(), problems);
    submissionsAndDuties.check(plan, issuer, problems);
    ConferenceRuleChecks.checkDeadlineOrder(plan, problems);
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
    ConferenceRuleChecks.checkComposition("ownConference.composition", composition, problems);
    if (lower != null) {
      ConferenceRuleChecks.checkComposition("lowerConferences.composition", lower.composition(), problems);
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
    cascade.check(plan, issuer, problems);
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

  /** Whether {@code field} (dotted, or Bean Validation's {@code levels[COMMUNE]}) is {@code path} or below it. */
  private static boolean within(String field, String path) {
    String dotted = field.replaceAll("\\[([A-Z_]+)]", ".$1");
    return dotted.equals(path) || dotted.startsWith(path + ".") || dotted.startsWith(path + "[");
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

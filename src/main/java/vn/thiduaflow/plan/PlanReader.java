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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.thiduaflow.calendar.CalendarYearMissingException;
import vn.thiduaflow.calendar.WorkingCalendar;
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
      Set.of("unit", "unitInText", "place", "edition", "term", "formLabel", "day", "month", "year");
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^}]*)}");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private final Validator validator;
  private final UnitDirectory units;
  private final WorkingCalendar calendar;

  /** A reader that checks the years a plan reaches against the bundled public-holiday calendar only. */
  public PlanReader(Validator validator, UnitDirectory units) {
    this(validator, units, new WorkingCalendar(""));
  }

  /** @param calendar the public-service calendar the plan's working-day deadlines will be counted on */
  @Autowired
  public PlanReader(Validator validator, UnitDirectory units, WorkingCalendar calendar) {
    this.validator = validator;
    this.units = units;
    this.calendar = calendar;
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
      checkYearCoverage(plan, problems);
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
    AdministrativeUnit issuer = listUnit(plan, plan.issuer().unitCode()).orElse(null);
    if (issuer == null) {
      problems.add(new Problem("issuer.unitCode", "unit code '" + plan.issuer().unitCode() + "' is not in the "
          + listLabel(plan) + " administrative-unit list"));
    } else if (!issuer.name().equals(plan.issuer().name())) {
      problems.add(new Problem("issuer.name", "'" + plan.issuer().name() + "' does not match the unit list, where code "
          + issuer.code() + " is '" + issuer.name() + "'"));
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
    Map<Integer, String> pilotTiers = checkPilots(plan, issuer, problems);
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
    checkSubmissions(plan, problems);
    checkDuties(plan, issuer, problems);
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
    checkOutsideEvents(plan, pilotTiers, problems);
    plan.scheduled(ScheduleStep.CONFERENCE).ifPresent(c -> {
      if (!plan.ownConference().window().contains(c.from())) {
        problems.add(new Problem("schedule", "CONFERENCE on " + c.from() + " is outside ownConference.window"));
      }
    });
  }

  /**
   * Outside events and the tiers held before or after them: event codes unique; every {@code relativeTo} names an
   * event of the plan; and the event's date leaves at least one day of the tier's window (and of the window of
   * each pilot whose conference follows the tier) on the required side — before: a day of the window strictly earlier than the event, after: one
   * strictly later — also with all of the tier's relations together. A plan whose window cannot be met is refused here
   * rather than every conference being refused at scheduling.
   */
  private static void checkOutsideEvents(Plan plan, Map<Integer, String> pilotTiers, List<Problem> problems) {
    Set<String> codes = new java.util.LinkedHashSet<>();
    for (int i = 0; i < plan.outsideEvents().size(); i++) {
      String code = plan.outsideEvents().get(i).code();
      if (!codes.add(code)) {
        problems.add(new Problem("outsideEvents[" + i + "].code", "code '" + code + "' is used twice"));
      }
    }
    java.util.Map<String, TierRules> tiers = new java.util.LinkedHashMap<>();
    tiers.put("ownConference", plan.ownConference());
    if (plan.lowerConferences() != null) {
      tiers.put("lowerConferences", plan.lowerConferences());
    }
    plan.levels().forEach((level, rules) -> tiers.put("levels." + level + ".conference", rules.conference()));
    tiers.forEach((field, tier) -> {
      java.util.Map<String, DateWindow> windows = new java.util.LinkedHashMap<>();
      windows.put(field + ".window", tier.window());
      pilotTiers.forEach((i, pilotTier) -> {
        if (pilotTier.equals(field)) {
          windows.put(pilotField(plan, i) + ".window", plan.pilots().get(i).window());
        }
      });
      java.time.LocalDate earliest = null;
      java.time.LocalDate latest = null;
      boolean known = true;
      for (int i = 0; i < tier.relativeTo().size(); i++) {
        OutsideEvent.Relation relation = tier.relativeTo().get(i);
        String at = field + ".relativeTo[" + i + "]";
        OutsideEvent event = plan.outsideEvent(relation.event()).orElse(null);
        if (event == null) {
          problems.add(new Problem(at + ".event", "no outside event with code '" + relation.event() + "'; "
              + (codes.isEmpty() ? "the plan lists no outsideEvents" : "outsideEvents: " + codes)));
          known = false;
          continue;
        }
        for (var w : windows.entrySet()) {
          if (!possible(w.getValue(), relation.relation(), event.date())) {
            problems.add(new Problem(at, event.code() + " on " + event.date() + " leaves no day of " + w.getKey()
                + " (" + w.getValue().from() + " … " + w.getValue().to() + ") " + relation.relation().name()
                .toLowerCase(java.util.Locale.ROOT) + " it"));
          }
        }
        if (relation.relation() == OutsideEvent.Order.BEFORE) {
          java.time.LocalDate last = event.date().minusDays(1);
          latest = latest == null || last.isBefore(latest) ? last : latest;
        } else {
          java.time.LocalDate first = event.date().plusDays(1);
          earliest = earliest == null || first.isAfter(earliest) ? first : earliest;
        }
      }
      if (known && tier.relativeTo().size() > 1) {
        for (var w : windows.entrySet()) {
          java.time.LocalDate from = earliest != null && earliest.isAfter(w.getValue().from()) ? earliest
              : w.getValue().from();
          java.time.LocalDate to = latest != null && latest.isBefore(w.getValue().to()) ? latest : w.getValue().to();
          if (from.isAfter(to) && tier.relativeTo().stream().allMatch(r -> possible(w.getValue(), r.relation(),
              plan.outsideEvent(r.event()).orElseThrow().date()))) {
            problems.add(new Problem(field + ".relativeTo", "together the events leave no day of " + w.getKey()
                + " (" + w.getValue().from() + " … " + w.getValue().to() + "): after them from " + earliest
                + ", before them until " + latest));
          }
        }
      }
    });
  }

  /** Whether some day of the window lies strictly before (or after) an event on {@code eventDay}. */
  private static boolean possible(DateWindow window, OutsideEvent.Order order, java.time.LocalDate eventDay) {
    return order == OutsideEvent.Order.BEFORE ? window.from().isBefore(eventDay) : window.to().isAfter(eventDay);
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
  private Map<Integer, String> checkPilots(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    Map<Integer, String> tiers = new LinkedHashMap<>();
    if (plan.pilotsGivenTwice()) {
      problems.add(new Problem("pilots", "give either pilot (one unit, the form before issue 22) or pilots (a list), "
          + "not both"));
      return tiers;
    }
    Map<String, String> seen = new java.util.HashMap<>();
    for (int i = 0; i < plan.pilots().size(); i++) {
      Plan.PilotRule p = plan.pilots().get(i);
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
      AdministrativeUnit unit = hierarchyUnit(plan, p.unitCode());
      if (unit == null) {
        problems.add(new Problem(at + ".unitCode", "unit '" + p.unitCode() + "' is neither in the "
            + listLabel(plan) + " administrative-unit list nor an organization of this plan"));
        continue;
      }
      if (!unit.name().equals(p.name())) {
        problems.add(new Problem(at + ".name", "'" + p.name() + "' does not match the unit list, where code "
            + unit.code() + " is '" + unit.name() + "'"));
      }
      List<AdministrativeUnit> above = ancestorsBelowIssuer(plan, unit, issuer);
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
      String notRunning = above.stream().filter(u -> !plan.levels().containsKey(u.level()) || !takesPart(plan, u))
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
      if (!takesPart(plan, unit)) {
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

  /** A pilot with units below it that hold conferences: its window starts after theirs ({@link #checkPilots}). */
  private void checkPilotBelow(Plan plan, Plan.PilotRule p, String at, AdministrativeUnit unit,
      List<Problem> problems) {
    Map<String, DateWindow> below = new LinkedHashMap<>();
    if (plan.levels().containsKey(unit.level())) { // the pilot runs a campaign of its own
      List<AdministrativeUnit> lower = new ArrayList<>();
      if (unit.level().territorial()) {
        unit.childCodes().forEach(c -> units.find(unit.structure(), unit.unitList(), c).filter(u -> takesPart(plan, u))
            .ifPresent(lower::add));
      }
      plan.organizationsBelow(unit.code()).forEach(o -> lower.add(organizationUnit(plan, o)));
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
  private static String pilotField(Plan plan, int index) {
    return plan.pilot() != null && !plan.pilotsGivenTwice() ? "pilot" : "pilots[" + index + "]";
  }

  private static String span(DateWindow w) {
    return w.from() + " … " + w.to();
  }

  /** The tier rules at a field of {@link #checkPilots}: ownConference, lowerConferences, levels.X.conference. */
  private static TierRules tierAt(Plan plan, String field) {
    return switch (field) {
      case "ownConference" -> plan.ownConference();
      case "lowerConferences" -> plan.lowerConferences();
      default -> plan.levels().get(UnitLevel.valueOf(field.split("\\.")[1])).conference();
    };
  }

  /**
   * A unit of the plan's hierarchy: an administrative unit of its unit list, or one of its organizations; null: none.
   */
  private AdministrativeUnit hierarchyUnit(Plan plan, String code) {
    return listUnit(plan, code).or(() -> plan.organizations().stream()
        .filter(o -> o != null && o.code().equals(code)).findFirst().map(o -> organizationUnit(plan, o))).orElse(null);
  }

  /** An organization as a unit of the plan's list, at the level whose rules it follows ({@link Plan#levelOf}). */
  private AdministrativeUnit organizationUnit(Plan plan, Plan.Organization o) {
    return new AdministrativeUnit(plan.issuer().adminStructure(), o.code(), o.name(), plan.levelOf(o), o.parent(),
        List.of(), units.listFor(plan.issuer().adminStructure(), plan.issuer().unitList()).id());
  }

  /**
   * An administrative unit of the plan's unit list ({@code issuer.unitList}, else today's list of its structure), with
   * its name of that list. Only after {@link #checkUnitList} accepted the list.
   */
  private java.util.Optional<AdministrativeUnit> listUnit(Plan plan, String code) {
    return units.find(plan.issuer().adminStructure(), plan.issuer().unitList(), code);
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

  /** How messages name the plan's list: the structure for today's list (as before), else the list with its date. */
  private String listLabel(Plan plan) {
    return plan.issuer().unitList() == null ? plan.issuer().adminStructure().toString()
        : units.listFor(plan.issuer().adminStructure(), plan.issuer().unitList()).label();
  }

  /**
   * The units between {@code unit} and the issuer, nearest first (empty: directly below the issuer); null when the unit
   * is not below the issuer (or is the issuer).
   */
  private List<AdministrativeUnit> ancestorsBelowIssuer(Plan plan, AdministrativeUnit unit, AdministrativeUnit issuer) {
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
  private static boolean takesPart(Plan plan, AdministrativeUnit unit) {
    if (!unit.level().territorial()) {
      return true;
    }
    var level = plan.levels().get(unit.level());
    var selection = level != null && level.conference().units() != null ? level.conference().units()
        : plan.lowerConferences() == null ? null : plan.lowerConferences().units();
    return selection == null || selection.allChildren() || selection.unitCodes().contains(unit.code());
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
          var unit = listUnit(plan, code);
          if (unit.isEmpty() || unit.get().level() != level) {
            problems.add(new Problem(field + ".conference.units.unitCodes[" + i + "]", "unit '" + code
                + "' is not a " + level + " unit of the " + listLabel(plan) + " list"));
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
      } else if (o.kind() == UnitLevel.AGENCY_BELOW) {
        problems.add(new Problem(field + ".kind", "must be AGENCY, ENTERPRISE or EMULATION_BLOCK, was AGENCY_BELOW: "
            + "write kind: AGENCY; an agency below an agency follows levels.AGENCY_BELOW by itself"));
      }
    }
    checkAgenciesBelow(plan, problems);
    for (int i = 0; i < plan.organizations().size(); i++) {
      Plan.Organization o = plan.organizations().get(i);
      boolean orgParent = codes.contains(o.parent());
      if (!orgParent && listUnit(plan, o.parent()).isEmpty()) {
        problems.add(new Problem("organizations[" + i + "].parent", "'" + o.parent()
            + "' is neither an organization of this plan nor in the " + listLabel(plan) + " list"));
      } else if (orgParent && !plan.cascades()) {
        problems.add(new Problem("organizations[" + i + "].parent", "organizations below organizations need levels "
            + "(a cascading plan)"));
      } else if (!orgParent && !plan.cascades() && !o.parent().equals(plan.issuer().unitCode())) {
        problems.add(new Problem("organizations[" + i + "].parent", "must be the issuer (" + plan.issuer().unitCode()
            + ") in a plan without levels"));
      }
    }
    checkSecondParentsAndVerticalLines(plan, codes, problems);
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
    Plan.LevelRules below = plan.levels().get(UnitLevel.AGENCY_BELOW);
    if (below == null) {
      return;
    }
    boolean any = plan.organizations().stream().anyMatch(o -> plan.levelOf(o) == UnitLevel.AGENCY_BELOW);
    if (!any) {
      problems.add(new Problem("levels.AGENCY_BELOW", "no organization of this plan is an agency below an agency "
          + "(kind: AGENCY whose parent is an organization of kind AGENCY), so these rules apply to none"));
    }
    Plan.LevelRules agency = plan.levels().get(UnitLevel.AGENCY);
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
   * vertical line names administrative levels below the organization's own (DISTRICT, COMMUNE), each once.
   */
  private void checkSecondParentsAndVerticalLines(Plan plan, Set<String> codes, List<Problem> problems) {
    for (int i = 0; i < plan.organizations().size(); i++) {
      Plan.Organization o = plan.organizations().get(i);
      String field = "organizations[" + i + "]";
      String second = o.secondParent();
      if (second != null) {
        if (second.equals(o.parent()) || second.equals(o.code())) {
          problems.add(new Problem(field + ".secondParent", "must differ from parent and from the organization itself"));
        } else if (!codes.contains(second) && listUnit(plan, second).isEmpty()) {
          problems.add(new Problem(field + ".secondParent", "'" + second + "' is neither an organization of this plan "
              + "nor in the " + listLabel(plan) + " list"));
        }
      }
      if (o.verticalLine() != null) {
        List<UnitLevel> levels = o.verticalLine().levels();
        if (levels.size() != Set.copyOf(levels).size()) {
          problems.add(new Problem(field + ".verticalLine.levels", "lists a level twice"));
        }
        for (UnitLevel level : levels) {
          if (level != UnitLevel.DISTRICT && level != UnitLevel.COMMUNE) {
            problems.add(new Problem(field + ".verticalLine.levels", "a vertical line reaches DISTRICT or COMMUNE "
                + "units, not " + level));
          }
        }
      }
    }
  }

  /** Group codes unique; official groups within the official delegates, guest groups within the guests. */
  private static void checkDelegateGroups(String field, Plan.DelegationRule delegation, List<Problem> problems) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < delegation.groups().size(); i++) {
      Plan.DelegateGroup g = delegation.groups().get(i);
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

  private static void checkTier(String field, Plan plan, TierRules tier, List<Problem> problems) {
    checkWindow(field + ".window", tier.window(), problems);
    if (tier.forms().size() != Set.copyOf(tier.forms()).size()) {
      problems.add(new Problem(field + ".forms", "lists a form twice"));
    }
    checkTierOwnRules(field, plan, tier, problems);
  }

  /**
   * A tier's own presidium, official names and deadlines (rules per level): each checked as the plan's are, and the
   * deadlines in force at the tier (its own, else the plan's) kept in order.
   */
  private static void checkTierOwnRules(String field, Plan plan, TierRules tier, List<Problem> problems) {
    checkPresidium(field + ".presidium", tier.presidium(), problems);
    if (tier.officialName() != null) {
      checkNameTemplates(field + ".officialName", tier.officialName(), problems);
      checkTemplatesCoverForms(field + ".officialName.templates", tier.officialName(), tier, problems);
    }
    Plan.TierDeadlines own = tier.deadlines();
    if (own == null) {
      return;
    }
    if (own.nominationDeadline() != null) {
      checkDeadline(field + ".deadlines.nominationDeadline", own.nominationDeadline(), problems);
    }
    if (own.dossier() != null) {
      checkDeadline(field + ".deadlines.dossier", own.dossier(), problems);
    }
    if (own.councilVote() != null) {
      checkDeadline(field + ".deadlines.councilVote", own.councilVote(), problems);
    }
    if (own.resultsReport() != null) {
      checkTimeLimit(field + ".deadlines.resultsReport", own.resultsReport(), problems);
    }
    List<Problem> order = new ArrayList<>();
    DeadlineRule vote = plan.councilVoteFor(tier);
    order(plan.nominationDeadlineFor(tier), vote, "nominations are due", true, order);
    order(plan.dossierDeadlineFor(tier), vote, "the dossier is due", false, order);
    order.forEach(p -> problems.add(new Problem(field + ".deadlines", p.problem())));
  }

  /** Size range or "chaired by N", and a fraction of at most 1. */
  private static void checkPresidium(String field, Plan.PresidiumRule presidium, List<Problem> problems) {
    if (presidium == null) {
      return;
    }
    boolean range = presidium.minSize() != null || presidium.maxSize() != null;
    if (range == (presidium.chairedBy() != null)) {
      problems.add(new Problem(field, "set either minSize and maxSize, or chairedBy"));
    } else if (range && (presidium.minSize() == null || presidium.maxSize() == null)) {
      problems.add(new Problem(field, "minSize and maxSize go together"));
    } else if (range && presidium.minSize() > presidium.maxSize()) {
      problems.add(new Problem(field + ".maxSize", "must not be less than minSize (" + presidium.minSize() + ")"));
    }
    if (presidium.exemplarFraction() != null && presidium.fractionNumerator() > presidium.fractionDenominator()) {
      problems.add(new Problem(field + ".exemplarFraction", "must not be more than 1"));
    }
  }

  /** Template keys are conference forms or "default"; placeholders are the known ones. */
  private static void checkNameTemplates(String field, Plan.OfficialNameRule rule, List<Problem> problems) {
    rule.templates().forEach((key, template) -> {
      if (!"default".equals(key) && Arrays.stream(ConferenceForm.values()).noneMatch(f -> f.name().equals(key))) {
        problems.add(new Problem(field + ".templates." + key, "key must be a conference form or 'default', one of "
            + Arrays.toString(ConferenceForm.values())));
      }
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        if (!NAME_PLACEHOLDERS.contains(m.group(1))) {
          problems.add(new Problem(field + ".templates." + key, "unknown placeholder {" + m.group(1)
              + "}; allowed: " + NAME_PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(", "))));
        }
      }
    });
  }

  /** Every form the tier allows has a template (its own key or "default"). */
  private static void checkTemplatesCoverForms(String field, Plan.OfficialNameRule rule, TierRules tier,
      List<Problem> problems) {
    for (ConferenceForm form : tier.forms()) {
      if (!rule.templates().containsKey(form.name()) && !rule.templates().containsKey("default")) {
        problems.add(new Problem(field, "no template for allowed form " + form + " and no 'default' template"));
      }
    }
  }

  /**
   * A programme (the plan's or a level's): item codes unique; every ceremony before the session
   * ({@code beforeSession: true}) listed before the session's first item, and at least one item of the session; an
   * item the plan does not state ({@code statedInPlan: false}) carries its own clause saying why the workflow adds it
   * and is not required (the workflow enforces only what a plan says).
   */
  private static void checkProgramme(String field, Plan.ProgrammeRule programme, List<Problem> problems) {
    var codes = programme.items().stream().map(Plan.ProgrammeItem::code).toList();
    if (codes.size() != Set.copyOf(codes).size()) {
      problems.add(new Problem(field + ".items", "item codes must be unique, found " + codes));
    }
    String firstOfSession = null;
    for (int i = 0; i < programme.items().size(); i++) {
      Plan.ProgrammeItem item = programme.items().get(i);
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

  /**
   * The submissions before the conference (issue 22) and the organizing committee: codes unique and apart from the
   * dossier's ({@link Plan.DossierDocument#RESERVED_MINUTES} and the dossier documents share the store; the committee's
   * decision {@value SubmissionRule#COMMITTEE_DECISION} may be sent, and may be a dossier document too, as it is one
   * file); a document sent by two submissions has one title; exactly one due form; a fixed date not before the plan was
   * issued; a name for a named office and none for the councils; a due date counted from the committee's decision
   * needs {@code organizingCommittee}; sub-committees listed once.
   */
  private static void checkSubmissions(Plan plan, List<Problem> problems) {
    Set<String> codes = new java.util.HashSet<>();
    Set<String> dossierCodes = new java.util.HashSet<>();
    plan.dossier().documents().forEach(d -> dossierCodes.add(d.code()));
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    for (int i = 0; i < plan.submissions().size(); i++) {
      SubmissionRule s = plan.submissions().get(i);
      String field = "submissions[" + i + "]";
      if (!codes.add(s.code())) {
        problems.add(new Problem(field + ".code", "code '" + s.code() + "' is used twice"));
      }
      Set<String> own = new java.util.HashSet<>();
      for (int j = 0; j < s.documents().size(); j++) {
        SubmissionRule.Document d = s.documents().get(j);
        String at = field + ".documents[" + j + "].code";
        if (!own.add(d.code())) {
          problems.add(new Problem(at, "code '" + d.code() + "' is used twice in this submission"));
        } else if (Plan.DossierDocument.RESERVED_MINUTES.equals(d.code())) {
          problems.add(new Problem(at, "'" + d.code() + "' is the held conference's minutes, not a document sent before"
              + " the conference"));
        } else if (dossierCodes.contains(d.code()) && !SubmissionRule.COMMITTEE_DECISION.equals(d.code())) {
          problems.add(new Problem(at, "'" + d.code() + "' is a dossier document's code (dossier.documents); the same "
              + "store keeps both, so give this document its own code"));
        } else if (titles.containsKey(d.code()) && !titles.get(d.code()).equals(d.title())) {
          problems.add(new Problem(at, "'" + d.code() + "' is sent by another submission as '" + titles.get(d.code())
              + "': one code is one document, with one title"));
        }
        titles.putIfAbsent(d.code(), d.title());
      }
      var due = s.due();
      if (due.given() != 1) {
        problems.add(new Problem(field + ".due", "set exactly one of fixedDate, daysBeforeConference, "
            + "workingDaysBeforeConference or daysAfterStep"));
      }
      if (due.fixedDate() != null && due.fixedDate().isBefore(plan.issuedOn().firstDay())) {
        problems.add(new Problem(field + ".due.fixedDate", due.fixedDate() + " is before the plan was issued ("
            + plan.issuedOn() + ")"));
      }
      if (due.daysAfterStep() != null && due.daysAfterStep().step() == SubmissionRule.Step.ORGANIZING_COMMITTEE
          && plan.organizingCommittee() == null) {
        problems.add(new Problem(field + ".due.daysAfterStep.step", "ORGANIZING_COMMITTEE needs organizingCommittee"
            + " in the plan"));
      }
      boolean named = s.to().kind() == SubmissionRule.RecipientKind.NAMED_OFFICE;
      boolean hasName = s.to().name() != null && !s.to().name().isBlank();
      if (named && !hasName) {
        problems.add(new Problem(field + ".to.name", "a NAMED_OFFICE needs the office's name, e.g. \"Sở Nội vụ tỉnh "
            + "Lạng Sơn\""));
      } else if (!named && s.to().name() != null) {
        problems.add(new Problem(field + ".to.name", "only a NAMED_OFFICE has a name; " + s.to().kind()
            + " is the council of the unit above"));
      }
    }
    var committee = plan.organizingCommittee();
    if (committee != null && committee.subCommittees().size() != Set.copyOf(committee.subCommittees()).size()) {
      problems.add(new Problem("organizingCommittee.subCommittees", "lists a sub-committee twice"));
    }
  }

  /**
   * The plan's duties and supervision (issue 22, {@link DutyRule}, {@link SupervisionRule}): codes unique; a holder that
   * is exactly one of a role or a unit; a role held at the unit whose conference the duty serves (the upper council's
   * reviewers act on other units' dossiers, so {@code UPPER_COUNCIL} holds no duty); a unit that is the issuer or a
   * unit of the plan's hierarchy below it that holds a conference (else nobody would have the task); exactly one due
   * form, a fixed date not before the plan was issued, a due date counted from the committee's decision only with
   * {@code organizingCommittee}; a scope with conferences in it (OWN, or LOWER with lower conferences or levels). A
   * supervision of the issuer's own conference is refused: no council above it takes part in the plan's campaign.
   */
  private void checkDuties(Plan plan, AdministrativeUnit issuer, List<Problem> problems) {
    Set<String> codes = new java.util.HashSet<>();
    boolean hasLower = plan.lowerConferences() != null || plan.cascades();
    for (int i = 0; i < plan.duties().size(); i++) {
      DutyRule d = plan.duties().get(i);
      String field = "duties[" + i + "]";
      if (!codes.add(d.code())) {
        problems.add(new Problem(field + ".code", "code '" + d.code() + "' is used twice"));
      }
      if (d.holder().given() != 1) {
        problems.add(new Problem(field + ".holder", "set exactly one of role (e.g. CULTURE_OFFICER) or unit (a unit "
            + "code of the plan)"));
      } else if (d.holder().role() == vn.thiduaflow.council.CouncilRole.UPPER_COUNCIL) {
        problems.add(new Problem(field + ".holder.role", "UPPER_COUNCIL reviews the dossiers of the units below; a "
            + "duty is held at the unit whose conference it serves: name that unit's role (e.g. STANDING_OFFICE)"));
      } else if (d.holder().unit() != null) {
        String code = d.holder().unit();
        AdministrativeUnit unit = hierarchyUnit(plan, code);
        boolean isIssuer = code.equals(plan.issuer().unitCode());
        if (!isIssuer && (unit == null || issuer == null || ancestorsBelowIssuer(plan, unit, issuer) == null)) {
          problems.add(new Problem(field + ".holder.unit", "unit '" + code + "' is not the issuer nor a unit below "
              + plan.issuer().name() + " in the plan (an administrative unit or one of its organizations)"));
        } else if (!isIssuer && !takesPart(plan, unit)) {
          problems.add(new Problem(field + ".holder.unit", unit.name() + " (" + code + ") holds no conference in "
              + "this plan, so it has nobody to do the duty; name a unit that takes part"));
        }
      }
      if (d.appliesTo().tier() == Plan.Tier.LOWER && !hasLower) {
        problems.add(new Problem(field + ".for", "LOWER, but the plan has no lowerConferences nor levels"));
      }
      var due = d.due();
      if (due.given() != 1) {
        problems.add(new Problem(field + ".due", "set exactly one of fixedDate, daysBeforeConference, "
            + "workingDaysBeforeConference or daysAfterStep"));
      }
      if (due.fixedDate() != null && due.fixedDate().isBefore(plan.issuedOn().firstDay())) {
        problems.add(new Problem(field + ".due.fixedDate", due.fixedDate() + " is before the plan was issued ("
            + plan.issuedOn() + ")"));
      }
      if (due.daysAfterStep() != null && due.daysAfterStep().step() == SubmissionRule.Step.ORGANIZING_COMMITTEE
          && plan.organizingCommittee() == null) {
        problems.add(new Problem(field + ".due.daysAfterStep.step", "ORGANIZING_COMMITTEE needs organizingCommittee"
            + " in the plan"));
      }
    }
    SupervisionRule supervision = plan.supervision();
    if (supervision != null) {
      if (supervision.appliesTo().tier() == Plan.Tier.OWN) {
        problems.add(new Problem("supervision.for", "OWN: the issuer's own conference has no council above it in this "
            + "plan's campaign; council members supervise the units below (LOWER or their levels)"));
      } else if (!hasLower) {
        problems.add(new Problem("supervision.for", "the plan has no lowerConferences nor levels, so no unit to "
            + "supervise"));
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

  /**
   * A composition rule: the shares add up to 100; a tolerance belongs to an APPROXIMATE share only and is below the
   * share (a band reaching 0% would accept a conference without exemplars); a stated tolerance is given; each balance
   * criterion is listed once.
   */
  private static void checkComposition(String field, Plan.CompositionRule rule, List<Problem> problems) {
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
          + Plan.CompositionRule.DEFAULT_TOLERANCE_POINTS));
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

  /**
   * Every calendar year the plan reaches has its public holidays in the {@link WorkingCalendar}, so that no deadline,
   * reminder or timer fails mid-campaign for want of a calendar (issue 22: a 2014 plan validated, then failed because
   * no year before 2019 was configured). A plan reaches:
   *
   * <ul>
   *   <li>the month, or day, it was issued ({@code issuedOn});
   *   <li>every day of each conference window ({@code ownConference}, {@code lowerConferences},
   *       {@code levels.<LEVEL>.conference}, {@code pilot}) and of each {@code schedule} entry;
   *   <li>each fixed deadline ({@code nominationDeadline}, {@code deadlines.councilVote}, {@code dossier},
   *       {@code lowerReports}, {@code submissions[].due});
   *   <li>the deadlines counted back from a conference day ({@code nominationDeadline}, {@code deadlines.councilVote},
   *       {@code dossier}, {@code submissions[].due}; a tier's or level's own {@code deadlines} where it has them:
   *       calendar days, or working days counted on the calendar itself) for the first and the last day of each
   *       window — a working-day count before a January window can cross into the year before;
   *   <li>the limits counted forward: {@code deadlines.resultsReport} (or the tier's own) from a conference day,
   *       {@code deadlines.dossierReview} from the day the dossier is sent and {@code submissions[].due.daysAfterStep}
   *       from a step, any day from the issue to the window's last day;
   *   <li>before each of those deadlines, its reminder ({@code deadlines.reminder}; 2 working days when the plan is
   *       silent, so a plan without any working-day rule needs the calendar too).
   * </ul>
   *
   * A working-day count that runs into a missing year is refused there; as its end cannot be counted, it is taken to
   * reach at most twice its count plus 14 calendar days (a 9-day Tết break and the weekends around it). One problem per
   * missing year, on the first field that reaches it (windows, then schedule, issue and deadlines), naming the others
   * too and
   * {@code thiduaflow.calendar.extra-file}.
   */
  private void checkYearCoverage(Plan plan, List<Problem> problems) {
    YearReach reach = new YearReach();
    IssueDate issued = plan.issuedOn();
    List<Tier> tiers = new ArrayList<>();
    tiers.add(new Tier("ownConference", plan.ownConference(), plan.ownConference().window()));
    if (plan.lowerConferences() != null) {
      tiers.add(new Tier("lowerConferences", plan.lowerConferences(), plan.lowerConferences().window()));
    }
    new TreeMap<>(plan.levels()).forEach((level, rules) ->
        tiers.add(new Tier("levels." + level + ".conference", rules.conference(), rules.conference().window())));
    for (int i = 0; i < plan.pilots().size(); i++) { // each pilot: its level's rules, its own window(s)
      Plan.PilotRule pilot = plan.pilots().get(i);
      if (pilot == null || pilot.window() == null) {
        continue; // reported by validation
      }
      UnitLevel level = plan.organizations().stream().filter(o -> o.code().equals(pilot.unitCode())).findFirst()
          .map(Plan.Organization::kind).orElseGet(() -> units.find(plan.issuer().adminStructure(), pilot.unitCode())
              .map(AdministrativeUnit::level).orElse(null));
      String rulesField = level != null && plan.levels().containsKey(level) ? "levels." + level + ".conference"
          : plan.lowerConferences() != null ? "lowerConferences" : "ownConference";
      TierRules pilotRules = level != null && plan.levels().containsKey(level) ? plan.levels().get(level).conference()
          : plan.lowerConferences() != null ? plan.lowerConferences() : plan.ownConference();
      String field = pilotField(plan, i);
      tiers.add(new Tier(field, pilotRules, pilot.window(), rulesField));
      if (pilot.lowerWindow() != null) {
        tiers.add(new Tier(field + ".lower", pilotRules, pilot.lowerWindow(), rulesField));
      }
    }
    for (Tier t : tiers) {
      reach.span(t.windowField(), "conferences " + t.window().from() + " – " + t.window().to(), t.window().from(),
          t.window().to());
    }
    for (int i = 0; i < plan.schedule().size(); i++) {
      Plan.ScheduleEntry e = plan.schedule().get(i);
      reach.span("schedule[" + i + "]", e.step() + " " + e.from() + " – " + e.end(), e.from(), e.end());
    }
    reach.span("issuedOn", "issued " + issued, issued.firstDay(), issued.lastDay());
    Plan.TimeLimit lead = plan.deadlines().reminder();
    for (Tier t : tiers) {
      Plan.TierDeadlines own = t.rules().deadlines();
      beforeConference(reach, lead, t, own != null && own.nominationDeadline() != null
          ? t.rulesField() + ".deadlines.nominationDeadline" : "nominationDeadline", plan.nominationDeadlineFor(t.rules()));
      beforeConference(reach, lead, t, own != null && own.councilVote() != null
          ? t.rulesField() + ".deadlines.councilVote" : "deadlines.councilVote", plan.councilVoteFor(t.rules()));
      beforeConference(reach, lead, t, own != null && own.dossier() != null
          ? t.rulesField() + ".deadlines.dossier" : "dossier", plan.dossierDeadlineFor(t.rules()));
      afterConference(reach, lead, own != null && own.resultsReport() != null
          ? t.rulesField() + ".deadlines.resultsReport" : "deadlines.resultsReport", plan.resultsReportFor(t.rules()),
          t.window().from(), t.window().to(), "a conference in " + t.windowField());
      // the dossier can be sent any day from the issue to the conference; the review is counted from that day
      LocalDate sentFirst = issued.firstDay().isBefore(t.window().to()) ? issued.firstDay() : t.window().to();
      afterConference(reach, lead, "deadlines.dossierReview", plan.deadlines().dossierReview(), sentFirst,
          t.window().to(), "a dossier sent from " + sentFirst + " to " + t.window().to());
      for (var entry : dues(plan).entrySet()) { // the submissions' and the duties' (issue 22)
        SubmissionRule.Due due = entry.getValue();
        String field = entry.getKey();
        if (due.daysAfterStep() != null) { // a step of the conference's preparation: from the issue to its day
          LocalDate last = t.window().to().plusDays(due.daysAfterStep().days());
          reach.span(field + ".daysAfterStep", due.describe() + " (" + t.windowField() + "): up to " + last,
              sentFirst, last);
          remind(reach, lead, field + ".daysAfterStep", sentFirst, last);
        } else if (due.fixedDate() == null) {
          beforeConference(reach, lead, t, field, new DeadlineRule(due.daysBeforeConference(),
              due.workingDaysBeforeConference(), null, true, "-"));
        }
      }
    }
    for (var entry : dues(plan).entrySet()) {
      LocalDate fixed = entry.getValue().fixedDate();
      if (fixed != null) {
        reach.span(entry.getKey() + ".fixedDate", "due " + fixed, fixed, fixed);
        remind(reach, lead, entry.getKey() + ".fixedDate", fixed, fixed);
      }
    }
    Plan.ReportDeadlineRule reports = plan.lowerReports();
    if (reports != null && (reports.fixedDate() != null || reports.daysAfterLowerWindow() != null)) {
      String field = reports.fixedDate() != null ? "lowerReports.fixedDate" : "lowerReports.daysAfterLowerWindow";
      for (Tier t : tiers) {
        if (!t.field().equals("ownConference") && !t.field().equals("pilot")) {
          LocalDate due = reports.dueFor(t.window().to());
          reach.span(field, "lower reports due " + due + " (" + t.windowField() + ")", due, due);
        }
      }
    }
    reach.report(problems);
  }

  /** The due rules of the plan's submissions and duties by their field ("submissions[0].due", "duties[1].due"). */
  private static Map<String, SubmissionRule.Due> dues(Plan plan) {
    Map<String, SubmissionRule.Due> dues = new java.util.LinkedHashMap<>();
    for (int i = 0; i < plan.submissions().size(); i++) {
      dues.put("submissions[" + i + "].due", plan.submissions().get(i).due());
    }
    for (int i = 0; i < plan.duties().size(); i++) {
      dues.put("duties[" + i + "].due", plan.duties().get(i).due());
    }
    return dues;
  }

  /**
   * The conferences of one tier for {@link #checkYearCoverage}: the field of its rules, the rules, its window, and the
   * field its deadlines are named under when they are the tier's own.
   */
  private record Tier(String field, TierRules rules, DateWindow window, String rulesField) {

    Tier(String field, TierRules rules, DateWindow window) {
      this(field, rules, window, field);
    }

    String windowField() {
      return field.endsWith(".lower") ? field + "Window" : field + ".window"; // a pilot's lowerWindow
    }
  }

  /** A deadline counted back from the conference day (or fixed), for the first and last day of the tier's window. */
  private void beforeConference(YearReach reach, Plan.TimeLimit lead, Tier t, String name, DeadlineRule rule) {
    if (rule.fixedDate() != null) { // a rule with more than one value set is refused by checkDeadline
      String field = name + ".fixedDate";
      reach.span(field, "due " + rule.fixedDate(), rule.fixedDate(), rule.fixedDate());
      remind(reach, lead, field, rule.fixedDate(), rule.fixedDate());
      return;
    }
    String field = name + (rule.workingDaysBeforeConference() != null ? ".workingDaysBeforeConference"
        : ".daysBeforeConference");
    LocalDate first = dueBefore(rule, t.window().from(), field, reach);
    LocalDate last = dueBefore(rule, t.window().to(), field, reach);
    reach.span(field, rule.describe() + " in " + t.windowField() + ": " + first + " – " + last, first, last);
    remind(reach, lead, field, first, last);
  }

  /** A limit counted forward from any day between {@code from} and {@code to}, and its reminder. */
  private void afterConference(YearReach reach, Plan.TimeLimit lead, String field, Plan.TimeLimit limit,
      LocalDate from, LocalDate to, String what) {
    LocalDate first = dueAfter(limit, from, field, reach);
    LocalDate last = dueAfter(limit, to, field, reach);
    reach.span(field, limit.describe() + " after " + what + ": " + first + " – " + last, first, last);
    remind(reach, lead, field, first, last);
  }

  /** The reminder days before deadlines due between {@code first} and {@code last}. */
  private void remind(YearReach reach, Plan.TimeLimit lead, String deadlineField, LocalDate first, LocalDate last) {
    String what = lead.describe() + " before " + deadlineField;
    LocalDate from = lead.workingDays() != null ? count(first, -lead.workingDays(), "deadlines.reminder", what, reach)
        : lead.days() != null ? first.minusDays(lead.days()) : first;
    LocalDate to = lead.workingDays() != null ? count(last, -lead.workingDays(), "deadlines.reminder", what, reach)
        : lead.days() != null ? last.minusDays(lead.days()) : last;
    reach.span("deadlines.reminder", what + ": " + from + " – " + to, from, to);
  }

  /** The deadline for a conference on this day; the day itself for a rule that sets no count (refused elsewhere). */
  private LocalDate dueBefore(DeadlineRule rule, LocalDate conference, String field, YearReach reach) {
    return rule.workingDaysBeforeConference() != null
        ? count(conference, -rule.workingDaysBeforeConference(), field, rule.describe(conference), reach)
        : rule.daysBeforeConference() != null ? conference.minusDays(rule.daysBeforeConference()) : conference;
  }

  /** The last day of a limit from {@code start}; {@code start} for a limit that sets no count (refused elsewhere). */
  private LocalDate dueAfter(Plan.TimeLimit limit, LocalDate start, String field, YearReach reach) {
    return limit.workingDays() != null
        ? count(start, limit.workingDays(), field, limit.describe() + " after " + start, reach)
        : limit.days() != null ? start.plusDays(limit.days()) : start;
  }

  /**
   * {@link WorkingCalendar#plusWorkingDays}; when the count runs into a year the calendar lacks, that year is reached
   * and the end is estimated as |n| × 2 + 14 calendar days from {@code from}.
   */
  private LocalDate count(LocalDate from, int n, String field, String what, YearReach reach) {
    try {
      return calendar.plusWorkingDays(from, n);
    } catch (CalendarYearMissingException e) {
      reach.year(e.day().getYear(), field, what + ", counted into " + e.day());
      return from.plusDays((n < 0 ? -1L : 1L) * (Math.abs((long) n) * 2 + 14));
    }
  }

  /** The fields that reach each year the calendar lacks, the first reach of each field with its detail. */
  private final class YearReach {

    private final Map<Integer, Map<String, String>> missing = new TreeMap<>();

    /** Every year from {@code a} to {@code b} (either order) is reached by {@code field}. */
    void span(String field, String what, LocalDate a, LocalDate b) {
      LocalDate from = a.isAfter(b) ? b : a;
      LocalDate to = a.isAfter(b) ? a : b;
      for (int y = from.getYear(); y <= to.getYear(); y++) {
        year(y, field, what);
      }
    }

    void year(int year, String field, String what) {
      if (!calendar.covers(year)) {
        missing.computeIfAbsent(year, y -> new LinkedHashMap<>()).putIfAbsent(field, what);
      }
    }

    void report(List<Problem> problems) {
      missing.forEach((year, fields) -> {
        var first = fields.entrySet().iterator().next();
        List<String> others = fields.keySet().stream().skip(1).toList();
        problems.add(new Problem(first.getKey(), "reaches " + year + " (" + first.getValue() + ")"
            + (others.isEmpty() ? "" : "; so do " + String.join(", ", others))
            + ", but the public-holiday calendar has no " + year + " (it has " + spans(calendar.years())
            + "), so working days and reminders there cannot be counted: add " + year + "'s days off from its "
            + "announcement to " + WorkingCalendar.BUNDLED + " or to the file given with "
            + "thiduaflow.calendar.extra-file"));
      });
    }
  }

  /** "2010–2026", or "2010–2020, 2022" for years with a gap. */
  private static String spans(List<Integer> years) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < years.size(); ) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
        j++;
      }
      parts.add(i == j ? String.valueOf(years.get(i)) : years.get(i) + "–" + years.get(j));
      i = j + 1;
    }
    return parts.isEmpty() ? "no year" : String.join(", ", parts);
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

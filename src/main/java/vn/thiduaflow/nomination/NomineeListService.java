package vn.thiduaflow.nomination;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * A unit's own nominee list (danh sách đề cử), entered while its nominations task (UserTask_SubmitNominations) is open.
 * The whole list is checked first and replaces the unit's own nominees in one transaction; a list with any error
 * changes nothing. Nominees sent up from lower conferences are never touched. Rules, each broken one reported with its
 * row and field ({@code nominees[3].name}; every problem of the list at once, the first as the exception's message):
 * <ul>
 *   <li>1 to {@value #MAX_ROWS} rows;</li>
 *   <li>name: 2–{@value #MAX_NAME} characters of letters (Vietnamese included), digits, spaces and {@code . , - – ( )
 *       ' / &}; no markup or statement characters; not the same name (ignoring case, accents' encoding and extra
 *       spaces) as another row;</li>
 *   <li>kind COLLECTIVE or INDIVIDUAL; title one of {@link NomineeTitle}; source one of {@link PresentationSource};</li>
 *   <li>recognizedYear: the year a competent authority recognized the nominee, 1945 to this year (eligibility against
 *       the plan's period is decided later by CheckNominations, which excludes, not refuses);</li>
 *   <li>unitCode (optional): the unit the nominee works in — this unit, one below it (through first or second parents),
 *   or, for an organization with a vertical line (hệ thống dọc), a district or commune of its sector inside its
 *   administrative parent ({@link vn.thiduaflow.plan.PlanCatalog#originWithin});</li>
 *   <li>position (optional, position and unit, chức vụ, đơn vị công tác): at most {@value #MAX_POSITION} characters;
 *       achievementSummary (optional, tóm tắt thành tích): at most {@value #MAX_SUMMARY} characters; both kept
 *       without spaces or invisible characters at their ends, blank as none.</li>
 * </ul>
 */
@Service
@Transactional
public class NomineeListService {

  /** Most rows in one list (people and collectives). */
  public static final int MAX_ROWS = 1000;
  /** Longest position and unit (characters; column nomination.nominee_position). */
  public static final int MAX_POSITION = 200;
  /** Longest achievement summary (characters; column nomination.achievement_summary). */
  public static final int MAX_SUMMARY = 2000;
  /** Longest name (characters). */
  public static final int MAX_NAME = 200;
  /** The list's field: its violations name entries of it ({@code nominees[2].name}, as data in their entry). */
  private static final String LIST = "nominees";
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .,\\-–()'/&]+");

  private final NominationRepository nominations;
  private final CampaignLookup campaigns;
  private final UnitDirectory units;
  private final TaskService taskService;
  private final AuditTrail audit;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final vn.thiduaflow.plan.PlanCatalog plans;

  NomineeListService(NominationRepository nominations, CampaignLookup campaigns, UnitDirectory units,
      TaskService taskService, AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
      vn.thiduaflow.plan.PlanCatalog plans) {
    this.plans = plans;
    this.audit = audit;
    this.events = events;
    this.nominations = nominations;
    this.campaigns = campaigns;
    this.units = units;
    this.taskService = taskService;
  }

  /**
   * One row of a list as sent (strings, so that a wrong value is reported with its row rather than as an unreadable
   * body).
   */
  public record Entry(String name, String kind, String title, Integer recognizedYear, String source, String unitCode,
      String position, String achievementSummary) {
    /** A row without position and summary (both optional). */
    public Entry(String name, String kind, String title, Integer recognizedYear, String source, String unitCode) {
      this(name, kind, title, recognizedYear, source, unitCode, null, null);
    }
  }

  /**
   * Replaces the conference's own nominees with the list. The new rows are saved, then {@link NomineeListReplaced}
   * is published (a nominee's attached files follow it to its new row), then the old rows are deleted.
   *
   * @param actor the user who sends it (audit trail)
   * @return the nominations saved, in list order
   * @throws InvalidInputException listing every wrong row and field ({@link InvalidInputException#violations()});
   *     nothing is changed
   */
  public List<Nomination> replace(NominatingUnit conference, List<Entry> rows, String actor) {
    if (taskService.createTaskQuery().processInstanceBusinessKey(conference.getId().toString())
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE).taskDefinitionKey(ProcessModel.Elements.SUBMIT_NOMINATIONS)
        .count() == 0) {
      throw InvalidInputException.of(LIST, "nomination.list.taskNotOpen");
    }
    List<Nomination> valid = check(conference, rows);
    List<Nomination> previous = nominations.findByConferenceIdOrderById(conference.getId()).stream()
        .filter(n -> n.getFromDelegateId() == null).toList();
    List<Nomination> saved = nominations.saveAll(valid);
    // what belongs to a nominee (attached files) follows it to its new row, before the old rows go
    events.publishEvent(replaced(conference.getId(), previous, saved));
    nominations.deleteAll(previous);
    audit.record(actor, "NOMINEE_LIST", conference.getId(), conference.getCampaignId(),
        "Danh sách đề cử " + valid.size() + " người/tập thể (nominee list of " + valid.size() + ")");
    return saved;
  }

  /** Old rows matched to new ones by name, as the list's rules compare names. */
  private static NomineeListReplaced replaced(Long conferenceId, List<Nomination> previous, List<Nomination> saved) {
    Map<String, Long> newIds = new HashMap<>();
    saved.forEach(n -> newIds.putIfAbsent(normalized(comparable(n.getNomineeName())), n.getId()));
    Map<Long, Long> successors = new java.util.LinkedHashMap<>();
    List<Long> removed = new ArrayList<>();
    for (Nomination old : previous) {
      Long successor = newIds.remove(normalized(comparable(old.getNomineeName())));
      if (successor != null) {
        successors.put(old.getId(), successor);
      } else {
        removed.add(old.getId());
      }
    }
    return new NomineeListReplaced(conferenceId, successors, removed);
  }

  /**
   * The unit's own nominees as the nominations form shows them (its dynamic list {@code nominees}): one map per
   * nominee with the keys of {@link Entry}, enum values by name, in list order. Nominees sent up from lower
   * conferences are not in it (the form never changes them).
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> formRows(Long conferenceId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Nomination n : nominations.findByConferenceIdOrderById(conferenceId)) {
      if (n.getFromDelegateId() != null) {
        continue;
      }
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("kind", n.getKind().name());
      row.put("name", n.getNomineeName());
      row.put("position", n.getPosition());
      row.put("title", n.getTitle().name());
      row.put("recognizedYear", n.getRecognizedYear());
      row.put("source", n.getSource() == null ? null : n.getSource().name());
      row.put("unitCode", n.getOriginUnitCode());
      row.put("achievementSummary", n.getAchievementSummary());
      rows.add(row);
    }
    return rows;
  }

  /**
   * The unit's list, read from what the nominations form sent ({@code nominees}: a Json value, its text, or a list
   * of maps), each row with exactly the keys of {@link Entry}.
   *
   * @throws InvalidInputException naming the row ({@code nominees[2]}) that is not such an object, or the list when
   *     it is not a list
   */
  public static List<Entry> fromForm(Object value) {
    com.fasterxml.jackson.databind.JsonNode list;
    try {
      list = value instanceof String || value instanceof org.camunda.spin.json.SpinJsonNode
          ? FORM_JSON.readTree(value.toString()) : FORM_JSON.valueToTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw InvalidInputException.of(LIST, "nomination.list.unreadable");
    }
    if (list == null || !list.isArray()) {
      throw InvalidInputException.of(LIST, "nomination.list.notAList");
    }
    List<Entry> entries = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      try {
        entries.add(FORM_JSON.treeToValue(list.get(i), Entry.class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
        String property = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
            && m.getPath().get(0).getFieldName() != null ? m.getPath().get(0).getFieldName() : "";
        violations.add(Violation.inEntry(LIST, i, property, Message.of("nomination.row.unreadable")));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return entries;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper FORM_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Shows the unit's current list in its open nominations task (the task-local {@code nominees} the form reads),
   * after the list changed through the API or an uploaded file. Nothing when the task is not open.
   */
  public void showInTask(NominatingUnit conference) {
    for (var task : taskService.createTaskQuery().processInstanceBusinessKey(conference.getId().toString())
        .processDefinitionKey(ProcessModel.UNIT_CONFERENCE).taskDefinitionKey(ProcessModel.Elements.SUBMIT_NOMINATIONS)
        .list()) {
      taskService.setVariableLocal(task.getId(), ProcessModel.Fields.NOMINEES, vn.thiduaflow.system.FormLists.json(formRows(conference.getId())));
    }
  }

  /**
   * {@link #replace}, for a list that came through the API or an uploaded file: the open nominations task then shows
   * the new list ({@link #showInTask}). One transaction. Call without an authenticated user (the caller's rights are
   * checked before).
   */
  @Transactional
  public List<Nomination> replaceAndShow(NominatingUnit conference, List<Entry> rows, String actor) {
    List<Nomination> saved = replace(conference, rows, actor);
    showInTask(conference);
    return saved;
  }

  /**
   * Checks a list against every rule without saving it (an uploaded file is checked cell by cell first, then by
   * these rules, and its problems reported together).
   *
   * @throws InvalidInputException listing every wrong row and field
   */
  @Transactional(readOnly = true)
  public void validate(NominatingUnit conference, List<Entry> rows) {
    check(conference, rows);
  }

  private List<Nomination> check(NominatingUnit conference, List<Entry> rows) {
    if (rows == null || rows.isEmpty()) {
      throw InvalidInputException.of(LIST, "nomination.list.empty");
    }
    if (rows.size() > MAX_ROWS) {
      throw InvalidInputException.of(LIST, "nomination.list.tooLong", rows.size(), MAX_ROWS);
    }
    var campaign = campaigns.campaign(conference.getCampaignId());
    var structure = campaign.structure();
    java.util.Optional<vn.thiduaflow.plan.model.Plan> plan = plans.find(campaign.planId());
    int thisYear = EngineClock.today().getYear();
    Map<String, Integer> seen = new HashMap<>();
    List<Violation> violations = new ArrayList<>();
    List<Nomination> result = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Entry row = rows.get(i);
      String at = LIST + "[" + i + "]";
      int index = i;
      if (row == null) {
        violations.add(Violation.inEntry(LIST, i, "", Message.of("nomination.row.empty")));
        continue;
      }
      int problemsBefore = violations.size();
      String name = checked(violations, i, "name", () -> checkName(at + ".name", row.name()));
      if (name != null) {
        Integer first = seen.putIfAbsent(normalized(name), i);
        if (first != null) {
          // the other entry as data: an uploaded file names its row instead (NomineeWorkbook)
          violations.add(Violation.inEntry(LIST, i, "name", Message.of("nomination.name.duplicate", name,
              new InvalidInputException.Entry(LIST, first, ""))));
        }
      }
      NomineeKind kind = checked(violations, i, "kind",
          () -> FormValues.choiceOf(at + ".kind", row.kind(), NomineeKind.class));
      NomineeTitle title = checked(violations, i, "title",
          () -> FormValues.choiceOf(at + ".title", row.title(), NomineeTitle.class));
      PresentationSource source = checked(violations, i, "source",
          () -> FormValues.choiceOf(at + ".source", row.source(), PresentationSource.class));
      if (row.recognizedYear() == null || row.recognizedYear() < 1945 || row.recognizedYear() > thisYear) {
        violations.add(Violation.inEntry(LIST, i, "recognizedYear",
            Message.of("nomination.year.outOfRange", thisYear)));
      }
      String position = checked(violations, i, "position", () -> optionalText(at + ".position", row.position(),
          MAX_POSITION, Message.of("nomination.field.position")));
      String summary = checked(violations, i, "achievementSummary", () -> optionalText(at + ".achievementSummary",
          row.achievementSummary(), MAX_SUMMARY, Message.of("nomination.field.achievementSummary")));
      AdministrativeUnit origin = null;
      if (row.unitCode() != null && !row.unitCode().isBlank()) {
        String code = row.unitCode().trim();
        // an administrative unit or one of the plan's organizations (the department's own code included)
        AdministrativeUnit known = plan.map(p -> plans.unitOf(p, code))
            .orElseGet(() -> units.find(structure, campaign.unitList(), code)) // the campaign's unit list
            .orElse(null);
        if (known == null) {
          violations.add(Violation.inEntry(LIST, index, "unitCode",
              Message.of("nomination.unitCode.unknown", row.unitCode())));
        } else {
          origin = plan.isPresent() ? plans.originWithin(plan.get(), code, conference.getUnitCode()).orElse(null)
              : isWithin(known, conference.getUnitCode()) ? known : null;
          if (origin == null) {
            violations.add(Violation.inEntry(LIST, index, "unitCode",
                Message.of("nomination.unitCode.notWithin", known.name(), conference.getUnitName())));
          }
        }
      }
      if (violations.size() == problemsBefore) {
        Nomination n = new Nomination(conference.getId(), name, kind, title, row.recognizedYear(), source, false);
        n.describe(position, summary);
        if (origin != null) {
          n.setOrigin(origin.code(), origin.name());
        }
        result.add(n);
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return result;
  }

  /** The value, or null after adding its problems to the list, as problems of the entry's property. */
  private static <T> T checked(List<Violation> violations, int index, String property,
      java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> violations.add(v.withEntry(LIST, index, property)));
      return null;
    }
  }

  private boolean isWithin(AdministrativeUnit unit, String ancestorCode) {
    for (AdministrativeUnit u = unit; u != null; u = units.parent(u).orElse(null)) {
      if (u.code().equals(ancestorCode)) {
        return true;
      }
    }
    return false;
  }

  /** An optional text: null when blank, else without spaces at its ends and at most {@code max} characters. */
  private static String optionalText(String field, String value, int max, Message label) {
    String text = FormValues.visible(value);
    if (text != null && text.length() > max) {
      throw InvalidInputException.of(field, "nomination.text.tooLong", label, text.length(), max);
    }
    return text;
  }

  private static String checkName(String field, String value) {
    String name = value == null ? "" : Normalizer.normalize(value.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    if (name.length() < 2 || name.length() > MAX_NAME) {
      throw InvalidInputException.of(field, "nomination.name.length", MAX_NAME);
    }
    if (!NAME.matcher(name).matches()) {
      throw InvalidInputException.of(field, "nomination.name.characters");
    }
    return name;
  }

  /** The key two names are compared by (the name is already NFC with single spaces). */
  /**
   * Whether two lists hold the same rows as this service's rules read them: texts without spaces or invisible
   * characters at their ends and runs of spaces as one, blank as none (form-js sends an empty text where the list had
   * none), so a list sent back as it was shown is the same list.
   */
  public static boolean sameRows(List<Entry> a, List<Entry> b) {
    return comparable(a).equals(comparable(b));
  }

  private static List<Entry> comparable(List<Entry> rows) {
    return rows.stream().map(e -> e == null ? null : new Entry(comparable(e.name()), comparable(e.kind()),
        comparable(e.title()), e.recognizedYear(), comparable(e.source()), comparable(e.unitCode()),
        comparable(e.position()), comparable(e.achievementSummary()))).toList();
  }

  private static String comparable(String s) {
    String visible = FormValues.visible(s);
    return visible == null ? null : Normalizer.normalize(visible.replaceAll("\\s+", " "), Normalizer.Form.NFC);
  }

  private static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

}

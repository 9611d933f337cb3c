package vn.thiduaflow.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeSource;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.PilotRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ProgrammeItem;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.rule.RuleViolationException;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * A unit's conference from its opening to its checked schedule, each step called by one delegate or task listener of
 * the {@code UnitConference} model (the opening by the campaign): open, link to the process, the pilot's consultation
 * of the upper council, the schedule form (form, date, edition, venue, theme, staff count, programme), and the check
 * of the schedule against the plan that decides plenary or delegate conference and names it. Input is validated before
 * anything is written ({@link InvalidInputException}); every rule decision is recorded with its clause. Moving the day
 * afterwards: {@link ConferenceDateService}.
 */
@Service
@Transactional
public class ConferenceScheduling {

  /** Longest pilot consultation opinion, characters. */
  private static final int MAX_OPINION = 2000;

  private final ConferenceRepository conferences;
  private final ConferenceQueries queries;
  private final NominationRepository nominations;
  private final NomineeSource nomineeSource;
  private final ConferenceRules rules;
  private final OfficialNameGenerator names;
  private final RuleDecisionLog decisions;
  private final OutsideEventCheck outsideEvents;

  public ConferenceScheduling(ConferenceRepository conferences, ConferenceQueries queries,
      NominationRepository nominations, NomineeSource nomineeSource, ConferenceRules rules, OfficialNameGenerator names,
      RuleDecisionLog decisions, OutsideEventCheck outsideEvents) {
    this.conferences = conferences;
    this.queries = queries;
    this.nominations = nominations;
    this.nomineeSource = nomineeSource;
    this.rules = rules;
    this.names = names;
    this.decisions = decisions;
    this.outsideEvents = outsideEvents;
  }

  /**
   * Opens a unit's conference with the staff count and first nominees its {@link NomineeSource} knows (in production
   * none: the staff count is asked in the schedule form, the nominees in the nominations task).
   *
   * @param nomineesFromBelow true when the unit has lower units: its nominees are the delegates they send up
   *     ({@link ConferenceNominations#collectLowerDelegates}); its process waits for them before its nominations
   *     (issue 22)
   */
  public Conference open(Long campaignId, Plan plan, Tier tier, AdministrativeUnit unit, String upperCode,
      String upperName, boolean pilot, boolean nomineesFromBelow) {
    var staff = nomineeSource.staffCount(unit);
    Conference conference = conferences.save(new Conference(campaignId, tier, unit.code(), unit.name(), unit.level(),
        upperCode, upperName, pilot, staff.isPresent() ? staff.getAsInt() : null));
    if (nomineesFromBelow) {
      conference.awaitLowerDelegates();
      return conference;
    }
    int periodEnd = ConferenceQueries.rulesFor(plan, conference).window().to().getYear();
    nominations.saveAll(nomineeSource.initialNominees(conference.getId(), unit, periodEnd));
    return conference;
  }

  /**
   * Links the conference to its process instance.
   *
   * @return whether the unit is a pilot that must consult the upper council on its plan (172/KH-UBND §II.2.3): a
   *     lower conference or the own conference of a pilot's sub-campaign alike
   */
  public boolean prepare(Long conferenceId, String processInstanceId) {
    Conference conference = queries.get(conferenceId);
    conference.setProcessInstanceId(processInstanceId);
    return queries.pilotRuleOf(conference).map(PilotRule::consultUpperCouncil).orElse(false);
  }

  /**
   * Records the upper council's opinion on the pilot unit's plan.
   *
   * @param opinion at most 2,000 characters; null for none
   * @throws InvalidInputException when the council does not agree (the pilot may not issue its plan) or the opinion
   *     is too long
   */
  public void recordPilotConsultation(Long conferenceId, boolean agreed, String opinion) {
    List<InvalidInputException.Violation> wrong = new ArrayList<>();
    if (!agreed) {
      wrong.add(new InvalidInputException.Violation(Fields.PILOT_PLAN_AGREED,
          "Hội đồng cấp trên cần cho ý kiến thống nhất trước khi đơn vị ban hành kế hoạch",
          "the upper council must agree before the pilot unit issues its plan"));
    }
    if (opinion != null && opinion.length() > MAX_OPINION) {
      wrong.add(new InvalidInputException.Violation(Fields.PILOT_PLAN_OPINION, "Ý kiến dài quá 2000 ký tự",
          "opinion longer than 2000 characters"));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    queries.get(conferenceId).setPilotPlanOpinion(opinion);
  }

  /**
   * Records the unit's schedule: form, date, edition, venue, theme, staff count, and its programme — the plan's items
   * for the chosen form ({@link ConferenceQueries#programmeOf}) in the unit's order, optional items left out — checked
   * by {@link ConferenceRules#programme} (the plan's {@code reorder}: FIXED, WITHIN_SESSION or FREE). A blank edition
   * is the tier's; a blank venue or theme is none. Rows of items the plan keeps for other forms (the flag salute of a
   * congress) are dropped: the form lists every item before the form is chosen.
   *
   * @param request the form's values ({@link ScheduleRequest#violations} for their own checks); a null staff count
   *     keeps the figure known (sample data) and is refused when none is
   * @throws InvalidInputException when a field is missing or out of range, or the form, date or programme breaks the
   *     plan (FORM_ALLOWED, DATE_IN_WINDOW, OUTSIDE_EVENT_ORDER, PROGRAMME: an unknown item, a required one missing, a
   *     ceremony after the session, a change of order the plan does not allow — each named, with the clause) — every
   *     problem at once, nothing kept
   * @throws RuleViolationException when the values are complete but break the plan (also DOSSIER_BEFORE_CONFERENCE,
   *     ATTENDANCE_MODE), each rule against its field
   */
  public void schedule(Long conferenceId, ScheduleRequest request) {
    Conference conference = queries.get(conferenceId);
    ConferenceForm form = request.form();
    LocalDate date = request.date();
    Integer staffCount = request.staffCount();
    List<InvalidInputException.Violation> wrong = new ArrayList<>(request.violations());
    List<String> chosen = request.chosenOrder();
    List<String> items = form == null || (request.programme() != null && chosen == null) ? null
        : programmeFor(conference, form, chosen);
    if (staffCount == null && conference.getStaffCount() == null) {
      wrong.add(new InvalidInputException.Violation("staffCount", "Chưa nhập số cán bộ, công chức, người lao động của"
          + " đơn vị (cần để xác định hội nghị toàn thể hay đại biểu)", "the unit's staff count is not known yet: enter it"));
    }
    if (!wrong.isEmpty()) {
      // the rules of the plan are checked on what can be checked, so the user sees every problem of the form at once
      TierRules tier = queries.tierOf(conference);
      if (form != null) {
        PlanRuleRefusal.failed(rules.formAllowed(tier, form))
            .ifPresent(r -> wrong.add(PlanRuleRefusal.violation(r)));
      }
      if (date != null) {
        PlanRuleRefusal.failed(rules.dateInWindow(queries.windowOf(conference), date))
            .ifPresent(r -> wrong.add(PlanRuleRefusal.violation(r)));
        outsideEventsBroken(conference, date).forEach(r -> wrong.add(PlanRuleRefusal.violation(r)));
      }
      if (items != null) {
        PlanRuleRefusal.failed(rules.programme(queries.programmeOf(conference), form, items))
            .ifPresent(r -> wrong.add(PlanRuleRefusal.violation(r)));
      }
      throw new InvalidInputException(wrong);
    }
    String edition = request.edition();
    String venue = request.venue();
    String theme = request.theme();
    String edit = edition == null || edition.isBlank()
        ? queries.tierOf(conference).edition() : edition;
    conference.schedule(form, date, edit, venue == null || venue.isBlank() ? null : venue,
        staffCount == null ? conference.getStaffCount() : staffCount,
        staffCount == null && conference.isStaffCountSample(), request.staged());
    conference.setProgramme(items);
    conference.setTheme(theme == null || theme.isBlank() ? null : theme);
    List<RuleResult> results = new ArrayList<>(planResults(conference));
    results.add(rules.programme(queries.programmeOf(conference), form, items));
    PlanRuleRefusal.refuseBroken(results);
  }

  /** The unit's item codes for the form: the plan's in plan order when it chose none, else its own minus other forms'. */
  private List<String> programmeFor(Conference conference, ConferenceForm form, List<String> chosen) {
    ProgrammeRule rule = queries.programmeOf(conference);
    if (chosen == null) {
      return rule.itemsFor(form).stream().map(ProgrammeItem::code).toList();
    }
    return chosen.stream().filter(code -> rule.item(code).map(i -> i.appliesTo(form)).orElse(true)).toList();
  }

  /** Replaces the conference's programme (item codes in order); checked with the composition. */
  public void setProgramme(Long conferenceId, List<String> items) {
    queries.get(conferenceId).setProgramme(items);
  }

  /**
   * Checks the schedule against the plan: form allowed, date in the window; decides plenary or delegate conference;
   * generates the official name.
   */
  public Outcome checkPlan(Long conferenceId) {
    Conference conference = queries.get(conferenceId);
    Plan plan = queries.planOf(conference);
    TierRules tier = queries.tierOf(conference);
    List<RuleResult> results = planResults(conference);
    conference.setAttendanceMode(rules.attendanceMode(tier, conference.getStaffCount()));
    if (conference.getForm() != null && conference.getScheduledOn() != null) {
      nameConference(conference, plan);
    }
    return decisions.record(conference.getCampaignId(), conferenceId, results);
  }

  private List<RuleResult> planResults(Conference conference) {
    TierRules tier = queries.tierOf(conference);
    DeadlineRule dossier = queries.planOf(conference).dossierDeadlineFor(tier);
    List<RuleResult> results = new ArrayList<>(List.of(
        rules.formAllowed(tier, conference.getForm()),
        rules.dateInWindow(queries.windowOf(conference), conference.getScheduledOn()),
        rules.dossierBeforeConference(dossier.fixedDate(), dossier.clause(), conference.getScheduledOn()),
        rules.attendance(tier, conference.getStaffCount())));
    results.addAll(outsideEvents.check(conference.getCampaignId(), queries.planOf(conference), tier,
        conference.getScheduledOn()));
    return results;
  }

  /**
   * The tier's outside-event rules ({@code relativeTo}: strictly before or after an event such as the provincial Party
   * congress, rule OUTSIDE_EVENT_ORDER) that a day breaks, at the events' current dates for the conference's campaign;
   * used at scheduling and by every reschedule ({@link ConferenceDateService}).
   */
  public List<RuleResult> outsideEventsBroken(Conference conference, LocalDate day) {
    return outsideEvents.broken(conference.getCampaignId(), queries.planOf(conference), queries.tierOf(conference),
        day);
  }

  /** Sets the official name from the plan's template, the venue (or the unit's short name) and the current date. */
  void nameConference(Conference conference, Plan plan) {
    String place = conference.getVenue() != null ? conference.getVenue()
        : AdministrativeUnit.shortName(conference.getUnitName());
    conference.setOfficialName(names.officialName(plan, ConferenceQueries.rulesFor(plan, conference),
        conference.getForm(), conference.getUnitName(), place, conference.getEdition(), conference.getScheduledOn()));
  }
}

package vn.thiduaflow.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.campaign.CampaignRepository;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeEligibility;
import vn.thiduaflow.plan.ConferenceForm;
import vn.thiduaflow.plan.Plan;
import vn.thiduaflow.plan.Plan.DateWindow;
import vn.thiduaflow.plan.Plan.ProgrammeItem;
import vn.thiduaflow.plan.Plan.Tier;
import vn.thiduaflow.plan.Plan.TierRules;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.PresentationSource;
import vn.thiduaflow.report.DossierReviewRepository;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.rule.RuleViolationException;
import vn.thiduaflow.nomination.NomineeSource;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.unit.AdministrativeUnit;

/**
 * The use cases of one unit's conference, each called by one delegate or task listener of the {@code UnitConference}
 * model: schedule, check against the plan, nominate, compose, dossier, hold. Input is validated before anything is
 * written ({@link InvalidInputException}); every rule decision is recorded with its clause.
 */
@Service
@Transactional
public class ConferenceService {

  private static final int MAX_PEOPLE = 1_000_000;
  /** Longest edition (a Roman numeral such as XXVIII; column conference.edition is varchar(10)). */
  static final int MAX_EDITION = 10;
  /** Longest theme (chủ đề) in characters (column conference.theme is varchar(300), the form allows as much). */
  static final int MAX_THEME = 300;

  private final ConferenceRepository conferences;
  private final CampaignRepository campaigns;
  private final NominationRepository nominations;
  private final DossierReviewRepository dossiers;
  private final PlanCatalog plans;
  private final ConferenceRules rules;
  private final DossierRules dossierRules;
  private final NomineeEligibility eligibility;
  private final OfficialNameGenerator names;
  private final RuleDecisionLog decisions;
  private final NomineeSource nomineeSource;
  private final vn.thiduaflow.event.OutsideEventDates outsideEvents;
  private final vn.thiduaflow.quota.DelegateQuotaService quotas;

  public ConferenceService(ConferenceRepository conferences, CampaignRepository campaigns,
      NominationRepository nominations, DossierReviewRepository dossiers, PlanCatalog plans, ConferenceRules rules,
      DossierRules dossierRules, NomineeEligibility eligibility, OfficialNameGenerator names, RuleDecisionLog decisions,
      NomineeSource nomineeSource, vn.thiduaflow.event.OutsideEventDates outsideEvents,
      vn.thiduaflow.quota.DelegateQuotaService quotas) {
    this.quotas = quotas;
    this.conferences = conferences;
    this.campaigns = campaigns;
    this.nominations = nominations;
    this.dossiers = dossiers;
    this.plans = plans;
    this.rules = rules;
    this.dossierRules = dossierRules;
    this.eligibility = eligibility;
    this.names = names;
    this.decisions = decisions;
    this.nomineeSource = nomineeSource;
    this.outsideEvents = outsideEvents;
  }

  /**
   * Opens a unit's conference with the staff count and first nominees its {@link NomineeSource} knows (in production
   * none: the staff count is asked in the schedule form, the nominees in the nominations task).
   *
   * @param nomineesFromBelow true when the unit has lower units: its nominees are the delegates they send up
   *     ({@link #collectLowerDelegates}); its process waits for them before its nominations (issue 22)
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
    int periodEnd = rulesFor(plan, conference).window().to().getYear();
    nominations.saveAll(nomineeSource.initialNominees(conference.getId(), unit, periodEnd));
    return conference;
  }

  /**
   * Makes the delegates that the lower conferences approved for the upper level the nominees of the issuing unit's own
   * conference, each with its unit of origin.
   *
   * @return how many nominees the own conference received
   */
  public int collectLowerDelegates(Long ownConferenceId, List<UpperDelegate> fromBelow) {
    for (UpperDelegate d : fromBelow) {
      Nomination original = nominations.findById(d.getNominationId()).orElseThrow();
      nominations.save(Nomination.fromLowerDelegate(ownConferenceId, d.getId(), original, d.getOriginUnitCode(),
          d.getOriginUnitName()));
    }
    return fromBelow.size();
  }

  /** A conference, or empty when the id is unknown or null. */
  @Transactional(readOnly = true)
  public java.util.Optional<Conference> find(Long conferenceId) {
    return conferenceId == null ? java.util.Optional.empty() : conferences.findById(conferenceId);
  }

  /**
   * The id of a campaign's own conference (the issuer's, tier OWN).
   *
   * @throws IllegalStateException when the campaign has none (not opened yet)
   */
  @Transactional(readOnly = true)
  public Long ownOf(Long campaignId) {
    return conferences.findByCampaignIdAndTierOrderById(campaignId, Tier.OWN).stream().findFirst()
        .map(Conference::getId).orElseThrow(() -> new IllegalStateException("Campaign " + campaignId
            + " has no own conference"));
  }

  /** The administrative structure (before or after the 2025 merger) of the conference's campaign. */
  @Transactional(readOnly = true)
  public vn.thiduaflow.unit.AdminStructure structureOf(Conference conference) {
    return conferences.structureOf(conference.getCampaignId());
  }

  /** A conference; throws {@link IllegalArgumentException} when the id is unknown. */
  @Transactional(readOnly = true)
  public Conference get(Long conferenceId) {
    return find(conferenceId)
        .orElseThrow(() -> new IllegalArgumentException("No conference with id " + conferenceId));
  }

  /** A campaign's conferences of one tier, or all of them when {@code tier} is null, in creation order. */
  @Transactional(readOnly = true)
  public List<Conference> ofCampaign(Long campaignId, Tier tier) {
    return tier == null ? conferences.findByCampaignIdOrderById(campaignId)
        : conferences.findByCampaignIdAndTierOrderById(campaignId, tier);
  }

  /** The plan a conference runs under. */
  @Transactional(readOnly = true)
  public Plan planOf(Conference conference) {
    return plans.get(campaigns.findById(conference.getCampaignId()).orElseThrow().getPlanId());
  }

  /** The plan's rules for the conference's tier. */
  public TierRules tierOf(Conference conference) {
    return rulesFor(planOf(conference), conference);
  }

  /**
   * The rules of a conference under a plan: the plan's own-conference rules for the issuer, else the rules for a lower
   * conference of the unit's level ({@link Plan#lowerRulesFor}).
   */
  private static TierRules rulesFor(Plan plan, Conference conference) {
    return conference.getTier() == Tier.OWN ? plan.ownConference()
        : conference.getUnitLevel() == null ? plan.lowerConferences() : plan.lowerRulesFor(conference.getUnitLevel());
  }

  /**
   * The quota of delegates the conference may send to the level above: the plan's for the issuer's own conference; in
   * a cascade, the level's for a lower conference; null (not stated) otherwise. Where the plan leaves the numbers to
   * the upper council's standing office, the numbers it decided ({@link vn.thiduaflow.quota.DelegateQuotaService#effective}).
   */
  public Plan.UpperQuotaRule upperQuotaOf(Conference conference) {
    Plan plan = planOf(conference);
    if (conference.getTier() == Tier.OWN) {
      Plan.UpperQuotaRule own = plan.upperQuota();
      if (own == null || !own.decidedDuringCampaign()) {
        return own;
      }
      // the unit's own campaign runs below the campaign whose standing office decides its quota
      var campaign = campaigns.findById(conference.getCampaignId()).orElseThrow();
      return quotas.effective(own, campaign.getParentCampaignId(), campaign.getIssuerCode());
    }
    var level = conference.getUnitLevel() == null ? null : plan.levels().get(conference.getUnitLevel());
    return level == null ? null : quotas.effective(level.upperQuota(), conference.getCampaignId(),
        conference.getUnitCode());
  }

  /**
   * The window the conference must fall in: a pilot's own window ({@link Plan.PilotRule#window}) for a pilot — its
   * campaign's lower conference, or the own conference of the pilot's sub-campaign (a pilot district running its
   * communes' campaign); the {@link Plan.PilotRule#lowerWindow} of the unit above when that unit is a pilot that gives
   * the units below it a window of their own; else the tier's.
   */
  public DateWindow windowOf(Conference conference) {
    Plan plan = planOf(conference);
    java.util.Optional<DateWindow> pilots = conference.isPilot()
        ? pilotRule(conference, plan, conference.getUnitCode()).map(Plan.PilotRule::window)
        : pilotRule(conference, plan, conference.getUpperUnitCode()).map(Plan.PilotRule::lowerWindow);
    return pilots.orElseGet(() -> rulesFor(plan, conference).window());
  }

  /**
   * The pilot rule of a pilot conference ({@link Conference#isPilot}), from its campaign's plan or, for the own
   * conference of a sub-campaign with a plan file of its own, from the plan of the campaign above that names it.
   *
   * @return the rule; empty for a conference that is no pilot's
   */
  @Transactional(readOnly = true)
  public java.util.Optional<Plan.PilotRule> pilotRuleOf(Conference conference) {
    return conference.isPilot() ? pilotRule(conference, planOf(conference), conference.getUnitCode())
        : java.util.Optional.empty();
  }

  /**
   * The pilot rule of {@code unitCode} as the conference's campaign sees it: its plan's (a derived plan carries the
   * root's pilots, {@link PlanCatalog#derive}), else — for a plan file run below another plan — the plan above's.
   */
  private java.util.Optional<Plan.PilotRule> pilotRule(Conference conference, Plan plan, String unitCode) {
    if (unitCode == null) {
      return java.util.Optional.empty();
    }
    var own = plan.pilotFor(unitCode);
    if (own.isPresent() || plan.id().contains(PlanCatalog.DERIVED_SEPARATOR)) {
      return own;
    }
    Long above = campaigns.findById(conference.getCampaignId()).orElseThrow().getParentCampaignId();
    return above == null ? own
        : campaigns.findById(above).flatMap(c -> plans.find(c.getPlanId())).flatMap(p -> p.pilotFor(unitCode));
  }

  /**
   * Links the conference to its process instance.
   *
   * @return whether the unit is a pilot that must consult the upper council on its plan (172/KH-UBND §II.2.3): a
   *     lower conference or the own conference of a pilot's sub-campaign alike
   */
  public boolean prepare(Long conferenceId, String processInstanceId) {
    Conference conference = get(conferenceId);
    conference.setProcessInstanceId(processInstanceId);
    return pilotConsults(conference);
  }

  /**
   * Whether the conference's nominations wait for the delegates its lower units send up (a campaign's own conference
   * when the campaign has lower units): Gateway_AwaitLowerDelegates.
   */
  @Transactional(readOnly = true)
  public boolean awaitsLowerDelegates(Long conferenceId) {
    return get(conferenceId).isAwaitsLowerDelegates();
  }

  private boolean pilotConsults(Conference conference) {
    return pilotRuleOf(conference).map(Plan.PilotRule::consultUpperCouncil).orElse(false);
  }

  /**
   * Records the unit's schedule, with the plan's programme for the chosen form in plan order and no theme
   * ({@link #schedule(Long, ConferenceForm, LocalDate, String, String, Integer, boolean, String, List)}).
   *
   * @param staffCount the unit's staff (people); null keeps the figure known (sample data); required when none is
   * @throws InvalidInputException when a field is missing or out of range, or the form or date breaks the plan
   *     (FORM_ALLOWED, DATE_IN_WINDOW: the tier's forms and window, inclusive, with the clause) — nothing is kept
   */
  public void schedule(Long conferenceId, ConferenceForm form, LocalDate date, String edition, String venue,
      Integer staffCount, boolean staged) {
    schedule(conferenceId, form, date, edition, venue, staffCount, staged, null, null);
  }

  /**
   * Records the unit's schedule: form, date, edition, venue (địa điểm, at most 200 characters), theme (chủ đề, at most
   * {@value #MAX_THEME} characters), staff count, and its programme — the plan's items for the chosen form
   * ({@link #programmeOf}) in the unit's order, optional items left out — checked by {@link ConferenceRules#programme}
   * (the plan's {@code reorder}: FIXED, WITHIN_SESSION or FREE).
   *
   * @param staffCount the unit's staff (people); null keeps the figure known (sample data); required when none is
   * @param theme the conference's theme; null or blank: none
   * @param programme the form's programme rows ({@link ProgrammeChoice}); null: the plan's items for the form in plan
   *     order. Rows of items the plan keeps for other forms (the flag salute of a congress) are dropped: the form lists
   *     every item before the form is chosen
   * @throws InvalidInputException when a field is missing or out of range, or the form, date or programme breaks the
   *     plan (FORM_ALLOWED, DATE_IN_WINDOW, PROGRAMME: an unknown item, a required one missing, a ceremony after the
   *     session, a change of order the plan does not allow — each named, with the clause) — every problem at once,
   *     nothing kept
   */
  public void schedule(Long conferenceId, ConferenceForm form, LocalDate date, String edition, String venue,
      Integer staffCount, boolean staged, String theme, List<ProgrammeChoice> programme) {
    Conference conference = get(conferenceId);
    List<InvalidInputException.Violation> wrong = new ArrayList<>();
    if (form == null) {
      wrong.add(new InvalidInputException.Violation("conferenceForm", "Chưa chọn hình thức tổ chức",
          "no conference form chosen"));
    }
    if (date == null) {
      wrong.add(new InvalidInputException.Violation("conferenceDate", "Chưa nhập ngày tổ chức", "no conference date"));
    }
    if (edition != null && !edition.isBlank() && (edition.length() > MAX_EDITION || !edition.matches("[IVXLC]+"))) {
      wrong.add(new InvalidInputException.Violation("edition", "Lần thứ phải là số La Mã (I, II, … X), tối đa "
          + MAX_EDITION + " ký tự", "edition must be a Roman numeral (I, II, … X) of at most " + MAX_EDITION
          + " characters"));
    }
    if (venue != null && venue.length() > 200) {
      wrong.add(new InvalidInputException.Violation("venue", "Địa điểm dài quá 200 ký tự",
          "venue longer than 200 characters"));
    }
    if (theme != null && theme.length() > MAX_THEME) {
      wrong.add(new InvalidInputException.Violation(Fields.THEME, "Chủ đề dài quá " + MAX_THEME + " ký tự (đã nhập "
          + theme.length() + ")", "theme longer than " + MAX_THEME + " characters (" + theme.length() + ")"));
    }
    List<String> chosen = null;
    if (programme != null) {
      try {
        chosen = ProgrammeChoice.order(programme);
      } catch (InvalidInputException e) {
        wrong.addAll(e.violations());
      }
    }
    List<String> items = form == null || (programme != null && chosen == null) ? null
        : programmeFor(conference, form, chosen);
    if (staffCount != null && (staffCount < 1 || staffCount > MAX_PEOPLE)) {
      wrong.add(new InvalidInputException.Violation("staffCount", "Số cán bộ phải từ 1 đến 1.000.000",
          "staff count must be 1 to " + MAX_PEOPLE));
    } else if (staffCount == null && conference.getStaffCount() == null) {
      wrong.add(new InvalidInputException.Violation("staffCount", "Chưa nhập số cán bộ, công chức, người lao động của"
          + " đơn vị (cần để xác định hội nghị toàn thể hay đại biểu)", "the unit's staff count is not known yet: enter it"));
    }
    if (!wrong.isEmpty()) {
      // the rules of the plan are checked on what can be checked, so the user sees every problem of the form at once
      TierRules tier = tierOf(conference);
      if (form != null) {
        failed(rules.formAllowed(tier, form)).ifPresent(r -> wrong.add(ruleViolation(r)));
      }
      if (date != null) {
        failed(rules.dateInWindow(windowOf(conference), date)).ifPresent(r -> wrong.add(ruleViolation(r)));
        outsideEventsBroken(conference, date).forEach(r -> wrong.add(ruleViolation(r)));
      }
      if (items != null) {
        failed(rules.programme(programmeOf(conference), form, items)).ifPresent(r -> wrong.add(ruleViolation(r)));
      }
      throw new InvalidInputException(wrong);
    }
    String edit = edition == null || edition.isBlank()
        ? tierOf(conference).edition() : edition;
    conference.schedule(form, date, edit, venue == null || venue.isBlank() ? null : venue,
        staffCount == null ? conference.getStaffCount() : staffCount,
        staffCount == null && conference.isStaffCountSample(), staged);
    conference.setProgramme(items);
    conference.setTheme(theme == null || theme.isBlank() ? null : theme);
    List<RuleResult> results = new ArrayList<>(planResults(conference));
    results.add(rules.programme(programmeOf(conference), form, items));
    refuseBroken(results);
  }

  /**
   * The programme a conference follows: its level's where the plan gives one, else the plan's
   * ({@link Plan#programmeFor}).
   */
  @Transactional(readOnly = true)
  public Plan.ProgrammeRule programmeOf(Conference conference) {
    return planOf(conference).programmeFor(conference.getTier(), conference.getUnitLevel());
  }

  /** The unit's item codes for the form: the plan's in plan order when it chose none, else its own minus other forms'. */
  private List<String> programmeFor(Conference conference, ConferenceForm form, List<String> chosen) {
    Plan.ProgrammeRule rule = programmeOf(conference);
    if (chosen == null) {
      return rule.itemsFor(form).stream().map(ProgrammeItem::code).toList();
    }
    return chosen.stream().filter(code -> rule.item(code).map(i -> i.appliesTo(form)).orElse(true)).toList();
  }

  private static java.util.Optional<RuleResult> failed(RuleResult r) {
    return r.passed() ? java.util.Optional.empty() : java.util.Optional.of(r);
  }

  private static InvalidInputException.Violation ruleViolation(RuleResult r) {
    return new RuleViolationException(fieldOf(r.rule()), r).violations().get(0);
  }

  /** Replaces the conference's programme (item codes in order); checked with the composition. */
  public void setProgramme(Long conferenceId, List<String> items) {
    get(conferenceId).setProgramme(items);
  }

  /**
   * Checks the schedule against the plan: form allowed, date in the window; decides plenary or delegate conference;
   * generates the official name.
   */
  public Outcome checkPlan(Long conferenceId) {
    Conference conference = get(conferenceId);
    Plan plan = planOf(conference);
    TierRules tier = tierOf(conference);
    List<RuleResult> results = planResults(conference);
    conference.setAttendanceMode(rules.attendanceMode(tier, conference.getStaffCount()));
    if (conference.getForm() != null && conference.getScheduledOn() != null) {
      nameConference(conference, plan);
    }
    return decisions.record(conference.getCampaignId(), conferenceId, results);
  }

  private List<RuleResult> planResults(Conference conference) {
    TierRules tier = tierOf(conference);
    Plan.DeadlineRule dossier = planOf(conference).dossierDeadlineFor(tier);
    List<RuleResult> results = new ArrayList<>(List.of(
        rules.formAllowed(tier, conference.getForm()),
        rules.dateInWindow(windowOf(conference), conference.getScheduledOn()),
        rules.dossierBeforeConference(dossier.fixedDate(), dossier.clause(), conference.getScheduledOn()),
        rules.attendance(tier, conference.getStaffCount())));
    results.addAll(outsideEvents.check(conference.getCampaignId(), planOf(conference), tier,
        conference.getScheduledOn()));
    return results;
  }

  /**
   * The tier's outside-event rules ({@code relativeTo}: strictly before or after an event such as the provincial Party
   * congress, rule OUTSIDE_EVENT_ORDER) that a day breaks, at the events' current dates for the conference's campaign;
   * used at scheduling and by every reschedule ({@link ConferenceDateService}).
   */
  public List<RuleResult> outsideEventsBroken(Conference conference, LocalDate day) {
    return outsideEvents.broken(conference.getCampaignId(), planOf(conference), tierOf(conference), day);
  }

  /**
   * Refuses a form whose values break plan rules, so the task stays open and nothing is written (the engine rolls
   * the completion back): every broken rule at once, each with its clause, against the form field it concerns.
   *
   * @throws RuleViolationException naming each field, what the rule requires (Vietnamese), the figures and the clause
   */
  private static void refuseBroken(List<RuleResult> results) {
    Map<RuleResult, String> broken = new java.util.LinkedHashMap<>();
    for (RuleResult r : results) {
      if (!r.passed()) {
        broken.put(r, fieldOf(r.rule()));
      }
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
  }

  /** The form field (Camunda Form key) a broken rule is reported against. */
  private static String fieldOf(vn.thiduaflow.rule.Rule rule) {
    return switch (rule) {
      case FORM_ALLOWED -> Fields.CONFERENCE_FORM;
      case DATE_IN_WINDOW, DOSSIER_BEFORE_CONFERENCE, OUTSIDE_EVENT_ORDER -> Fields.CONFERENCE_DATE;
      case ATTENDANCE_MODE -> Fields.STAFF_COUNT;
      case DELEGATE_CAP, EXEMPLAR_SHARE, DELEGATION_NUMBERS -> Fields.EXEMPLAR_DELEGATES;
      case PRESIDIUM -> Fields.PRESIDIUM_SIZE;
      case UPPER_QUOTA -> Fields.UPPER_COLLECTIVES;
      case PRESENTATION_MIX -> Fields.PRESENTATIONS_INDIVIDUAL;
      case PROGRAMME -> Fields.PROGRAMME_ITEMS;
      default -> "composition";
    };
  }

  /** Records that the unit sent its nominations today (engine date). */
  public void submitNominations(Long conferenceId, boolean sent) {
    submitNominations(conferenceId, sent, null);
  }

  /**
   * Records that the unit sent its nominations today (engine date), with the secretary's note.
   *
   * @param note the note sent with the list, at most 2,000 characters; null for none
   * @throws InvalidInputException when the sending is not confirmed or the note is too long
   */
  public void submitNominations(Long conferenceId, boolean sent, String note) {
    if (note != null && note.length() > 2000) {
      throw new InvalidInputException(Fields.NOMINATIONS_NOTE, "Ghi chú dài quá 2000 ký tự",
          "note longer than 2000 characters");
    }
    get(conferenceId).setNominationsNote(note);
    submitNominationsSent(conferenceId, sent);
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
    if (opinion != null && opinion.length() > 2000) {
      wrong.add(new InvalidInputException.Violation(Fields.PILOT_PLAN_OPINION, "Ý kiến dài quá 2000 ký tự",
          "opinion longer than 2000 characters"));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    get(conferenceId).setPilotPlanOpinion(opinion);
  }

  private void submitNominationsSent(Long conferenceId, boolean sent) {
    if (!sent) {
      throw new InvalidInputException("nominationsSent", "Cần xác nhận đã gửi báo cáo, danh sách và tóm tắt thành tích",
          "confirm that the report, nominee list and achievement summaries were sent");
    }
    get(conferenceId).setNominationsSubmittedOn(EngineClock.today());
  }

  /** Checks nominations: sent on time, and each nominee recognized within the plan's period (others excluded). */
  public Outcome checkNominations(Long conferenceId) {
    Conference conference = get(conferenceId);
    Plan plan = planOf(conference);
    int year = conference.getScheduledOn().getYear();
    List<Nomination> list = nominations.findByConferenceIdOrderById(conferenceId);
    int eligibleCount = 0;
    for (Nomination n : list) {
      boolean ok = eligibility.eligible(plan.nomineeEligibility(), n.getRecognizedYear(), year);
      n.setEligible(ok);
      eligibleCount += ok ? 1 : 0;
    }
    return decisions.record(conference.getCampaignId(), conferenceId, List.of(
        dossierRules.nominationsOnTime(plan.nominationDeadlineFor(tierOf(conference)), conference.getScheduledOn(),
            conference.getNominationsSubmittedOn()),
        eligibility.check(plan.nomineeEligibility(), eligibleCount, list.size(), year)));
  }

  /**
   * Records the proposed composition and opens a new vote round.
   *
   * @throws InvalidInputException when a count is negative or above a million, or the composition breaks a plan rule
   *     checked by {@link #checkComposition} (delegate cap, exemplar share, presidium, upper quota, presentations,
   *     programme, national delegation numbers) — nothing is kept and no round opens
   */
  public void propose(Long conferenceId, Composition c) {
    int[] values = {c.exemplarDelegates(), c.guestDelegates(), c.presidiumSize(), c.presidiumExemplars(),
        c.presentationsResidential(), c.presentationsMassOrg(), c.presentationsAgency(), c.presentationsIndividual(),
        c.upperCollectives(), c.upperIndividuals()};
    for (int v : values) {
      if (v < 0 || v > MAX_PEOPLE) {
        throw new InvalidInputException("composition", "Số lượng phải từ 0 đến 1.000.000",
            "counts must be 0 to " + MAX_PEOPLE);
      }
    }
    Conference conference = get(conferenceId);
    conference.compose(c.exemplarDelegates(), c.guestDelegates(), c.presidiumSize(), c.presidiumExemplars(),
        c.presentationsResidential(), c.presentationsMassOrg(), c.presentationsAgency(), c.presentationsIndividual(),
        c.upperCollectives(), c.upperIndividuals());
    refuseBroken(compositionResults(conference));
    conference.startVoteRound();
  }

  /** Checks the composition: delegate cap, exemplar share, presidium, upper quota, presentation mix, programme. */
  public Outcome checkComposition(Long conferenceId) {
    Conference c = get(conferenceId);
    return decisions.record(c.getCampaignId(), conferenceId, compositionResults(c));
  }

  private List<RuleResult> compositionResults(Conference c) {
    Plan plan = planOf(c);
    TierRules tier = tierOf(c);
    Map<PresentationSource, Integer> mix = new EnumMap<>(PresentationSource.class);
    for (PresentationSource s : PresentationSource.values()) {
      mix.put(s, c.presentations(s));
    }
    List<RuleResult> results = new ArrayList<>(List.of(
        rules.delegateCap(tier, c.getAttendanceMode(), c.totalDelegates()),
        rules.exemplarShare(tier.composition(), c.getExemplarDelegates(), c.getGuestDelegates()),
        rules.presidium(plan.presidiumFor(tier), c.isStagedFormat(), c.getPresidiumSize(), c.getPresidiumExemplars()),
        rules.upperQuota(upperQuotaOf(c), c.getUpperCollectives(), c.getUpperIndividuals()),
        rules.presentationMix(plan.presentations(), mix),
        rules.programme(programmeOf(c), c.getForm(), c.programmeItems())));
    if (tier.delegation() != null) {
      results.add(rules.delegationNumbers(tier.delegation(), c.getExemplarDelegates(), c.getGuestDelegates()));
    }
    return results;
  }

  /** Marks the council's vote as standing (each nominee's approval is the ballot count's: BallotService.tally). */
  public void markVoted(Long conferenceId) {
    get(conferenceId).setStatus(ConferenceStatus.VOTED);
  }

  /**
   * Marks the dossier sent to the upper council today. The dossier's documents are checked, and the submission
   * recorded, by {@code vn.thiduaflow.dossier.DossierService#submit}, which calls this.
   */
  public void submitDossier(Long conferenceId) {
    get(conferenceId).setDossierSubmittedOn(EngineClock.today());
  }

  /**
   * Marks the upper council's decision today: approved, or returned for revision. The review itself (reasons, a
   * finding per document) is checked and recorded by {@code vn.thiduaflow.dossier.DossierService#review}, which calls
   * this.
   */
  public void reviewDossier(Long conferenceId, boolean approved) {
    Conference conference = get(conferenceId);
    if (approved) {
      conference.setDossierApprovedOn(EngineClock.today());
    } else {
      conference.setStatus(ConferenceStatus.DOSSIER_RETURNED);
    }
  }

  /**
   * The latest reason the upper council gave for returning the dossier, or null (the documents to revise:
   * {@code vn.thiduaflow.dossier.DossierService#lastReturn}).
   */
  @Transactional(readOnly = true)
  public String lastReturnReason(Long conferenceId) {
    return dossiers.lastReturnReason(conferenceId).orElse(null);
  }

  /** Checks the approval date against the dossier rule, and the (possibly moved) date against the window. */
  public Outcome checkDossierTiming(Long conferenceId) {
    Conference c = get(conferenceId);
    Plan plan = planOf(c);
    RuleResult onTime = dossierRules.dossierOnTime(plan.dossierDeadlineFor(tierOf(c)), c.getScheduledOn(),
        c.getDossierApprovedOn());
    RuleResult window = rules.dateInWindow(windowOf(c), c.getScheduledOn());
    c.setDossierOnTime(onTime.passed());
    return decisions.record(c.getCampaignId(), conferenceId, List.of(onTime, window));
  }

  /** Marks the conference's results reported upward. */
  public void markReported(Long conferenceId) {
    get(conferenceId).setStatus(ConferenceStatus.REPORTED);
  }

  /** One line for task descriptions: unit, form and date, official name once known. */
  @Transactional(readOnly = true)
  public String describe(Long conferenceId) {
    Conference c = get(conferenceId);
    // counted by the database: every task is described when it is created (nine ballots per vote round), and a top
    // conference has thousands of nominees to load for two numbers
    long nominees = nominations.countByConferenceId(conferenceId);
    long fromBelow = nominations.countByConferenceIdAndOriginUnitCodeIsNotNull(conferenceId);
    StringBuilder s = new StringBuilder(c.getUnitName());
    if (c.isPilot()) {
      s.append(" (đơn vị chỉ đạo điểm)");
    }
    if (c.getScheduledOn() != null) {
      s.append(" — ").append(c.getForm().label()).append(" ngày ").append(c.getScheduledOn());
    }
    s.append(" — ").append(nominees).append(fromBelow > 0 ? " đề cử (" + fromBelow + " do cấp dưới gửi lên)"
        : " đề cử (dữ liệu mẫu)");
    String reason = c.getStatus() == ConferenceStatus.DOSSIER_RETURNED ? lastReturnReason(conferenceId) : null;
    if (reason != null) {
      s.append(" — Hồ sơ bị trả lại: ").append(reason);
    }
    return s.toString();
  }

  /** Sets the official name from the plan's template, the venue (or the unit's short name) and the current date. */
  void nameConference(Conference conference, Plan plan) {
    String place = conference.getVenue() != null ? conference.getVenue()
        : AdministrativeUnit.shortName(conference.getUnitName());
    conference.setOfficialName(names.officialName(plan, rulesFor(plan, conference), conference.getForm(), conference.getUnitName(), place,
        conference.getEdition(), conference.getScheduledOn()));
  }
}

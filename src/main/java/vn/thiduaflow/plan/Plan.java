package vn.thiduaflow.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A plan (Kế hoạch) as data: every rule the workflow enforces, each with the clause of the plan it comes from. One YAML
 * file per plan under {@code src/main/resources/plans/} (or {@code thiduaflow.plans.extra-dir}); loaded and validated at
 * start-up by {@link PlanCatalog}. Rules a plan does not state are {@code null} and are not enforced.
 *
 * @param id stable identifier used on the command line and in campaigns, kebab-case
 * @param number the plan's number, e.g. "172/KH-UBND"
 * @param issuedOn the date the plan was signed, or only its month when the day is not known ({@link IssueDate}: file
 *     value {@code 2025-01-06} or {@code 2014-05})
 * @param title the plan's title (Vietnamese)
 * @param source where the text of the plan comes from (seed file or public address)
 * @param issuer the issuing unit, identified in a real administrative-unit list
 * @param term the emulation period named in official names, e.g. "2025 - 2030"
 * @param ownConference rules for the issuing unit's own conference
 * @param lowerConferences rules for the conferences of the units below the issuer; null when the plan has none
 * @param pilot the single pilot unit of the old form (file key {@code pilot}); null when the file has none or lists
 *     {@code pilots}. Read {@link #pilots()} or {@link #pilotFor}: this one is kept as written so that older files keep
 *     loading and {@link PlanReader} can refuse a file that gives both
 * @param presidium size and composition of the presidium; null when not stated
 * @param programme programme items, in order, and how far a unit may reorder them; a level may have its own
 *     ({@link #programmeFor})
 * @param officialName official-name templates per conference form
 * @param dossier when the dossier must be approved by the upper council (N calendar days before, or a fixed date) and
 *     which documents it contains ({@link DossierRule#documents()}: the plan's list, else the four of the general rule)
 * @param nominationDeadline when units must have sent their nominations
 * @param nomineeEligibility period in which a nominee must have been recognized; null when not stated
 * @param upperQuota delegates this unit may send to the upper-level conference; null when not stated
 * @param presentations presentation mix at the conference; null when not stated
 * @param schedule dated steps (Văn Yên); empty when the plan gives none
 * @param reporting reporting duty to the upper level
 * @param councilVote the council's approval threshold of all members (percent), optionally per title ({@code byTitle})
 * @param implementsPlan id of the upper level's plan this plan carries out (file key {@code implements}); when a
 *     campaign of that plan reaches this plan's issuer, this plan's rules apply there instead of the derived ones
 * @param levels rules per level for the campaigns this plan sets off below it (a cascade: national → province →
 *     district → commune); empty when the plan's lower units only hold conferences. Key {@code AGENCY_BELOW}: the
 *     rules of the agencies below an agency (a department's grassroots agencies, {@link #levelOf}), instead of AGENCY's
 * @param organizations agencies, enterprises and emulation blocks the plan names as units, each below an
 *     administrative unit or another organization
 * @param lowerReports when the lower units' reports are due at this level; null: when the lower window closes
 * @param deadlines the council vote, the upper council's review time, the results report and the reminder lead;
 *     never null after construction (missing entries take {@link DeadlineRules#withDefaults defaults})
 * @param outsideEvents events outside the workflow the plan names with their dates (a Party congress), which tiers'
 *     conferences must precede or follow ({@link TierRules#relativeTo()}); codes unique; never null (absent: empty)
 * @param submissions what units must send to a named office by a date before their conference ({@link SubmissionRule},
 *     issue 22); never null (absent: empty)
 * @param organizingCommittee the organizing committee (Ban Tổ chức) units must set up, with its sub-committees; null when
 *     the plan requires none
 * @param pilots the pilot units (chỉ đạo điểm), each with its own window (issue 22): any unit of the plan's hierarchy —
 *     an administrative unit at any depth below the issuer or one of its {@link #organizations}; never null after
 *     construction (absent: the old single {@code pilot} as a one-element list, else empty); each unit at most once
 *     (checked by {@link PlanReader})
 * @param duties the plan's division of work (Tổ chức thực hiện / Phân công trách nhiệm, issue 22): who does what for
 *     which conferences by when ({@link DutyRule}), each a task of its holder; never null (absent: empty)
 * @param supervision council members supervise the units' conferences, assigned by the standing office of the council
 *     above while the campaign runs ({@link SupervisionRule}); null when the plan says nothing of it
 */
public record Plan(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be kebab-case (a-z, 0-9, -)") String id,
    @NotBlank String number,
    @NotNull IssueDate issuedOn,
    @NotBlank String title,
    @NotBlank String source,
    @NotNull @Valid Issuer issuer,
    @NotBlank String term,
    @NotNull @Valid TierRules ownConference,
    @Valid TierRules lowerConferences,
    @Valid PilotRule pilot,
    @Valid PresidiumRule presidium,
    @NotNull @Valid ProgrammeRule programme,
    @NotNull @Valid OfficialNameRule officialName,
    @NotNull @Valid DossierRule dossier,
    @NotNull @Valid DeadlineRule nominationDeadline,
    @Valid EligibilityRule nomineeEligibility,
    @Valid UpperQuotaRule upperQuota,
    @Valid PresentationRule presentations,
    List<@NotNull @Valid ScheduleEntry> schedule,
    @NotNull @Valid ReportingRule reporting,
    @NotNull @Valid VoteRule councilVote,
    @JsonProperty("implements") @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a plan id") String implementsPlan,
    Map<@NotNull UnitLevel, @NotNull @Valid LevelRules> levels,
    List<@NotNull @Valid Organization> organizations,
    @Valid ReportDeadlineRule lowerReports,
    @Valid DeadlineRules deadlines,
    List<@NotNull @Valid OutsideEvent> outsideEvents,
    List<@NotNull @Valid SubmissionRule> submissions,
    @Valid OrganizingCommitteeRule organizingCommittee,
    List<@NotNull @Valid PilotRule> pilots,
    List<@NotNull @Valid DutyRule> duties,
    @Valid SupervisionRule supervision) {

  public Plan {
    duties = duties == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(duties)); // may hold nulls until validated
    deadlines = DeadlineRules.withDefaults(deadlines, schedule);
    schedule = schedule == null ? List.of() : List.copyOf(schedule);
    levels = levels == null ? Map.of() : Map.copyOf(levels);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    outsideEvents = outsideEvents == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(outsideEvents)); // may hold nulls until validated (List.copyOf would throw)
    submissions = submissions == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(submissions)); // may hold nulls until validated
    // the old single `pilot:` is the one-element list; when both are given the list stays as given and PlanReader
    // refuses the file (pilotsGivenTwice)
    pilots = pilots == null ? (pilot == null ? List.of() : List.of(pilot))
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pilots)); // may hold nulls until validated
  }

  /** The pilot rule of the unit with this code, if the plan names it as a pilot ({@link #pilots}). */
  public Optional<PilotRule> pilotFor(String unitCode) {
    return pilots.stream().filter(p -> p != null && p.unitCode().equals(unitCode)).findFirst();
  }

  /**
   * The window a pilot rule gives the conference of the unit {@code unitCode} held below {@code upperUnitCode}: the
   * pilot's own {@link PilotRule#window} when the unit is a pilot; the {@link PilotRule#lowerWindow} of the unit above
   * when that unit is a pilot that gives its units an earlier window of their own; empty when neither applies (the
   * tier's window does).
   */
  public Optional<DateWindow> pilotWindow(String unitCode, String upperUnitCode) {
    Optional<PilotRule> own = pilotFor(unitCode);
    if (own.isPresent()) {
      return Optional.of(own.get().window());
    }
    return upperUnitCode == null ? Optional.empty()
        : pilotFor(upperUnitCode).map(PilotRule::lowerWindow).filter(java.util.Objects::nonNull);
  }

  /** Whether the file gave both the old single {@code pilot} and the list {@code pilots}. */
  boolean pilotsGivenTwice() {
    return pilot != null && !(pilots.size() == 1 && pilots.get(0) == pilot);
  }

  /** The outside event with this code ({@link OutsideEvent#code()}), if the plan names one. */
  public Optional<OutsideEvent> outsideEvent(String code) {
    return outsideEvents.stream().filter(e -> e != null && e.code().equals(code)).findFirst();
  }

  /** True when the plan sets off campaigns below it ({@link #levels} given). */
  public boolean cascades() {
    return !levels.isEmpty();
  }

  /**
   * The rules for a lower-tier conference held by a unit of the given level: the level's rules in a cascade, else
   * {@link #lowerConferences}.
   *
   * @throws IllegalStateException when the plan has no rules for lower conferences at all
   */
  public TierRules lowerRulesFor(UnitLevel level) {
    LevelRules rules = levels.get(level);
    if (rules != null) {
      return rules.conference();
    }
    if (lowerConferences == null) {
      throw new IllegalStateException("Plan " + id + " has no rules for conferences of level " + level);
    }
    return lowerConferences;
  }

  /**
   * The programme of a conference held by a unit of the given level: the level's own ({@link LevelRules#programme})
   * where the conference follows that level's rules — a lower conference of a level in {@link #levels}, or the own
   * conference of a plan derived for a unit of that level ({@link PlanCatalog#derive}) — else {@link #programme}.
   *
   * @param tier the conference's tier
   * @param level the level of the unit holding it; null: the plan's programme
   */
  public ProgrammeRule programmeFor(Tier tier, UnitLevel level) {
    LevelRules rules = level == null ? null : levels.get(level);
    boolean levelsConference = rules != null && (tier == Tier.LOWER || rules.conference() == ownConference);
    return levelsConference && rules.programme() != null ? rules.programme() : programme;
  }

  /**
   * The presidium rule of a conference under the given tier rules: the tier's own, else the plan's when it binds every
   * tier or {@code tier} is this plan's own conference ({@link PresidiumScope}); null when none applies.
   */
  public PresidiumRule presidiumFor(TierRules tier) {
    if (tier.presidium() != null) {
      return tier.presidium();
    }
    if (presidium == null) {
      return null;
    }
    return presidium.appliesTo() == PresidiumScope.EVERY_TIER || tier == ownConference ? presidium : null;
  }

  /** The official-name templates of a conference under the given tier rules: the tier's own, else the plan's. */
  public OfficialNameRule officialNameFor(TierRules tier) {
    return tier.officialName() != null ? tier.officialName() : officialName;
  }

  /** The nomination deadline of a conference under the given tier rules: the tier's own, else the plan's. */
  public DeadlineRule nominationDeadlineFor(TierRules tier) {
    return tier.deadlines() != null && tier.deadlines().nominationDeadline() != null
        ? tier.deadlines().nominationDeadline() : nominationDeadline;
  }

  /**
   * The dossier deadline of a conference under the given tier rules: the tier's own, else the plan's
   * ({@link DossierRule#deadline()}); the documents are always the plan's.
   */
  public DeadlineRule dossierDeadlineFor(TierRules tier) {
    return tier.deadlines() != null && tier.deadlines().dossier() != null ? tier.deadlines().dossier()
        : dossier.deadline();
  }

  /** The council-vote deadline of a conference under the given tier rules: the tier's own, else the plan's. */
  public DeadlineRule councilVoteFor(TierRules tier) {
    return tier.deadlines() != null && tier.deadlines().councilVote() != null ? tier.deadlines().councilVote()
        : deadlines.councilVote();
  }

  /** The results-report limit of a conference under the given tier rules: the tier's own, else the plan's. */
  public TimeLimit resultsReportFor(TierRules tier) {
    return tier.deadlines() != null && tier.deadlines().resultsReport() != null ? tier.deadlines().resultsReport()
        : deadlines.resultsReport();
  }

  /**
   * The level whose rules an organization follows (issue 22: the units below a department get their level's rules, not
   * the department's): {@link UnitLevel#AGENCY_BELOW} for an agency whose parent is another agency of the plan (a
   * provincial department's own grassroots agencies) when the plan gives {@code levels.AGENCY_BELOW}; else its
   * {@link Organization#kind()}, as before (an agency in an emulation block, or a plan without that block).
   */
  public UnitLevel levelOf(Organization organization) {
    if (organization.kind() == UnitLevel.AGENCY && levels.containsKey(UnitLevel.AGENCY_BELOW)
        && organizations.stream().anyMatch(o -> o != null && o.code().equals(organization.parent())
            && o.kind() == UnitLevel.AGENCY)) {
      return UnitLevel.AGENCY_BELOW;
    }
    return organization.kind();
  }

  /** The organizations directly below the unit with this code, in file order. */
  public List<Organization> organizationsBelow(String unitCode) {
    return organizations.stream().filter(o -> o.parent().equals(unitCode)).toList();
  }

  /** The dated schedule entry for a step, if the plan has a dated schedule. */
  public Optional<ScheduleEntry> scheduled(ScheduleStep step) {
    return schedule.stream().filter(e -> e.step() == step).findFirst();
  }

  /** Which conferences of a campaign a rule block applies to. */
  public enum Tier {
    /** The issuing unit's own conference. */
    OWN,
    /** The conferences of the units below the issuer (communes, wards, agencies, enterprises). */
    LOWER
  }

  /**
   * The issuing unit.
   *
   * @param adminStructure which structure of local government the plan is written for
   * @param unitCode the unit's code in the plan's unit list, or the code of one of the plan's {@code organizations}
   *     (issue 22: a ministry or a provincial department issuing the plan of its own agencies and enterprises; the
   *     organization's parent is an administrative unit, the unit above the issuer)
   * @param name the unit's full name, checked against the list (or the organization) so a wrong code is caught
   * @param unitList the id of the unit list the plan was written against (issue 22: a list of a past date, e.g. the
   *     2014 list, {@link vn.thiduaflow.unit.UnitList}); it must belong to {@code adminStructure}. Every unit of the
   *     plan (issuer, lower units, pilots, organizations' parents, nominees' origins, campaigns) is resolved in that
   *     list, by its names of that date. Null (absent): today's list of the structure, as before
   */
  public record Issuer(@NotNull AdminStructure adminStructure, @NotBlank String unitCode, @NotBlank String name,
      @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a unit list id (kebab-case)") String unitList) {

    /** An issuer on today's list of its structure. */
    public Issuer(AdminStructure adminStructure, String unitCode, String name) {
      this(adminStructure, unitCode, name, null);
    }
  }

  /**
   * Rules for one tier of conferences.
   *
   * @param clause the clause these rules come from
   * @param units for the lower tier: which units hold conferences ({@code all-children} or a list of codes)
   * @param forms conference forms the tier may choose
   * @param window dates the conference must fall within (inclusive)
   * @param duration how long the conference lasts
   * @param attendance plenary conference below a staff count, delegate conference above; null when not stated
   * @param delegateCap most delegates (people) at the conference (for a tier with attendance rule: at a delegate
   *     conference)
   * @param composition exemplar share vs guests and leaders (percent); null when not stated
   * @param edition "Lần thứ …" of the conference (Roman numeral) when the plan states it
   * @param delegation fixed numbers of official and guest delegates and of delegations (the national congress);
   *     null when not stated
   * @param presidium this tier's own presidium rule, instead of the plan's ({@link Plan#presidiumFor}); null: the
   *     plan's where it applies to every tier
   * @param officialName this tier's own official-name templates, instead of the plan's ({@link Plan#officialNameFor})
   * @param deadlines this tier's own deadlines, each instead of the plan's ({@link Plan#nominationDeadlineFor},
   *     {@link Plan#dossierDeadlineFor}, {@link Plan#councilVoteFor}, {@link Plan#resultsReportFor}); null: the plan's
   * @param relativeTo outside events of the plan ({@link Plan#outsideEvents()}) this tier's conferences must be held
   *     strictly before or strictly after, each with its clause; never null (absent: empty)
   */
  public record TierRules(
      @NotBlank String clause,
      @Valid UnitSelection units,
      @NotEmpty List<@NotNull ConferenceForm> forms,
      @NotNull @Valid DateWindow window,
      @NotNull ConferenceDuration duration,
      @Valid AttendanceRule attendance,
      @NotNull @Valid Cap delegateCap,
      @Valid CompositionRule composition,
      @Pattern(regexp = "[IVXLC]+", message = "must be a Roman numeral (I, II, … X)") String edition,
      @Valid DelegationRule delegation,
      @Valid PresidiumRule presidium,
      @Valid OfficialNameRule officialName,
      @Valid TierDeadlines deadlines,
      List<OutsideEvent.@NotNull @Valid Relation> relativeTo) {

    public TierRules {
      relativeTo = relativeTo == null ? List.of() : java.util.Collections.unmodifiableList(
          new java.util.ArrayList<>(relativeTo)); // may hold nulls until validated (List.copyOf would throw)
    }

    /** Rules without a presidium, names or deadlines of the tier's own (the plan's apply). */
    public TierRules(String clause, UnitSelection units, List<ConferenceForm> forms, DateWindow window,
        ConferenceDuration duration, AttendanceRule attendance, Cap delegateCap, CompositionRule composition,
        String edition, DelegationRule delegation) {
      this(clause, units, forms, window, duration, attendance, delegateCap, composition, edition, delegation, null, null,
          null, null);
    }
  }

  /**
   * Deadlines of one tier (or level) that differ from the plan's: each entry replaces the plan's one for the
   * conferences of that tier; a missing entry keeps the plan's. Plan file, under a tier's rules:
   * <pre>
   * deadlines:
   *   nominationDeadline: { daysBeforeConference: 10, clause: "§III.1" }
   *   dossier: { workingDaysBeforeConference: 5, clause: "§III.2" }
   * </pre>
   *
   * @param nominationDeadline when the units below must have sent nominations
   * @param dossier when the dossier must be approved by the upper council (the documents stay the plan's)
   * @param councilVote by when the council meets and votes
   * @param resultsReport how long after the conference its results are reported upward
   */
  public record TierDeadlines(@Valid DeadlineRule nominationDeadline, @Valid DeadlineRule dossier,
      @Valid DeadlineRule councilVote, @Valid TimeLimit resultsReport) {}

  /**
   * Fixed delegate numbers of a congress (people), e.g. the 11th National Congress: 2,223 delegates = 2,025 official
   * + 198 guests, in 105 delegations.
   *
   * @param officialDelegates most official delegates (the exemplars the delegations send)
   * @param guestDelegates most guest delegates
   * @param delegations the number of delegations (units directly below that send delegates)
   * @param clause source
   * @param groups the congress's delegate groups the plan names (standing committee, national emulation fighters,
   *     heroes, Vietnamese Heroic Mothers, leaders, guests and press…), each with its count; empty when not named.
   *     The official groups add up to at most {@code officialDelegates}, the guest groups to at most
   *     {@code guestDelegates} (checked by {@link PlanReader})
   */
  public record DelegationRule(
      @Positive int officialDelegates, @PositiveOrZero int guestDelegates, @Positive int delegations,
      @NotBlank String clause, List<@NotNull @Valid DelegateGroup> groups) {

    public DelegationRule {
      groups = groups == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
    }

    /** Numbers without named groups. */
    public DelegationRule(int officialDelegates, int guestDelegates, int delegations, String clause) {
      this(officialDelegates, guestDelegates, delegations, clause, null);
    }

    /** People in the named groups of one kind (official or guest). */
    public int groupTotal(boolean guests) {
      return groups.stream().filter(g -> g.guests() == guests).mapToInt(DelegateGroup::count).sum();
    }
  }

  /**
   * One delegate group of a congress, e.g. { code: HEROIC_MOTHERS, label: "Bà mẹ Việt Nam anh hùng", count: 20 }.
   *
   * @param code stable code, UPPER_SNAKE_CASE, unique in the congress
   * @param label the group's name as the plan writes it (Vietnamese)
   * @param count people in the group
   * @param guests true for a group of guests (khách mời: leaders, press), false for official delegates
   * @param clause the clause that names it
   */
  public record DelegateGroup(
      @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
      @NotBlank @jakarta.validation.constraints.Size(max = 200) String label,
      @Positive int count,
      boolean guests,
      @NotBlank String clause) {}

  /**
   * Rules for the campaigns of one level below a cascading plan.
   *
   * @param conference the rules for a conference of a unit of this level; its {@code units} selects which units of
   *     this level take part below their parent (null: all)
   * @param upperQuota delegates a unit of this level sends to the level above; null when not stated
   * @param programme the programme of a conference of a unit of this level, instead of the plan's
   *     ({@link Plan#programmeFor}); null: the plan's
   */
  public record LevelRules(@NotNull @Valid TierRules conference, @Valid UpperQuotaRule upperQuota,
      @Valid ProgrammeRule programme) {}

  /**
   * An agency, enterprise or emulation block a plan names as a unit.
   *
   * @param code the plan's code for it, UPPER-CASE letters, digits and dashes (never clashes with the numeric
   *     administrative codes)
   * @param name full name (Vietnamese)
   * @param kind {@link UnitLevel#AGENCY}, {@link UnitLevel#ENTERPRISE} or {@link UnitLevel#EMULATION_BLOCK}
   * @param parent code of the unit it reports to: an administrative unit (the issuer or below) or another organization
   * @param sample true when the plan does not name it and it stands for the units the plan describes
   * @param clause source clause
   * @param secondParent code of a second unit it answers to (dual subordination, e.g. a provincial branch of a
   *     ministry under the province and the ministry's own block); null when none. Its people may be nominated at
   *     either parent's conference
   * @param verticalLine the levels below its administrative parent from which it invites delegates of its own sector
   *     (hệ thống dọc: a provincial department's district offices and commune staff); null when none
   */
  public record Organization(
      @NotBlank @jakarta.validation.constraints.Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9-]*", message = "must be UPPER-CASE letters, digits and dashes") String code,
      @NotBlank String name,
      @NotNull UnitLevel kind,
      @NotBlank String parent,
      boolean sample,
      @NotBlank String clause,
      String secondParent,
      @Valid VerticalLine verticalLine) {

    /** An organization answering to one parent, without a vertical line. */
    public Organization(String code, String name, UnitLevel kind, String parent, boolean sample, String clause) {
      this(code, name, kind, parent, sample, clause, null, null);
    }
  }

  /**
   * A sector's vertical line (hệ thống dọc): the levels of administrative units below an organization's parent whose
   * sector staff the organization's conference may nominate, e.g. the provincial Department of Health inviting the
   * health staff of its districts and communes.
   *
   * @param levels the administrative levels reached, below the administrative unit the organization belongs to
   *     (DISTRICT, COMMUNE for a provincial department; PROVINCE, DISTRICT, COMMUNE for a ministry's), at least one
   * @param clause the clause of the plan that says so
   */
  public record VerticalLine(@NotEmpty List<@NotNull UnitLevel> levels, @NotBlank String clause) {}

  /**
   * When the lower units' reports are due at the issuing unit: N calendar days after the lower window's last day, or a
   * fixed date. After it the council chair decides per missing unit: wait longer, or waive it with a reason.
   *
   * @param daysAfterLowerWindow calendar days after the last day of the lower units' window
   * @param fixedDate a fixed due day
   * @param statedInPlan false when the plan is silent and the value is the workflow's default
   * @param clause source clause, or why this value applies
   */
  public record ReportDeadlineRule(
      @PositiveOrZero Integer daysAfterLowerWindow, LocalDate fixedDate,
      @JsonProperty(defaultValue = "true") Boolean statedInPlan, @NotBlank String clause) {

    /** The due day for lower units whose window ends on {@code lowerWindowEnd}. */
    public LocalDate dueFor(LocalDate lowerWindowEnd) {
      return fixedDate != null ? fixedDate : lowerWindowEnd.plusDays(daysAfterLowerWindow);
    }
  }

  /**
   * The units below the issuer that hold conferences.
   *
   * @param allChildren every unit directly below the issuer in the unit list
   * @param unitCodes an explicit list of unit codes (children of the issuer)
   */
  public record UnitSelection(boolean allChildren, List<@NotBlank String> unitCodes) {
    public UnitSelection {
      unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
  }

  /**
   * An inclusive date window.
   *
   * @param from first allowed day
   * @param to last allowed day
   * @param clause the clause this window comes from
   */
  public record DateWindow(@NotNull LocalDate from, @NotNull LocalDate to, String clause) {

    /** True when {@code date} is on or after {@link #from} and on or before {@link #to}. */
    public boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /**
   * Plenary or delegate conference, decided by staff count (people).
   *
   * @param plenaryBelowStaff a unit with fewer staff than this holds a plenary conference; at or above, a delegate
   *     conference
   * @param clause source clause
   */
  public record AttendanceRule(@Positive int plenaryBelowStaff, @NotBlank String clause) {}

  /**
   * A cap in people.
   *
   * @param value the most people allowed (inclusive: exactly the value passes)
   * @param clause source clause
   * @param appliesTo which conferences of the tier it caps; absent: {@link CapScope#DELEGATE_CONFERENCES} (a plenary
   *     conference, where the tier has a plenary threshold, takes every staff member)
   */
  public record Cap(@Positive int value, @NotBlank String clause, CapScope appliesTo) {

    public Cap {
      appliesTo = appliesTo == null ? CapScope.DELEGATE_CONFERENCES : appliesTo;
    }

    /** A cap on delegate conferences. */
    public Cap(int value, String clause) {
      this(value, clause, null);
    }

    /** Whether the cap also binds a plenary conference of the tier. */
    public boolean bindsPlenary() {
      return appliesTo == CapScope.EVERY_CONFERENCE;
    }
  }

  /** Which conferences of a tier a {@link Cap} binds. */
  public enum CapScope {
    /**
     * Delegate conferences only (172/KH-UBND §II.2.1: "Hội nghị đại biểu không quá 200 đại biểu" — a plenary conference
     * takes every staff member).
     */
    DELEGATE_CONFERENCES,
    /** Every conference of the tier, plenary or delegate (a plan that caps grassroots conferences at 50 people). */
    EVERY_CONFERENCE
  }

  /**
   * Delegate composition: exemplar delegates vs guests and leaders, how the plan states the share, and the balances it
   * asks the composition to respect (issue 22). In a plan file:
   * <pre>
   * composition:
   *   exemplarSharePercent: 70
   *   guestSharePercent: 30
   *   clause: "§II.2.2: ĐHTT chiếm 70%; khách mời và lãnh đạo 30%"
   *   share: APPROXIMATE        # "khoảng 70%"; absent: MINIMUM ("chiếm 70%", "ít nhất 70%")
   *   tolerancePoints: 5        # APPROXIMATE only; absent: the workflow's default of 5, marked as not the plan's
   *   balanceCriteria:
   *     - { code: WOMEN, label: "Đại biểu nữ", clause: "§II.2.2: chú trọng lựa chọn … đại biểu nữ" }
   * </pre>
   * Checked by {@code PlanReader}: the two shares add up to 100; a tolerance only on an APPROXIMATE share and below it;
   * each criterion once.
   *
   * @param exemplarSharePercent the plan's exemplar share, percent of all delegates: the least share for
   *     {@link ShareKind#MINIMUM}, the centre of the allowed band for {@link ShareKind#APPROXIMATE}
   * @param guestSharePercent guests and leaders, the rest (percent)
   * @param clause source clause
   * @param share how the plan states the share; absent in the file: MINIMUM (so files written before issue 22 keep
   *     their meaning); never null after construction
   * @param tolerancePoints APPROXIMATE only: percentage points either side of the share, inclusive (0 ≤ tolerance &lt;
   *     share); absent: {@value #DEFAULT_TOLERANCE_POINTS}, the workflow's default ({@code toleranceStatedInPlan}
   *     false). Given on a MINIMUM share it stays as given and PlanReader refuses it
   * @param toleranceStatedInPlan APPROXIMATE only: whether the plan itself states the tolerance; absent: true when the
   *     file gives {@code tolerancePoints}, false when the default applies
   * @param balanceCriteria the balances the plan asks for (sector, locality, ethnicity, religion, women, youth, direct
   *     workers), in plan order, each attested by the standing office at the composition step; never null after
   *     construction (absent: none)
   */
  public record CompositionRule(
      @Min(1) @Max(100) int exemplarSharePercent, @Min(0) @Max(99) int guestSharePercent, @NotBlank String clause,
      ShareKind share, @PositiveOrZero Integer tolerancePoints, Boolean toleranceStatedInPlan,
      List<@NotNull @Valid BalanceCriterionRule> balanceCriteria) {

    /** Percentage points either side of an approximate share when the plan states none: the workflow's default. */
    public static final int DEFAULT_TOLERANCE_POINTS = 5;
    /** Why the default tolerance applies, shown with it. */
    public static final String DEFAULT_TOLERANCE_CLAUSE = "Kế hoạch không nêu mức sai lệch của tỷ lệ \"khoảng\"; "
        + "mặc định của hệ thống: ±" + DEFAULT_TOLERANCE_POINTS + " điểm phần trăm";

    public CompositionRule {
      share = share == null ? ShareKind.MINIMUM : share;
      if (share == ShareKind.APPROXIMATE && tolerancePoints == null && !Boolean.TRUE.equals(toleranceStatedInPlan)) {
        tolerancePoints = DEFAULT_TOLERANCE_POINTS;
        toleranceStatedInPlan = false;
      } else if (share == ShareKind.APPROXIMATE && toleranceStatedInPlan == null) {
        toleranceStatedInPlan = true;
      }
      balanceCriteria = balanceCriteria == null ? List.of() : java.util.Collections.unmodifiableList(
          new java.util.ArrayList<>(balanceCriteria)); // may hold nulls until validated (List.copyOf would throw)
    }

    /** A minimum share with no balance criteria (the rule as files wrote it before issue 22). */
    public CompositionRule(int exemplarSharePercent, int guestSharePercent, String clause) {
      this(exemplarSharePercent, guestSharePercent, clause, ShareKind.MINIMUM, null, null, null);
    }

    /** Whether the share is approximate ("khoảng 70%") rather than a minimum. */
    public boolean approximate() {
      return share == ShareKind.APPROXIMATE;
    }

    /** The lowest exemplar share that passes (percent, inclusive): the share, or share − tolerance. */
    public int lowestPercent() {
      return approximate() ? exemplarSharePercent - tolerancePoints : exemplarSharePercent;
    }

    /** The highest exemplar share that passes (percent, inclusive): 100 for a minimum, else share + tolerance (≤ 100). */
    public int highestPercent() {
      return approximate() ? Math.min(100, exemplarSharePercent + tolerancePoints) : 100;
    }

    /** Whether the plan itself states the tolerance of an approximate share (false: the workflow's default). */
    public boolean toleranceStated() {
      return !approximate() || Boolean.TRUE.equals(toleranceStatedInPlan);
    }

    /** What is required, in Vietnamese: "tối thiểu 70%", "khoảng 70% (±5 điểm)". */
    public String describeVi() {
      return approximate() ? "khoảng " + exemplarSharePercent + "% (±" + tolerancePoints + " điểm)"
          : "tối thiểu " + exemplarSharePercent + "%";
    }

    /** What is required, in English: "at least 70%", "about 70% (±5 points: 65–75%)". */
    public String describe() {
      return approximate() ? "about " + exemplarSharePercent + "% (±" + tolerancePoints + " points: " + lowestPercent()
          + "–" + highestPercent() + "%)" : "at least " + exemplarSharePercent + "%";
    }

    /** How a plan states its exemplar share. */
    public enum ShareKind {
      /** At least the share ("chiếm 70%", "ít nhất 70%"): exactly the share passes. */
      MINIMUM,
      /** About the share ("khoảng 70%"): within ± the tolerance, both ends included. */
      APPROXIMATE
    }
  }

  /**
   * One balance a plan asks the delegate composition to respect, attested by the standing office.
   *
   * @param code which balance, from the fixed list
   * @param label the plan's words for it (Vietnamese, at most 200 characters); absent: the code's own label
   * @param clause the clause that asks for it
   */
  public record BalanceCriterionRule(
      @NotNull BalanceCriterion code, @jakarta.validation.constraints.Size(max = 200) String label,
      @NotBlank String clause) {

    public BalanceCriterionRule {
      label = (label == null || label.isBlank()) && code != null ? code.label() : label;
    }
  }

  /**
   * A pilot unit (chỉ đạo điểm): holds its conference first, in its own window, so that the units of its level learn
   * from it (172/KH-UBND §II.2.3; KH TP Lạng Sơn §II.3). In a plan file, a list:
   * <pre>
   * pilots:
   *   - { unitCode: "TQ-SYT", name: "Sở Y tế tỉnh Tuyên Quang", consultUpperCouncil: true, clause: "§II.4",
   *       window: { from: 2025-01-06, to: 2025-02-14, clause: "§II.4: tháng 01 và 02/2025" } }
   *   - unitCode: "072"                  # a district with communes below it (a cascade)
   *     name: "Huyện Na Hang"
   *     window: { from: 2025-01-20, to: 2025-02-21, clause: "§II.4" }
   *     lowerWindow: { from: 2024-11-18, to: 2024-12-27, clause: "§II.4: các xã của huyện điểm xong trong năm 2024" }
   *     consultUpperCouncil: false
   *     clause: "§II.4"
   * </pre>
   * The old single {@code pilot: {…}} still loads, as a one-element list. Checked by {@link PlanReader}: the unit is in
   * the plan's hierarchy below the issuer and takes part, its name matches, no unit twice; the window lies within or
   * before the window of the level it stands at (ends no later than it) — or, as 172/KH-UBND does (Vĩnh Bình Nam early
   * in Q2, after the communes' Q1), wholly after it and within the window of the conference its level reports to; a
   * pilot with units below it that hold conferences (a district in a cascade) starts its window after their window
   * ends — theirs being {@code lowerWindow} when the plan gives them one of their own.
   *
   * @param unitCode code of the pilot unit: an administrative unit of the plan's structure below the issuer (any depth
   *     in a cascade) or the code of one of the plan's {@link Plan#organizations}
   * @param name full name, checked against the unit list (or the organization's name)
   * @param window the pilot's conference window (inclusive)
   * @param consultUpperCouncil the pilot consults the upper council before issuing its plan (172/KH-UBND §II.2.3)
   * @param clause source clause
   * @param lowerWindow the window of the conferences of the units directly below the pilot (a pilot district's
   *     communes), instead of their level's, so the pilot can be held first among its own level; null: their level's
   */
  public record PilotRule(
      @NotBlank String unitCode,
      @NotBlank String name,
      @NotNull @Valid DateWindow window,
      boolean consultUpperCouncil,
      @NotBlank String clause,
      @Valid DateWindow lowerWindow) {

    /** A pilot whose units below keep their level's window. */
    public PilotRule(String unitCode, String name, DateWindow window, boolean consultUpperCouncil, String clause) {
      this(unitCode, name, window, consultUpperCouncil, clause, null);
    }
  }

  /**
   * Presidium (Đoàn Chủ tịch): either a size range with an exemplar fraction, or "chaired by N" leaders.
   *
   * @param minSize fewest members (people)
   * @param maxSize most members (people)
   * @param exemplarFraction least fraction of heroes, emulation fighters and exemplars, written "1/3"
   * @param chairedBy exact number of chairing leaders when the plan says "chaired by N" instead
   * @param omittableForStagedFormats the presidium may be omitted when the conference uses a staged format
   * @param clause source clause
   * @param appliesTo for the plan's top-level rule: which conferences it binds where a tier states none of its own;
   *     absent: {@link PresidiumScope#EVERY_TIER}; ignored on a tier's own rule
   */
  public record PresidiumRule(
      @Positive Integer minSize,
      @Positive Integer maxSize,
      @Pattern(regexp = "[1-9][0-9]*/[1-9][0-9]*", message = "must be a fraction like 1/3") String exemplarFraction,
      @Positive Integer chairedBy,
      boolean omittableForStagedFormats,
      @NotBlank String clause,
      PresidiumScope appliesTo) {

    public PresidiumRule {
      appliesTo = appliesTo == null ? PresidiumScope.EVERY_TIER : appliesTo;
    }

    /** A rule for every tier. */
    public PresidiumRule(Integer minSize, Integer maxSize, String exemplarFraction, Integer chairedBy,
        boolean omittableForStagedFormats, String clause) {
      this(minSize, maxSize, exemplarFraction, chairedBy, omittableForStagedFormats, clause, null);
    }

    /** Numerator of {@link #exemplarFraction}, 0 when none. */
    public int fractionNumerator() {
      return exemplarFraction == null ? 0 : Integer.parseInt(exemplarFraction.split("/")[0]);
    }

    /** Denominator of {@link #exemplarFraction}, 1 when none. */
    public int fractionDenominator() {
      return exemplarFraction == null ? 1 : Integer.parseInt(exemplarFraction.split("/")[1]);
    }
  }

  /** Which conferences the plan's top-level {@link PresidiumRule} binds where a tier states no rule of its own. */
  public enum PresidiumScope {
    /** Every conference of the campaign, own and lower, at every level. */
    EVERY_TIER,
    /**
     * The issuing unit's own conference only (a provincial plan's "Đoàn Chủ tịch 9–11 người" is for the provincial
     * congress, not for a 50-person commune conference).
     */
    OWN_CONFERENCE
  }

  /**
   * The programme (chương trình): its items in the order the plan lists them, ceremonies held before the session
   * proper first, and how far a unit may change that order. Plan file:
   * <pre>
   * programme:
   *   clause: "§III.1"
   *   reorder: WITHIN_SESSION            # optional; absent: FIXED
   *   reorderClause: "§III.1: các đơn vị chủ động sắp xếp"   # optional; absent: the programme's clause
   *   items:
   *     - { code: FLORAL_TRIBUTE, label: "Dâng hoa tại Tượng đài Bác Hồ", beforeSession: true, required: false,
   *         statedInPlan: false, clause: "Không quy định; theo thông lệ dâng hoa trước Đại hội" }
   *     - { code: OPENING, label: "Tuyên bố lý do, giới thiệu đại biểu và khai mạc" }
   *     - { code: EXCHANGE, label: "Giao lưu với các điển hình tiên tiến", required: false, clause: "§III.1" }
   * </pre>
   *
   * @param items ordered items; codes unique, every {@link ProgrammeItem#beforeSession() ceremony before the session}
   *     before the first item of the session (checked by {@link PlanReader})
   * @param clause source clause of the programme (and of each item that names none of its own)
   * @param reorder how a unit may order its programme ({@link ProgrammeOrder}); never null after construction (absent:
   *     {@link ProgrammeOrder#FIXED})
   * @param reorderClause the clause that lets the unit reorder; null: {@link #clause}
   */
  public record ProgrammeRule(@NotEmpty List<@NotNull @Valid ProgrammeItem> items, @NotBlank String clause,
      ProgrammeOrder reorder, String reorderClause) {

    public ProgrammeRule {
      reorder = reorder == null ? ProgrammeOrder.FIXED : reorder;
    }

    /** A programme in the plan's fixed order. */
    public ProgrammeRule(List<ProgrammeItem> items, String clause) {
      this(items, clause, null, null);
    }

    /** Items that apply to a conference of the given form, in order. */
    public List<ProgrammeItem> itemsFor(ConferenceForm form) {
      return items.stream().filter(i -> i.appliesTo(form)).toList();
    }

    /** The item with this code, if the plan lists one. */
    public Optional<ProgrammeItem> item(String code) {
      return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The clause an item comes from: its own, else the programme's. */
    public String clauseOf(ProgrammeItem item) {
      return item.clause() != null && !item.clause().isBlank() ? item.clause() : clause;
    }

    /** The clause of the ordering rule: {@link #reorderClause} when given, else the programme's. */
    public String orderClause() {
      return reorderClause != null && !reorderClause.isBlank() ? reorderClause : clause;
    }
  }

  /** How far a unit may change the order of the plan's programme items. */
  public enum ProgrammeOrder {
    /** The plan's order exactly (the seed plans list their items as a sequence and allow no change). */
    FIXED,
    /**
     * The session's items in any order; the ceremonies before the session stay first, in the plan's order.
     */
    WITHIN_SESSION,
    /** Any order of the ceremonies among themselves and of the session's items; ceremonies still come first. */
    FREE
  }

  /**
   * One programme item.
   *
   * @param code stable code, UPPER_SNAKE_CASE, unique in the programme
   * @param label Vietnamese text of the item
   * @param onlyForForms when set, the item applies only to these forms (e.g. flag salute only at a congress)
   * @param clause the clause the item comes from; null: the programme's ({@link ProgrammeRule#clauseOf})
   * @param statedInPlan whether the plan lists the item (absent: true); false: the workflow adds it as customary, and
   *     its own {@code clause} says why (such an item cannot be required)
   * @param beforeSession a ceremony held before the session proper, e.g. "Dâng hoa tại Tượng đài …" (absent: false);
   *     printed under its own heading and always before the session's items
   * @param required whether a unit must hold it (absent: true); an optional item may be left out of the programme
   */
  public record ProgrammeItem(
      @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
      @NotBlank String label,
      List<@NotNull ConferenceForm> onlyForForms,
      String clause,
      @JsonProperty(defaultValue = "true") Boolean statedInPlan,
      @JsonProperty(defaultValue = "false") Boolean beforeSession,
      @JsonProperty(defaultValue = "true") Boolean required) {

    public ProgrammeItem {
      statedInPlan = statedInPlan == null || statedInPlan;
      beforeSession = beforeSession != null && beforeSession;
      required = required == null || required;
    }

    /** A required item of the session, stated in the plan, under the programme's clause. */
    public ProgrammeItem(String code, String label, List<ConferenceForm> onlyForForms) {
      this(code, label, onlyForForms, null, null, null, null);
    }

    /** True when the item is part of a conference of this form. */
    public boolean appliesTo(ConferenceForm form) {
      return onlyForForms == null || onlyForForms.isEmpty() || onlyForForms.contains(form);
    }
  }

  /**
   * Official-name templates. Keys are {@link ConferenceForm} codes or {@code default}. Placeholders: {unit} (full
   * unit name as the unit list writes it, "Tỉnh Gia Lai"), {unitInText} (the name as running text writes it, the
   * administrative level word lower-cased: "tỉnh Gia Lai", "xã Tân Phú"; an agency's name unchanged), {place},
   * {edition}, {term}, {formLabel}, {day}, {month}, {year}.
   *
   * @param templates template per form code or "default"
   * @param clause source clause
   */
  public record OfficialNameRule(@NotEmpty Map<String, @NotBlank String> templates, @NotBlank String clause) {}

  /**
   * A deadline relative to the conference — calendar days before it (the plans' "trước 15 ngày"), or working days before
   * it (weekends, public holidays and Tết skipped, {@link WorkingCalendar}) — or a fixed date. Exactly one is set.
   *
   * @param daysBeforeConference calendar days before the conference date; the deadline is that day, inclusive
   * @param workingDaysBeforeConference working days before the conference date; the deadline is that day, inclusive
   * @param fixedDate a fixed deadline day, inclusive
   * @param statedInPlan false when the plan does not state it and the value is the workflow's default
   * @param clause source clause, or why this value applies when the plan is silent
   */
  public record DeadlineRule(
      @PositiveOrZero Integer daysBeforeConference,
      @PositiveOrZero Integer workingDaysBeforeConference,
      LocalDate fixedDate,
      @JsonProperty(defaultValue = "true") Boolean statedInPlan,
      @NotBlank String clause) {

    /** A calendar-day or fixed-date rule (the form most plans use). */
    public DeadlineRule(Integer daysBeforeConference, LocalDate fixedDate, Boolean statedInPlan, String clause) {
      this(daysBeforeConference, null, fixedDate, statedInPlan, clause);
    }

    /**
     * The deadline day (inclusive) for a conference on {@code conferenceDate}: 15 calendar days before 31/3/2025 is
     * 16/3/2025; 5 working days before 7/2/2025 is 24/1/2025 (Tết 25/1–2/2/2025 skipped).
     *
     * @throws vn.thiduaflow.calendar.CalendarYearMissingException when a working-day count reaches a year without
     *     configured holidays
     */
    public LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar) {
      if (fixedDate != null) {
        return fixedDate;
      }
      if (workingDaysBeforeConference != null) {
        return calendar.plusWorkingDays(conferenceDate, -workingDaysBeforeConference);
      }
      return conferenceDate.minusDays(daysBeforeConference);
    }

    /** How the deadline is counted, in English: "fixed date 2020-03-27", "15 calendar days before the conference". */
    public String describe() {
      if (fixedDate != null) {
        return "fixed date " + fixedDate;
      }
      return workingDaysBeforeConference != null ? workingDaysBeforeConference + " working days before the conference"
          : daysBeforeConference + " calendar days before the conference";
    }

    /** {@link #describe()} for a conference on the given day, for rule decisions. */
    public String describe(LocalDate conferenceDate) {
      return fixedDate != null ? describe() : describe() + " on " + conferenceDate;
    }

    /** Whether the plan itself states this deadline. */
    public boolean stated() {
      return statedInPlan == null || statedInPlan;
    }
  }

  /**
   * The dossier a unit sends to the upper council before its conference: when it must be approved (the deadline
   * fields, exactly one set, as in {@link DeadlineRule}) and what it contains. Plan file:
   * <pre>
   * dossier:
   *   daysBeforeConference: 15
   *   clause: "§IV.1"
   *   documents:                      # optional; when left out, {@link #DEFAULT_DOCUMENTS} apply
   *     - { code: plan, title: "Kế hoạch tổ chức Hội nghị", required: true, clause: "§IV.1" }
   *     - { code: programme, title: "Nội dung, chương trình Hội nghị", required: true, generated: PROGRAMME,
   *         clause: "§IV.1" }
   * </pre>
   * A list given is the whole dossier (list the four documents of the general rule too when they apply).
   *
   * @param daysBeforeConference calendar days before the conference date; the deadline is that day, inclusive
   * @param workingDaysBeforeConference working days before the conference date; the deadline is that day, inclusive
   * @param fixedDate a fixed deadline day, inclusive
   * @param statedInPlan false when the plan does not state the deadline and the value is the workflow's default
   * @param clause source clause of the deadline, or why this value applies when the plan is silent
   * @param documents the documents of the dossier, in the order the plan lists them; never null after construction
   *     (absent: {@link #DEFAULT_DOCUMENTS}); codes unique (checked by {@link PlanReader})
   */
  public record DossierRule(
      @PositiveOrZero Integer daysBeforeConference,
      @PositiveOrZero Integer workingDaysBeforeConference,
      LocalDate fixedDate,
      @JsonProperty(defaultValue = "true") Boolean statedInPlan,
      @NotBlank String clause,
      @NotEmpty(message = "must list at least one document, or be left out for the four of the general rule")
      List<@NotNull @Valid DossierDocument> documents) {

    /**
     * Where the four documents come from when a plan lists none: KH TP Lạng Sơn 25/6/2024 §IV.1 ("gửi kế hoạch, lịch
     * tổ chức hội nghị, báo cáo tổng kết và nội dung, chương trình hội nghị … trước 15 ngày").
     */
    public static final String DEFAULT_DOCUMENTS_CLAUSE = "Kế hoạch không liệt kê hồ sơ; áp dụng quy tắc chung (KH TP "
        + "Lạng Sơn 25/6/2024 §IV.1): gửi kế hoạch, lịch tổ chức hội nghị, báo cáo tổng kết và nội dung, chương trình "
        + "hội nghị";
    /** The dossier of the general rule: plan, schedule, five-year summary report, programme; all required. */
    public static final List<DossierDocument> DEFAULT_DOCUMENTS = List.of(
        new DossierDocument("plan", "Kế hoạch tổ chức Hội nghị của đơn vị", true, null, DEFAULT_DOCUMENTS_CLAUSE),
        new DossierDocument("schedule", "Lịch tổ chức Hội nghị", true, null, DEFAULT_DOCUMENTS_CLAUSE),
        new DossierDocument("summary-report", "Báo cáo tổng kết phong trào thi đua yêu nước 5 năm", true,
            GeneratedDraft.SUMMARY_REPORT, DEFAULT_DOCUMENTS_CLAUSE),
        new DossierDocument("programme", "Nội dung, chương trình Hội nghị", true, GeneratedDraft.PROGRAMME,
            DEFAULT_DOCUMENTS_CLAUSE));

    public DossierRule {
      documents = documents == null ? DEFAULT_DOCUMENTS : java.util.Collections.unmodifiableList(
          new java.util.ArrayList<>(documents)); // may hold nulls until validated (List.copyOf would throw)
    }

    /** A calendar-day or fixed-date dossier with the default documents. */
    public DossierRule(Integer daysBeforeConference, LocalDate fixedDate, Boolean statedInPlan, String clause) {
      this(daysBeforeConference, null, fixedDate, statedInPlan, clause, null);
    }

    /** The deadline part alone. */
    public DeadlineRule deadline() {
      return new DeadlineRule(daysBeforeConference, workingDaysBeforeConference, fixedDate, statedInPlan, clause);
    }

    /** {@link DeadlineRule#deadlineFor}. */
    public LocalDate deadlineFor(LocalDate conferenceDate, WorkingCalendar calendar) {
      return deadline().deadlineFor(conferenceDate, calendar);
    }

    /** {@link DeadlineRule#describe()}. */
    public String describe() {
      return deadline().describe();
    }

    /** Whether the plan itself states the deadline. */
    public boolean stated() {
      return statedInPlan == null || statedInPlan;
    }

    /** The codes of the required documents, in plan order. */
    public List<String> requiredCodes() {
      return documents.stream().filter(DossierDocument::required).map(DossierDocument::code).toList();
    }

    /** The document with this code, if the dossier has one. */
    public Optional<DossierDocument> document(String code) {
      return documents.stream().filter(d -> d.code().equals(code)).findFirst();
    }
  }

  /**
   * One document of the dossier.
   *
   * @param code stable code, kebab-case (a-z, 0-9, -), unique in the dossier; the store's key
   *     ({@code conference_document.code}); {@value #RESERVED_MINUTES} is the held conference's minutes, never a dossier
   *     document
   * @param title the document's name as the plan writes it (Vietnamese)
   * @param required whether the dossier cannot be sent without it (absent in the file: true; never null)
   * @param generated when the product writes a draft of it (the programme, the summary report's skeleton); null when
   *     the unit writes it alone
   * @param clause the clause that asks for it
   */
  public record DossierDocument(
      @NotBlank @jakarta.validation.constraints.Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*",
          message = "must be kebab-case (a-z, 0-9, -)") String code,
      @NotBlank @jakarta.validation.constraints.Size(max = 200) String title,
      @JsonProperty(defaultValue = "true") Boolean required,
      GeneratedDraft generated,
      @NotBlank String clause) {

    /** The code of the signed minutes of the held conference in the same store; no dossier document may use it. */
    public static final String RESERVED_MINUTES = "conference-minutes";

    public DossierDocument {
      required = required == null || required; // absent in the file: required
    }
  }

  /** A document the product drafts for the unit (a DOCX under {@code /api/conferences/{id}/documents/}). */
  public enum GeneratedDraft {
    /** The programme under the official name ({@code programme.docx}). */
    PROGRAMME,
    /** The five-year summary report's skeleton with the system's figures ({@code summary-report.docx}). */
    SUMMARY_REPORT
  }

  /**
   * A time limit counted from an event (the dossier sent, the conference held) or, for reminders, back from a deadline:
   * calendar days or working days. Exactly one is set.
   *
   * @param days calendar days
   * @param workingDays working days (weekends, public holidays and Tết skipped)
   * @param statedInPlan false when the plan does not state it and the value is the workflow's default
   * @param clause source clause, or why this value applies when the plan is silent
   */
  public record TimeLimit(@PositiveOrZero Integer days, @PositiveOrZero Integer workingDays,
      @JsonProperty(defaultValue = "true") Boolean statedInPlan, @NotBlank String clause) {

    /**
     * The last day (inclusive) of the limit starting on {@code start}: 5 working days after Friday 24/1/2025 is Friday
     * 7/2/2025.
     */
    public LocalDate after(LocalDate start, WorkingCalendar calendar) {
      return workingDays != null ? calendar.plusWorkingDays(start, workingDays) : start.plusDays(days);
    }

    /** Whether the plan itself states this limit. */
    public boolean stated() {
      return statedInPlan == null || statedInPlan;
    }

    /** E.g. "5 working days", "15 calendar days". */
    public String describe() {
      return workingDays != null ? workingDays + " working days" : days + " calendar days";
    }
  }

  /**
   * The deadlines of a conference besides the nomination and dossier deadlines, and the reminder lead time. Optional
   * in a plan file, each entry on its own; a missing entry takes the workflow's default ({@link #withDefaults}), marked
   * {@code statedInPlan: false} with a clause that says so.
   *
   * @param councilVote by when the council meets and votes (họp Hội đồng xét chọn)
   * @param dossierReview how long the upper council has to review a dossier, from the day it is sent
   * @param resultsReport by when the conference's results are recorded and reported upward, from the conference day
   * @param reminder how long before each deadline its task's people are reminded
   */
  public record DeadlineRules(@Valid DeadlineRule councilVote, @Valid TimeLimit dossierReview,
      @Valid TimeLimit resultsReport, @Valid TimeLimit reminder) {

    /** Council vote when neither the plan nor its schedule says: 20 calendar days before the conference. */
    public static final DeadlineRule DEFAULT_COUNCIL_VOTE = new DeadlineRule(20, null, false,
        "Kế hoạch không quy định; mặc định: Hội đồng họp xét chọn chậm nhất 20 ngày trước Hội nghị (sau hạn đề cử, "
            + "trước hạn gửi hồ sơ)");
    /** Upper council's review time when the plan is silent: 5 working days from receipt. */
    public static final TimeLimit DEFAULT_DOSSIER_REVIEW = new TimeLimit(null, 5, false,
        "Kế hoạch không quy định; mặc định: Hội đồng cấp trên thẩm định trong 05 ngày làm việc kể từ ngày nhận hồ sơ");
    /** Results report when the plan is silent: 5 working days after the conference. */
    public static final TimeLimit DEFAULT_RESULTS_REPORT = new TimeLimit(null, 5, false,
        "Kế hoạch không quy định; mặc định: báo cáo kết quả Hội nghị lên cấp trên trong 05 ngày làm việc sau Hội nghị");
    /** Reminder lead when the plan is silent: 2 working days before each deadline. */
    public static final TimeLimit DEFAULT_REMINDER = new TimeLimit(null, 2, false,
        "Kế hoạch không quy định; mặc định: nhắc việc 02 ngày làm việc trước mỗi thời hạn");

    /**
     * Fills every missing entry: the council vote from the plan's dated schedule (step COUNCIL_VOTE, as a fixed date
     * with the schedule's clause) when it has one, else the defaults above.
     */
    public static DeadlineRules withDefaults(DeadlineRules given, List<ScheduleEntry> schedule) {
      DeadlineRules d = given == null ? new DeadlineRules(null, null, null, null) : given;
      DeadlineRule vote = d.councilVote;
      if (vote == null) {
        vote = schedule == null ? null : schedule.stream().filter(e -> e.step() == ScheduleStep.COUNCIL_VOTE)
            .findFirst().map(e -> new DeadlineRule(null, null, e.end(), true, e.clause() + ": " + e.label()))
            .orElse(null);
      }
      return new DeadlineRules(vote != null ? vote : DEFAULT_COUNCIL_VOTE,
          d.dossierReview != null ? d.dossierReview : DEFAULT_DOSSIER_REVIEW,
          d.resultsReport != null ? d.resultsReport : DEFAULT_RESULTS_REPORT,
          d.reminder != null ? d.reminder : DEFAULT_REMINDER);
    }
  }

  /**
   * The period in which a nominee must have been recognized by a competent authority.
   *
   * @param recognizedFromYear first year (inclusive)
   * @param recognizedToYear last year (inclusive)
   * @param lookbackYears instead of fixed years: the years before the conference year, inclusive of it
   * @param clause source clause
   */
  public record EligibilityRule(
      Integer recognizedFromYear, Integer recognizedToYear, @Positive Integer lookbackYears, @NotBlank String clause) {}

  /**
   * Delegates this unit may send to the upper-level conference.
   *
   * @param collectives most collective delegates; when {@code decidedByStandingOffice}, the office's starting proposal
   * @param individuals most individual delegates; when {@code decidedByStandingOffice}, the office's starting proposal
   * @param clause source clause
   * @param decidedByStandingOffice the plan leaves the numbers to the upper council's standing office, decided per
   *     lower unit while the campaign runs (UserTask_DecideDelegateQuota of the Campaign model), the total within the
   *     upper congress's official delegates; absent: false (the numbers above are the quota)
   */
  public record UpperQuotaRule(@PositiveOrZero int collectives, @PositiveOrZero int individuals, @NotBlank String clause,
      Boolean decidedByStandingOffice) {

    public UpperQuotaRule {
      decidedByStandingOffice = decidedByStandingOffice != null && decidedByStandingOffice;
    }

    /** A quota the plan fixes itself. */
    public UpperQuotaRule(int collectives, int individuals, String clause) {
      this(collectives, individuals, clause, false);
    }

    /** Whether the standing office decides the numbers during the campaign. */
    public boolean decidedDuringCampaign() {
      return decidedByStandingOffice;
    }
  }

  /**
   * Planned presentations (báo cáo tham luận).
   *
   * @param total number of presentations
   * @param mix presentations per source; must add up to {@code total}
   * @param clause source clause
   */
  public record PresentationRule(
      @Positive int total, @NotEmpty Map<PresentationSource, @NotNull @PositiveOrZero Integer> mix,
      @NotBlank String clause) {}

  /**
   * One dated step of the plan's schedule.
   *
   * @param step which step
   * @param from first day
   * @param to last day (same as from for a one-day step)
   * @param label Vietnamese text of the step
   * @param clause source clause
   */
  public record ScheduleEntry(
      @NotNull ScheduleStep step, @NotNull LocalDate from, LocalDate to, @NotBlank String label, @NotBlank String clause) {

    /** Last day of the step. */
    public LocalDate end() {
      return to == null ? from : to;
    }
  }

  /**
   * The reporting duty.
   *
   * @param frequency how often
   * @param recipient who receives the reports (Vietnamese)
   * @param clause source clause
   * @param dayOfMonth day of the month (1–28) a periodic progress report falls due; null: the 25th (not stated in the
   *     seed plans)
   */
  public record ReportingRule(@NotNull ReportingFrequency frequency, @NotBlank String recipient, @NotBlank String clause,
      @Min(1) @Max(28) Integer dayOfMonth) {

    /** Day of the month progress reports fall due when the plan does not say: the 25th, before the month closes. */
    public static final int DEFAULT_DAY_OF_MONTH = 25;

    /** The day of the month periodic progress reports fall due. */
    public int reportDay() {
      return dayOfMonth != null ? dayOfMonth : DEFAULT_DAY_OF_MONTH;
    }

    /** Whether units report progress periodically while the campaign runs (monthly or "định kỳ"). */
    public boolean periodic() {
      return frequency == ReportingFrequency.MONTHLY || frequency == ReportingFrequency.PERIODIC;
    }
  }

  /**
   * The council's approval threshold, as a share of all voting members.
   *
   * @param thresholdPercent threshold in percent of all members
   * @param comparison strictly more than, or at least
   * @param clause source clause
   */
  public record VoteRule(
      @Min(1) @Max(100) int thresholdPercent, @NotNull ThresholdComparison comparison, @NotBlank String clause,
      Map<@NotNull NomineeTitle, @NotNull @Valid Threshold> byTitle) {

    public VoteRule {
      byTitle = byTitle == null ? Map.of() : Map.copyOf(byTitle);
    }

    /** A single threshold for every title. */
    public VoteRule(int thresholdPercent, ThresholdComparison comparison, String clause) {
      this(thresholdPercent, comparison, clause, null);
    }

    /** The threshold for nominees of a title: its own entry in {@code byTitle}, else the plan's general one. */
    public Threshold thresholdFor(NomineeTitle title) {
      Threshold own = title == null ? null : byTitle.get(title);
      return own != null ? own : new Threshold(thresholdPercent, comparison, clause);
    }
  }

  /**
   * An approval threshold for one title (e.g. Chiến sĩ thi đua ≥ 80%, Anh hùng ≥ 90% of all members, as set by the
   * decree the plan follows).
   *
   * @param thresholdPercent percent of ALL voting members of the council (not of votes cast), 1–100
   * @param comparison strictly more than, or at least
   * @param clause the clause or article the threshold comes from
   */
  public record Threshold(
      @Min(1) @Max(100) int thresholdPercent, @NotNull ThresholdComparison comparison, @NotBlank String clause) {}
}

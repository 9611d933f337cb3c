package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A plan (Kế hoạch) as data: every rule the workflow enforces, each with the clause of the plan it comes from. One YAML
 * file per plan under {@code src/main/resources/plans/} (or {@code thiduaflow.plans.extra-dir}); loaded and validated at
 * start-up by {@code PlanCatalog}. Rules a plan does not state are {@code null} and are not enforced.
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
 *     loading and {@code PlanReader} can refuse a file that gives both
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
 *     (checked by {@code PlanReader})
 * @param duties the plan's division of work (Tổ chức thực hiện / Phân công trách nhiệm, issue 22): who does what for
 *     which conferences by when ({@link DutyRule}), each a task of its holder; never null (absent: empty)
 * @param supervision council members supervise the units' conferences, assigned by the standing office of the council
 *     above while the campaign runs ({@link SupervisionRule}); null when the plan says nothing of it
 * @param commendation the award forms each level's authority grants the exemplars its council approved
 *     ({@link CommendationRule}); null when the plan has no commendation step
 * @param publicDisclosure the proposed list is made public for comment before the council's vote
 *     ({@link DisclosureRule}); null when neither the plan nor the law it cites requires it
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
    @Valid SupervisionRule supervision,
    @Valid CommendationRule commendation,
    @Valid DisclosureRule publicDisclosure) {

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

  /** Separates a cascading plan's id from a unit code in the id of a plan derived from it: {@code <plan>@<unit>}. */
  public static final String DERIVED_SEPARATOR = "@";

  /**
   * Whether this plan was derived from a cascading plan for one unit (id {@code <plan>@<unit>}) rather than read from a
   * file.
   */
  public boolean derived() {
    return id.contains(DERIVED_SEPARATOR);
  }

  /** Whether the file gave both the old single {@code pilot} and the list {@code pilots}. */
  public boolean pilotsGivenTwice() {
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
   * conference of a plan derived for a unit of that level ({@code PlanCatalog#derive}) — else {@link #programme}.
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
}

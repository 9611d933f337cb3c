package vn.thiduaflow.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.NominatingUnits;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.PilotRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ProgrammeRule;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.UpperQuotaRule;
import vn.thiduaflow.unit.AdminStructure;

/**
 * What is known about a unit's conference, read only: the conference itself, a campaign's conferences, and the plan
 * rules it runs under (tier, window, pilot rule, programme, upper quota). The {@code UnitConference} model reads one of
 * them in expressions ({@code ${conferenceQueries.describe(…)}} in task documentation; definitions deployed before
 * 2026-12-04 also {@code awaitsLowerDelegates} at Gateway_AwaitLowerDelegates). Nothing here writes; the use
 * cases that do are {@link ConferenceScheduling}, {@link ConferenceNominations}, {@link ConferenceComposition},
 * {@link ConferenceDossier}, {@link ConferenceDateService} and {@link ConferenceHeldService}.
 */
@Service
@Transactional
public class ConferenceQueries implements NominatingUnits {

  private final ConferenceRepository conferences;
  private final CampaignDirectory campaigns;
  private final NominationRepository nominations;
  private final DossierFacts dossiers;
  private final PlanCatalog plans;
  private final DecidedQuotas quotas;

  public ConferenceQueries(ConferenceRepository conferences, CampaignDirectory campaigns,
      NominationRepository nominations, DossierFacts dossiers, PlanCatalog plans,
      DecidedQuotas quotas) {
    this.conferences = conferences;
    this.campaigns = campaigns;
    this.nominations = nominations;
    this.dossiers = dossiers;
    this.plans = plans;
    this.quotas = quotas;
  }

  /** A conference, or empty when the id is unknown or null. */
  @Transactional(readOnly = true)
  public Optional<Conference> find(Long conferenceId) {
    return conferenceId == null ? Optional.empty() : conferences.findById(conferenceId);
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
  public AdminStructure structureOf(Conference conference) {
    return conferences.structureOf(conference.getCampaignId());
  }

  /** A conference; throws {@link IllegalArgumentException} when the id is unknown. */
  @Transactional(readOnly = true)
  public Conference get(Long conferenceId) {
    return find(conferenceId)
        .orElseThrow(() -> new IllegalArgumentException("No conference with id " + conferenceId));
  }

  /** {@link #get}, as the unit whose nominees the conference holds. */
  @Override
  @Transactional(readOnly = true)
  public Conference nominatingUnit(Long conferenceId) {
    return get(conferenceId);
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
    return plans.get(campaigns.get(conference.getCampaignId()).getPlanId());
  }

  /** The plan's rules for the conference's tier. */
  public TierRules tierOf(Conference conference) {
    return rulesFor(planOf(conference), conference);
  }

  /**
   * The rules of a conference under a plan: the plan's own-conference rules for the issuer, else the rules for a lower
   * conference of the unit's level ({@link Plan#lowerRulesFor}).
   */
  static TierRules rulesFor(Plan plan, Conference conference) {
    return conference.getTier() == Tier.OWN ? plan.ownConference()
        : conference.getUnitLevel() == null ? plan.lowerConferences() : plan.lowerRulesFor(conference.getUnitLevel());
  }

  /**
   * The quota of delegates the conference may send to the level above: the plan's for the issuer's own conference; in
   * a cascade, the level's for a lower conference; null (not stated) otherwise. Where the plan leaves the numbers to
   * the upper council's standing office, the numbers it decided ({@link DecidedQuotas#effective}).
   */
  public UpperQuotaRule upperQuotaOf(Conference conference) {
    Plan plan = planOf(conference);
    if (conference.getTier() == Tier.OWN) {
      UpperQuotaRule own = plan.upperQuota();
      if (own == null || !own.decidedDuringCampaign()) {
        return own;
      }
      // the unit's own campaign runs below the campaign whose standing office decides its quota
      var campaign = campaigns.get(conference.getCampaignId());
      return quotas.effective(own, campaign.getParentCampaignId(), campaign.getIssuerCode());
    }
    var level = conference.getUnitLevel() == null ? null : plan.levels().get(conference.getUnitLevel());
    return level == null ? null : quotas.effective(level.upperQuota(), conference.getCampaignId(),
        conference.getUnitCode());
  }

  /**
   * The window the conference must fall in: a pilot's own window ({@link PilotRule#window}) for a pilot — its
   * campaign's lower conference, or the own conference of the pilot's sub-campaign (a pilot district running its
   * communes' campaign); the {@link PilotRule#lowerWindow} of the unit above when that unit is a pilot that gives
   * the units below it a window of their own; else the tier's.
   */
  public DateWindow windowOf(Conference conference) {
    Plan plan = planOf(conference);
    Optional<DateWindow> pilots = conference.isPilot()
        ? pilotRule(conference, plan, conference.getUnitCode()).map(PilotRule::window)
        : pilotRule(conference, plan, conference.getUpperUnitCode()).map(PilotRule::lowerWindow);
    return pilots.orElseGet(() -> rulesFor(plan, conference).window());
  }

  /**
   * The pilot rule of a pilot conference ({@link Conference#isPilot}), from its campaign's plan or, for the own
   * conference of a sub-campaign with a plan file of its own, from the plan of the campaign above that names it.
   *
   * @return the rule; empty for a conference that is no pilot's
   */
  @Transactional(readOnly = true)
  public Optional<PilotRule> pilotRuleOf(Conference conference) {
    return conference.isPilot() ? pilotRule(conference, planOf(conference), conference.getUnitCode())
        : Optional.empty();
  }

  /**
   * The pilot rule of {@code unitCode} as the conference's campaign sees it: its plan's (a derived plan carries the
   * root's pilots, {@link PlanCatalog#derive}), else — for a plan file run below another plan — the plan above's.
   */
  private Optional<PilotRule> pilotRule(Conference conference, Plan plan, String unitCode) {
    if (unitCode == null) {
      return Optional.empty();
    }
    var own = plan.pilotFor(unitCode);
    if (own.isPresent() || plan.id().contains(PlanCatalog.DERIVED_SEPARATOR)) {
      return own;
    }
    Long above = campaigns.get(conference.getCampaignId()).getParentCampaignId();
    return above == null ? own
        : campaigns.find(above).flatMap(c -> plans.find(c.getPlanId())).flatMap(p -> p.pilotFor(unitCode));
  }

  /**
   * The programme a conference follows: its level's where the plan gives one, else the plan's
   * ({@link Plan#programmeFor}).
   */
  @Transactional(readOnly = true)
  public ProgrammeRule programmeOf(Conference conference) {
    return planOf(conference).programmeFor(conference.getTier(), conference.getUnitLevel());
  }

  /**
   * Whether the conference's nominations wait for the delegates its lower units send up (a campaign's own conference
   * when the campaign has lower units): the flag {@code awaitsLowerDelegates} of Gateway_AwaitLowerDelegates, set by
   * ServiceTask_PrepareConference (definitions deployed before 2026-12-04 call this from the gateway).
   */
  @Transactional(readOnly = true)
  public boolean awaitsLowerDelegates(Long conferenceId) {
    return get(conferenceId).isAwaitsLowerDelegates();
  }

  /**
   * The latest reason the upper council gave for returning the dossier, or null (the documents to revise:
   * {@code vn.thiduaflow.dossier.DossierService#lastReturn}).
   */
  @Transactional(readOnly = true)
  public String lastReturnReason(Long conferenceId) {
    return dossiers.lastReturnReason(conferenceId).orElse(null);
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
}

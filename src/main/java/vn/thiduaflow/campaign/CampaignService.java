package vn.thiduaflow.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.Plan;
import vn.thiduaflow.plan.Plan.Tier;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.report.UpperDelegateRepository;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;

/** Starts campaigns and opens their unit conferences. */
@Service
public class CampaignService {

  /** Code used for the level above a province: the Central Emulation and Commendation Council. */
  public static final String NATION_CODE = "VN";
  static final String NATION_NAME = "Hội đồng Thi đua - Khen thưởng Trung ương";

  private final PlanCatalog plans;
  private final UnitDirectory units;
  private final CampaignRepository campaigns;
  private final ConferenceService conferences;
  private final CouncilDirectory councils;
  private final ReportService reports;
  private final RuntimeService runtimeService;
  private final UpperDelegateRepository delegates;

  public CampaignService(PlanCatalog plans, UnitDirectory units, CampaignRepository campaigns,
      ConferenceService conferences, CouncilDirectory councils, ReportService reports, RuntimeService runtimeService,
      UpperDelegateRepository delegates) {
    this.plans = plans;
    this.units = units;
    this.campaigns = campaigns;
    this.conferences = conferences;
    this.councils = councils;
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.delegates = delegates;
  }

  /**
   * Starts the campaign of a plan: a campaign row and a {@code Campaign} process instance whose business key is the
   * campaign id. The process opens the unit conferences itself.
   *
   * @param planId a plan id from the catalog
   * @return the campaign
   * @throws IllegalArgumentException when there is no such plan
   */
  @Transactional
  public Campaign start(String planId) {
    Plan plan = plans.get(planId);
    AdministrativeUnit issuer = units.get(plan.issuer().adminStructure(), plan.issuer().unitCode());
    Campaign campaign = campaigns.save(new Campaign(plan.id(), issuer.structure(), issuer.code(), issuer.name(),
        EngineClock.now(), java.time.LocalDateTime.now()));
    var instance = runtimeService.startProcessInstanceByKey(ProcessModel.CAMPAIGN, campaign.getId().toString(),
        Map.of(ProcessModel.Vars.CAMPAIGN_ID, campaign.getId()));
    campaign.setProcessInstanceId(instance.getId());
    return campaign;
  }

  /**
   * Opens the campaign's conferences: one per lower unit the plan selects (the pilot marked), then the issuing unit's
   * own. Creates each unit's council and office (sample data) and its sample nominees.
   *
   * @return the id of the issuing unit's own conference
   */
  @Transactional
  public Long openConferences(Long campaignId) {
    Campaign campaign = get(campaignId);
    Plan plan = plans.get(campaign.getPlanId());
    AdministrativeUnit issuer = units.get(campaign.getAdminStructure(), campaign.getIssuerCode());
    List<AdministrativeUnit> lower = new ArrayList<>();
    if (plan.lowerConferences() != null) {
      var selection = plan.lowerConferences().units();
      lower.addAll(selection.allChildren() ? units.children(issuer)
          : selection.unitCodes().stream().map(c -> units.get(issuer.structure(), c)).toList());
    }
    for (AdministrativeUnit unit : lower) {
      boolean pilot = plan.pilot() != null && plan.pilot().unitCode().equals(unit.code());
      councils.ensurePeople(unit);
      conferences.open(campaign.getId(), plan, Tier.LOWER, unit, issuer.code(), issuer.name(), pilot);
    }
    councils.ensurePeople(issuer);
    var parent = units.parent(issuer);
    parent.ifPresent(councils::ensurePeople);
    Conference own = conferences.open(campaign.getId(), plan, Tier.OWN, issuer,
        parent.map(AdministrativeUnit::code).orElse(NATION_CODE), parent.map(AdministrativeUnit::name).orElse(NATION_NAME),
        false);
    return own.getId();
  }

  /** The ids of the lower-tier conferences of a campaign (the multi-instance collection). */
  public List<Long> lowerConferenceIds(Long campaignId) {
    return conferences.ofCampaign(campaignId, Tier.LOWER).stream().map(Conference::getId).toList();
  }

  /**
   * After the lower conferences: their delegates to the upper level become the nominees of the issuing unit's own
   * conference (each with its unit of origin).
   *
   * @return how many nominees the own conference received
   */
  @Transactional
  public int collectLowerDelegates(Long campaignId, Long ownConferenceId) {
    List<Long> lower = lowerConferenceIds(campaignId);
    return conferences.collectLowerDelegates(ownConferenceId,
        lower.isEmpty() ? List.of() : delegates.findByConferenceIdInOrderById(lower));
  }

  /** Sends the campaign's summary report upward and closes the campaign. */
  @Transactional
  public void reportResults(Long campaignId) {
    Campaign campaign = get(campaignId);
    Plan plan = plans.get(campaign.getPlanId());
    reports.reportCampaign(campaign.getId(), plan, conferences.ofCampaign(campaignId, null));
    campaign.markReported(EngineClock.now());
  }

  /**
   * @throws IllegalArgumentException when there is no campaign with this id
   */
  public Campaign get(Long campaignId) {
    return campaigns.findById(campaignId)
        .orElseThrow(() -> new IllegalArgumentException("No campaign with id " + campaignId));
  }
}

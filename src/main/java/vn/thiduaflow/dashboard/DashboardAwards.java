package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.award.AwardStatistics;
import vn.thiduaflow.award.AwardStatisticsAccess;
import vn.thiduaflow.award.AwardStatisticsScope;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.dashboard.cockpit.DashboardCockpitPlugin;
import vn.thiduaflow.plan.PlanCatalog;

/**
 * The award figures of the dashboard ({@link AwardPanel}) and who may count them ({@link AwardStatisticsAccess}, the
 * port of the award register): whoever sees at least one unit of the chain on the dashboard, over the conferences
 * they see there ({@link DashboardVisibility}: the same rule as the page's rows); an administrator over every award of
 * the chain's campaigns.
 */
@Component
@Transactional(readOnly = true)
class DashboardAwards implements AwardStatisticsAccess {

  private final EntityManager em;
  private final AwardStatistics statistics;
  private final PlanCatalog plans;
  private final String cockpitPath;
  private final String apiPath;

  DashboardAwards(EntityManager em, AwardStatistics statistics, PlanCatalog plans, ProcessEngine engine,
      @Value("${server.servlet.context-path:}") String contextPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.em = em;
    this.statistics = statistics;
    this.plans = plans;
    String context = contextPath.replaceAll("/+$", "");
    this.cockpitPath = (context + "/" + webappPath).replaceAll("/+", "/").replaceAll("/$", "")
        + "/api/cockpit/plugin/" + DashboardCockpitPlugin.ID + "/" + engine.getName() + "/dashboard/campaigns/";
    this.apiPath = context + "/api/campaigns/";
  }

  @Override
  public Optional<AwardStatisticsScope> scopeFor(Long rootCampaignId, Authentication authentication) {
    if (rootCampaignId == null) {
      return Optional.empty();
    }
    return scope(Viewer.of(authentication), rootCampaignId, DashboardVisibility.chain(em, rootCampaignId));
  }

  /** The panel of the dashboard's page; null when the viewer sees no unit of the chain. */
  AwardPanel panel(Viewer viewer, Long rootCampaignId, Map<Long, Campaign> chain) {
    return scope(viewer, rootCampaignId, chain).map(s -> new AwardPanel(statistics.count(s),
        cockpitPath + rootCampaignId + "/awards/statistics.xlsx",
        apiPath + rootCampaignId + "/awards/statistics.xlsx")).orElse(null);
  }

  private Optional<AwardStatisticsScope> scope(Viewer viewer, Long rootCampaignId, Map<Long, Campaign> chain) {
    Campaign root = chain.get(rootCampaignId);
    if (root == null || DashboardVisibility.seesNothing(viewer)) {
      return Optional.empty();
    }
    String title = plans.find(root.getPlanId()).map(p -> "Kế hoạch số " + p.number() + " — " + p.title())
        .orElse("Kế hoạch " + root.getPlanId()) + " (" + root.getIssuerName() + ")";
    if (viewer.unrestricted()) {
      return Optional.of(new AwardStatisticsScope(rootCampaignId, title, chain.keySet(), null));
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> seen = cb.createQuery(Long.class);
    Root<Conference> c = seen.from(Conference.class);
    seen.select(c.get("id")).where(c.get("campaignId").in(chain.keySet()),
        DashboardVisibility.conferencesSeenBy(cb, c, viewer));
    Set<Long> conferences = new HashSet<>(em.createQuery(seen).getResultList());
    return conferences.isEmpty() ? Optional.empty()
        : Optional.of(new AwardStatisticsScope(rootCampaignId, title, chain.keySet(), conferences));
  }
}

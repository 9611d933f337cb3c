package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.dashboard.CampaignDashboard.EventLine;
import vn.thiduaflow.dashboard.CampaignDashboard.QuotaLine;
import vn.thiduaflow.dashboard.CampaignDashboard.QuotaSummary;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.system.VietnameseDates;

/**
 * The panels of the dashboard about the campaign rather than a row ({@link CampaignDashboard#page}): the root
 * campaign's outside events at their current dates, and the delegate quotas decided in the chain, as far as the viewer
 * may see them.
 */
@Component
@Transactional(readOnly = true)
class DashboardCampaignPanels {

  private final EntityManager em;
  private final PlanCatalog plans;
  private final vn.thiduaflow.event.OutsideEventDates outsideEvents;

  DashboardCampaignPanels(EntityManager em, PlanCatalog plans, vn.thiduaflow.event.OutsideEventDates outsideEvents) {
    this.em = em;
    this.plans = plans;
    this.outsideEvents = outsideEvents;
  }

  /**
   * The root campaign's outside events at their current dates for it (one indexed query per event, V14), each with the
   * tiers held before or after it.
   */
  List<EventLine> eventLines(Campaign root) {
    var plan = root == null ? null : plans.find(root.getPlanId()).orElse(null);
    if (plan == null || plan.outsideEvents().isEmpty()) {
      return List.of();
    }
    Map<String, vn.thiduaflow.plan.model.TierRules> tiers = new java.util.LinkedHashMap<>();
    tiers.put("Hội nghị, Đại hội của " + root.getIssuerName(), plan.ownConference());
    if (plan.lowerConferences() != null) {
      tiers.put("Hội nghị của các đơn vị cấp dưới", plan.lowerConferences());
    }
    if (plan.levels() != null) {
      plan.levels().forEach((level, rules) -> tiers.put("Hội nghị " + level.label().toLowerCase(java.util.Locale.ROOT),
          rules.conference()));
    }
    List<EventLine> lines = new ArrayList<>();
    for (var current : outsideEvents.current(root.getId(), plan)) {
      var event = current.event();
      List<String> rules = new ArrayList<>();
      tiers.forEach((who, tier) -> tier.relativeTo().stream().filter(r -> r.event().equals(event.code()))
          .forEach(r -> rules.add(who + ": " + r.relation().vietnamese() + " ngày "
              + VietnameseDates.day(current.date()) + " (" + r.clause() + ")")));
      lines.add(new EventLine(event.code(), event.name(), current.date(), event.date(), current.changed(),
          event.clause(), rules));
    }
    return lines;
  }

  /**
   * The chain's decided quotas (one query over the chain's campaigns: the unique key campaign_id, unit_code of V17),
   * grouped per campaign, with what the viewer may see: everything for an administrator or the issuer's own groups,
   * a lower unit's own quota for it.
   */
  List<QuotaSummary> quotas(Viewer viewer, Map<Long, Campaign> chain) {
    Map<Long, List<vn.thiduaflow.quota.DelegateQuota>> byCampaign = new java.util.LinkedHashMap<>();
    for (var q : em.createQuery("select q from DelegateQuota q where q.campaignId in :ids order by q.campaignId, q.id",
        vn.thiduaflow.quota.DelegateQuota.class).setParameter("ids", chain.keySet()).getResultList()) {
      byCampaign.computeIfAbsent(q.getCampaignId(), k -> new ArrayList<>()).add(q);
    }
    List<QuotaSummary> summaries = new ArrayList<>();
    byCampaign.forEach((campaignId, decided) -> {
      Campaign k = chain.get(campaignId);
      boolean issuer = viewer.unrestricted() || viewer.ownUnits().contains(k.getIssuerCode())
          || viewer.upperUnits().contains(k.getIssuerCode());
      List<QuotaLine> seen = decided.stream().filter(q -> issuer || viewer.ownUnits().contains(q.getUnitCode()))
          .map(q -> new QuotaLine(q.getUnitCode(), q.getUnitName(), q.getCollectives(), q.getIndividuals(), q.total(),
              q.getDecidedAt())).toList();
      var plan = plans.find(k.getPlanId()).orElse(null);
      if (!seen.isEmpty() && plan != null) {
        summaries.add(new QuotaSummary(campaignId, k.getIssuerName(),
            vn.thiduaflow.quota.DelegateQuotaService.totalCap(plan),
            decided.stream().mapToInt(vn.thiduaflow.quota.DelegateQuota::total).sum(), seen));
      }
    });
    return summaries;
  }
}

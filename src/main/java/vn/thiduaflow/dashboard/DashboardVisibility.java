package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;

/**
 * What the dashboard lets a viewer see, in one place for its page ({@link CampaignDashboard}) and its award figures
 * ({@link DashboardAwards}): a campaign chain (the root campaign and the campaigns below it) and, in it, the
 * conferences of the units where the viewer holds a role (other than the upper council's) and of the units directly
 * below a unit where the viewer is chair, standing office or upper council; administrators see all.
 */
final class DashboardVisibility {

  private DashboardVisibility() {}

  /** Whether the viewer sees no conference at all (no administrator, no unit role). */
  static boolean seesNothing(Viewer viewer) {
    return !viewer.unrestricted() && viewer.ownUnits().isEmpty() && viewer.upperUnits().isEmpty();
  }

  /** The chain of a root campaign: the campaign itself and those whose root it is, by id (empty when unknown). */
  static Map<Long, Campaign> chain(EntityManager em, Long rootCampaignId) {
    Map<Long, Campaign> chain = new LinkedHashMap<>();
    for (Campaign k : em.createQuery("select c from Campaign c where c.rootCampaignId = :root or c.id = :root "
        + "order by c.id", Campaign.class).setParameter("root", rootCampaignId).getResultList()) {
      chain.put(k.getId(), k);
    }
    return chain;
  }

  /**
   * The conferences a viewer who is not an administrator sees: their own units' and those of the units directly below
   * a unit where they hold a role that follows lower units. The viewer has at least one unit.
   */
  static Predicate conferencesSeenBy(CriteriaBuilder cb, Root<Conference> c, Viewer viewer) {
    List<Predicate> visible = new ArrayList<>();
    if (!viewer.ownUnits().isEmpty()) {
      visible.add(c.get("unitCode").in(viewer.ownUnits()));
    }
    if (!viewer.upperUnits().isEmpty()) {
      visible.add(c.get("upperUnitCode").in(viewer.upperUnits()));
    }
    return cb.or(visible.toArray(Predicate[]::new));
  }
}

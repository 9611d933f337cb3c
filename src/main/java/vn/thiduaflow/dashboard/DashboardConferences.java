package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.dashboard.CampaignDashboard.Filter;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.deadline.Escalation;

/**
 * Which conferences a dashboard page lists and counts ({@link CampaignDashboard#page}): the filter and the viewer's
 * read rights ({@link DashboardVisibility}) as SQL on indexed columns (conference by campaign, unit and upper unit;
 * open escalations by conference: V6) — the page's rows by unit name, the number of matching units, the units per
 * stage (the stage filter aside) and the units with something overdue (an escalation not resolved).
 */
@Component
@Transactional(readOnly = true)
class DashboardConferences {

  /**
   * What the filter finds.
   *
   * @param rows the page's conferences, by unit name then id
   * @param total units matching the filter
   * @param perStage units per stage over the filter without its stage (every stage present, 0 included)
   * @param overdue units matching the filter with an escalation not resolved
   */
  record Found(List<Conference> rows, long total, Map<Stage, Long> perStage, long overdue) {}

  private final EntityManager em;

  DashboardConferences(EntityManager em) {
    this.em = em;
  }

  /** The page and counts of the conferences of {@code campaigns} that {@code filter} and {@code viewer} allow. */
  Found find(Viewer viewer, List<Long> campaigns, Filter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Conference> rowsQuery = cb.createQuery(Conference.class);
    Root<Conference> c = rowsQuery.from(Conference.class);
    rowsQuery.select(c).where(where(cb, rowsQuery, c, viewer, campaigns, filter, true))
        .orderBy(cb.asc(c.get("unitName")), cb.asc(c.get("id")));
    List<Conference> conferences = em.createQuery(rowsQuery).setFirstResult(filter.page() * filter.size())
        .setMaxResults(filter.size()).getResultList();

    CriteriaQuery<Long> totalQuery = cb.createQuery(Long.class);
    Root<Conference> t = totalQuery.from(Conference.class);
    totalQuery.select(cb.count(t)).where(where(cb, totalQuery, t, viewer, campaigns, filter, true));
    long total = em.createQuery(totalQuery).getSingleResult();

    CriteriaQuery<Object[]> byStatus = cb.createQuery(Object[].class);
    Root<Conference> s = byStatus.from(Conference.class);
    byStatus.multiselect(s.get("status"), cb.count(s)).where(where(cb, byStatus, s, viewer, campaigns, filter, false))
        .groupBy(s.get("status"));
    Map<Stage, Long> perStage = zeroes();
    for (Object[] r : em.createQuery(byStatus).getResultList()) {
      perStage.merge(Stage.of((ConferenceStatus) r[0]), (Long) r[1], Long::sum);
    }

    Filter overdueFilter = new Filter(filter.rootCampaignId(), filter.level(), filter.stage(), true, 0, 1);
    CriteriaQuery<Long> overdueQuery = cb.createQuery(Long.class);
    Root<Conference> o = overdueQuery.from(Conference.class);
    overdueQuery.select(cb.count(o)).where(where(cb, overdueQuery, o, viewer, campaigns, overdueFilter, true));
    long overdue = em.createQuery(overdueQuery).getSingleResult();
    return new Found(conferences, total, perStage, overdue);
  }

  /** Every stage with 0 units. */
  static Map<Stage, Long> zeroes() {
    Map<Stage, Long> m = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      m.put(s, 0L);
    }
    return m;
  }

  private static Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Conference> c, Viewer viewer,
      List<Long> campaigns, Filter filter, boolean withStage) {
    List<Predicate> p = new ArrayList<>();
    p.add(c.get("campaignId").in(campaigns));
    if (!viewer.unrestricted()) {
      p.add(DashboardVisibility.conferencesSeenBy(cb, c, viewer));
    }
    if (filter.level() != null) {
      p.add(cb.equal(c.get("unitLevel"), filter.level()));
    }
    if (withStage && filter.stage() != null) {
      p.add(c.get("status").in(filter.stage().statuses()));
    }
    if (filter.overdueOnly()) {
      Subquery<Long> escalated = query.subquery(Long.class);
      Root<Escalation> e = escalated.from(Escalation.class);
      escalated.select(e.get("id")).where(cb.equal(e.get("conferenceId"), c.get("id")),
          cb.isNull(e.get("resolvedAt")));
      p.add(cb.exists(escalated));
    }
    return p.toArray(Predicate[]::new);
  }
}

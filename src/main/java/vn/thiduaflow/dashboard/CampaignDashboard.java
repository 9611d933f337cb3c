package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.calendar.CalendarYearMissingException;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignStatus;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The standing office's dashboard of a campaign: every unit's conference the viewer may see, with its stage, its next
 * deadline and what is overdue, a page at a time, with the number of units per stage and overdue.
 *
 * <p>What a viewer sees follows the conferences' own read rights ({@code UnitAccess.conferenceGroups}): the
 * conferences of the units where the viewer holds a role (other than the upper council's), and those of the units
 * directly below a unit where the viewer is chair, standing office or upper council; administrators see all. The
 * filters and counts are SQL on indexed columns (conference by campaign, unit and upper unit; open escalations by
 * conference: V6); only the page's rows compute their deadlines from the plan.
 *
 * <p>Overdue means an escalation that is not resolved: the deadline timer fired (DeadlineEscalationDelegate) and the
 * task is still open.
 */
@Service
@Transactional(readOnly = true)
public class CampaignDashboard {

  /** Largest page (rows). */
  public static final int MAX_PAGE_SIZE = 200;

  private final EntityManager em;
  private final DeadlineService deadlines;
  private final PlanCatalog plans;
  private final DocumentLinks links;
  private final RuntimeService runtime;

  private final vn.thiduaflow.submission.SubmissionService submissions;
  private final DashboardRowLines rowLines;
  private final DashboardCampaignPanels panels;
  private final DashboardAwards awards;

  CampaignDashboard(EntityManager em, DeadlineService deadlines, PlanCatalog plans, DocumentLinks links,
      RuntimeService runtime, vn.thiduaflow.submission.SubmissionService submissions, DashboardRowLines rowLines,
      DashboardCampaignPanels panels, DashboardAwards awards) {
    this.awards = awards;
    this.submissions = submissions;
    this.rowLines = rowLines;
    this.panels = panels;
    this.em = em;
    this.deadlines = deadlines;
    this.plans = plans;
    this.links = links;
    this.runtime = runtime;
  }

  /**
   * Who is looking: the units where they hold roles, from their group ids ({@code u<unit>.<role>}).
   *
   * @param unrestricted an administrator
   * @param ownUnits units where the viewer holds any role but the upper council's
   * @param upperUnits units whose lower units' conferences the viewer sees (chair, standing office, upper council)
   * @param groupIds the viewer's groups (which documents they may download: {@link DocumentLinks#readable})
   */
  public record Viewer(boolean unrestricted, Set<String> ownUnits, Set<String> upperUnits, Set<String> groupIds) {

    /**
     * The viewer of the engine's current authentication (Camunda's REST API and webapps set it per request); nobody's
     * units when there is none.
     */
    public static Viewer of(Authentication authentication) {
      return of(authentication == null || authentication.getGroupIds() == null ? List.of()
          : authentication.getGroupIds());
    }

    /** The viewer of a user with these groups ({@code camunda-admin}: an administrator). */
    public static Viewer of(Collection<String> groupIds) {
      if (groupIds.contains("camunda-admin")) {
        return new Viewer(true, Set.of(), Set.of(), Set.copyOf(groupIds));
      }
      Set<String> own = new HashSet<>();
      Set<String> upper = new HashSet<>();
      for (String group : groupIds) {
        for (CouncilRole role : CouncilRole.values()) {
          String suffix = role.groupId("").substring(1); // ".<role>"
          if (group.startsWith("u") && group.endsWith(suffix) && group.length() > suffix.length() + 1) {
            String unit = group.substring(1, group.length() - suffix.length());
            if (role != CouncilRole.UPPER_COUNCIL) {
              own.add(unit);
            }
            if (role == CouncilRole.CHAIR || role == CouncilRole.STANDING_OFFICE || role == CouncilRole.UPPER_COUNCIL) {
              upper.add(unit);
            }
          }
        }
      }
      return new Viewer(false, Set.copyOf(own), Set.copyOf(upper), Set.copyOf(groupIds));
    }
  }

  /**
   * What to show.
   *
   * @param rootCampaignId the campaign chain (its root campaign); required
   * @param level only units of this level; null for all
   * @param stage only units in this stage; null for all
   * @param overdueOnly only units with something overdue
   * @param page 0-based page
   * @param size rows per page, 1 to {@value #MAX_PAGE_SIZE}
   */
  public record Filter(Long rootCampaignId, UnitLevel level, Stage stage, boolean overdueOnly, int page, int size) {

    /**
     * A filter from request parameters: level and stage by their names ({@link UnitLevel}, {@link Stage}), blank or
     * null for all.
     *
     * @throws InvalidInputException naming the parameter and its allowed values when a level or stage is unknown
     */
    public static Filter of(Long rootCampaignId, String level, String stage, boolean overdueOnly, int page, int size) {
      return new Filter(rootCampaignId,
          level == null || level.isBlank() ? null : FormValues.choiceOf("level", level, UnitLevel.class),
          stage == null || stage.isBlank() ? null : FormValues.choiceOf("stage", stage, Stage.class),
          overdueOnly, page, size);
    }
  }

  /**
   * A campaign chain the viewer may follow on the dashboard.
   *
   * @param rootCampaignId the chain's root campaign (what {@link Filter#rootCampaignId} takes)
   * @param label Vietnamese: "Kế hoạch số <plan number> — <plan title>"
   * @param issuerName the unit that issued the plan
   * @param startedAt when the root campaign started (engine time)
   */
  public record CampaignChoice(Long rootCampaignId, String label, String issuerName, CampaignStatus status,
      LocalDateTime startedAt) {}

  /** A value of a filter with its Vietnamese label (stages, levels) for the dashboard page's choices. */
  public record Choice(String id, String label) {}

  /** The stages in workflow order, with their Vietnamese labels. */
  public static List<Choice> stageChoices() {
    return java.util.Arrays.stream(Stage.values()).map(s -> new Choice(s.name(), s.label())).toList();
  }

  /** The unit levels, with their Vietnamese labels. */
  public static List<Choice> levelChoices() {
    return java.util.Arrays.stream(UnitLevel.values()).map(l -> new Choice(l.name(), l.label())).toList();
  }

  /**
   * The campaign chains in which the viewer sees at least one unit (the same rule as {@link #page}), newest first;
   * every root campaign for an administrator.
   */
  public List<CampaignChoice> campaigns(Viewer viewer) {
    if (DashboardVisibility.seesNothing(viewer)) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> seen = cb.createQuery(Long.class);
    Root<Conference> c = seen.from(Conference.class);
    seen.select(c.get("campaignId")).distinct(true);
    if (!viewer.unrestricted()) {
      seen.where(DashboardVisibility.conferencesSeenBy(cb, c, viewer));
    }
    List<Long> campaignIds = em.createQuery(seen).getResultList();
    if (campaignIds.isEmpty()) {
      return List.of();
    }
    List<Long> roots = em.createQuery("select distinct k.rootCampaignId from Campaign k where k.id in :ids",
        Long.class).setParameter("ids", campaignIds).getResultList();
    return em.createQuery("select k from Campaign k where k.id in :roots order by k.startedAt desc, k.id desc",
            Campaign.class).setParameter("roots", roots).getResultList().stream()
        .map(k -> new CampaignChoice(k.getId(), plans.find(k.getPlanId())
            .map(p -> "Kế hoạch số " + p.number() + " — " + p.title()).orElse("Kế hoạch " + k.getPlanId()),
            k.getIssuerName(), k.getStatus(), k.getStartedAt()))
        .toList();
  }

  /**
   * One unit.
   *
   * @param nextDeadline the deadline of the unit's stage (label), null when none applies yet or any more
   * @param nextDeadlineOn its last day (inclusive)
   * @param overdue the labels of the deadlines passed with their task still open (escalated); empty when none
   * @param processInstanceId the unit's UnitConference instance; null until the campaign has started it
   * @param campaignProcessInstanceId the instance of the campaign the conference belongs to
   * @param running whether the unit's instance still runs (Cockpit's runtime view shows it); false once it has ended
   *     (the product's own record page shows the conference: {@link ConferenceRecord})
   * @param documents the unit's documents that exist at its stage and the viewer may download
   *     ({@link DocumentLinks#readable}), each with its session link
   * @param submissions what the plan requires the unit to send before its conference (issue 22), in plan order; empty
   *     until the conference is scheduled or when the plan requires nothing
   * @param committee the unit's organizing committee: null when the plan requires none and none was recorded
   * @param duties the plan's duties for the unit's conference (issue 22, plan.duties), in plan order, each with its
   *     holder, due day and state today (due, done, done late, late); empty before the conference is scheduled or
   *     when the plan has none
   * @param supervisor the council member of the council above who supervises the unit (plan.supervision), once the
   *     standing office assigned one: "<full name> (<username>)"; null otherwise
   */
  public record Row(Long conferenceId, String unitCode, String unitName, UnitLevel level, Stage stage,
      ConferenceStatus status, LocalDate scheduledOn, String nextDeadline, LocalDate nextDeadlineOn,
      List<String> overdue, String processInstanceId, String campaignProcessInstanceId, boolean running,
      List<DocumentLink> documents, List<SubmissionLine> submissions, CommitteeLine committee, List<DutyLine> duties,
      String supervisor) {}

  /**
   * One duty of a unit's conference ({@code conference_duty}, issue 22).
   *
   * @param title what is to be done (the plan's words)
   * @param holder who does it ("Công chức Văn hóa - Xã hội … — Phường Văn Yên")
   * @param dueOn its last day (inclusive); null while it counts from a step not yet done
   * @param doneAt when the holder reported it done (engine time); null while not done
   * @param state {@code DUE}, {@code DONE}, {@code DONE_LATE} or {@code LATE} on the engine's today
   *     ({@link vn.thiduaflow.submission.ConferenceDuty.State})
   * @param stateLabel the state in Vietnamese ("Đang thực hiện", "Đã xong", "Đã xong (quá hạn)", "Quá hạn")
   */
  public record DutyLine(String code, String title, String holder, LocalDate dueOn, LocalDateTime doneAt,
      String state, String stateLabel) {}

  /**
   * One submission of a unit ({@code conference_submission}).
   *
   * @param dueOn its last day (inclusive); null while it counts from a step not yet done
   * @param sentAt when the secretary sent it (engine time); null while not sent
   * @param late sent after its due day, or not sent and its due day has passed (engine's today)
   * @param escalated its deadline timer escalated it to the council's chair and standing office and that escalation is
   *     still open (resolved once sent or re-armed by a reschedule)
   * @param stateLabel Vietnamese: "Đã gửi 14/01/2025 10:00", "Đã gửi 21/01/2025 09:00 (quá hạn)", "Chưa gửi",
   *     "Quá hạn — đã báo cáo Chủ tịch Hội đồng"
   */
  public record SubmissionLine(String code, String title, String recipient, LocalDate dueOn, LocalDateTime sentAt,
      String sentBy, boolean late, boolean escalated, String stateLabel) {}

  /**
   * A unit's organizing committee (Ban Tổ chức, {@code organizing_committee}).
   *
   * @param required whether the plan requires the unit to set one up ({@code organizingCommittee})
   * @param established whether its decision is recorded
   * @param decisionNumber the decision's number; null until established
   * @param decisionDate the day the decision was signed; null until established
   */
  public record CommitteeLine(boolean required, boolean established, String decisionNumber, LocalDate decisionDate) {}

  /**
   * An outside event of the campaign's plan (issue 22, {@code outsideEvents}) at its current date for the campaign
   * (the issuing unit's standing office may have moved it), with the rules that hold conferences to it.
   *
   * @param planDate the plan's own date
   * @param changed whether the office moved it from the plan's date
   * @param rules one Vietnamese sentence per tier held before or after it, with the clause: "Hội nghị cấp xã: trước
   *     ngày 20/10/2025 (§II.1)"
   */
  public record EventLine(String code, String name, LocalDate date, LocalDate planDate, boolean changed,
      String clause, List<String> rules) {}

  /**
   * The delegate quotas a campaign's standing office decided for its lower units (issue 22,
   * {@code upperQuota.decidedByStandingOffice}).
   *
   * @param congress the unit whose congress the delegates attend (the campaign's issuer)
   * @param officialDelegates the most all lower units together may send (people:
   *     {@link vn.thiduaflow.quota.DelegateQuotaService#totalCap})
   * @param decidedTotal the decided quotas' total (people; a collective sends one)
   * @param units the decisions the viewer may see, in decision order
   */
  public record QuotaSummary(Long campaignId, String congress, int officialDelegates, int decidedTotal,
      List<QuotaLine> units) {}

  /** One decided quota: collectives and individuals (people), their total, and when it was decided. */
  public record QuotaLine(String unitCode, String unitName, int collectives, int individuals, int total,
      LocalDateTime decidedAt) {}

  /**
   * A document's link.
   *
   * @param document its {@link vn.thiduaflow.document.GeneratedDocument} name
   * @param title Vietnamese, with the file's kind
   * @param path the download path in the webapp session ({@link DocumentLinks#path})
   */
  public record DocumentLink(String document, String title, String path) {}

  /**
   * A page of units, ordered by unit name, with counts over every unit the filter and viewer allow (the stage filter
   * aside for the per-stage counts, so the standing office sees all stages at once).
   *
   * @param total units matching the filter
   * @param perStage units per stage (every stage present, 0 included)
   * @param overdue units with something overdue
   * @param outsideEvents the root campaign's outside events at their current dates; empty when its plan has none
   * @param quotas per campaign of the chain with decided quotas the viewer may see: the issuer's office, an
   *     administrator, or a lower unit for its own quota
   * @param awards the panel "Khen thưởng": the chain's commended collectives and individuals over the conferences the
   *     viewer sees, with the workbook's links ({@link DashboardAwards}); null for a viewer who sees no unit
   */
  public record Page(List<Row> rows, long total, int page, int size, Map<Stage, Long> perStage, long overdue,
      List<EventLine> outsideEvents, List<QuotaSummary> quotas, AwardPanel awards) {}

  /**
   * @throws InvalidInputException when the campaign is missing or unknown, or the page or size are out of range
   */
  public Page page(Viewer viewer, Filter filter) {
    if (filter.rootCampaignId() == null || em.find(Campaign.class, filter.rootCampaignId()) == null) {
      throw InvalidInputException.of("campaign", "dashboard.campaign.unknown", filter.rootCampaignId());
    }
    if (filter.page() < 0 || filter.size() < 1 || filter.size() > MAX_PAGE_SIZE) {
      throw InvalidInputException.of("size", "dashboard.page.outOfRange", MAX_PAGE_SIZE);
    }
    Map<Long, Campaign> chain = DashboardVisibility.chain(em, filter.rootCampaignId());
    Map<Long, String> campaignInstances = new java.util.HashMap<>();
    chain.forEach((id, k) -> campaignInstances.put(id, k.getProcessInstanceId()));
    List<Long> campaigns = List.copyOf(chain.keySet());
    if (DashboardVisibility.seesNothing(viewer)) {
      return new Page(List.of(), 0, filter.page(), filter.size(), zeroes(), 0, List.of(), List.of(), null);
    }
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

    List<Long> pageIds = conferences.stream().map(Conference::getId).toList();
    Map<Long, List<String>> open = openEscalations(pageIds);
    Map<Long, List<SubmissionLine>> sent = rowLines.submissionLines(pageIds);
    Map<Long, CommitteeLine> recorded = rowLines.committees(pageIds);
    Map<String, Boolean> committeeRequired = new java.util.HashMap<>(); // per campaign, tier and level, not per row
    Map<Long, List<DutyLine>> duties = rowLines.dutyLines(pageIds);
    Map<Long, String> supervisors = rowLines.supervisors(pageIds);
    Set<String> running = running(conferences);
    List<Row> rows = new ArrayList<>();
    for (Conference conf : conferences) {
      Stage stage = Stage.of(conf.getStatus());
      DeadlineKind kind = conf.getStatus() == ConferenceStatus.REPORTED ? null : stage.deadline();
      LocalDate due = null;
      if (kind != null) {
        try {
          due = deadlines.dueDays(conf.getId()).get(kind);
        } catch (CalendarYearMissingException e) {
          due = null; // a deadline in a year without configured holidays: shown as unknown, not as a broken page
        }
      }
      rows.add(new Row(conf.getId(), conf.getUnitCode(), conf.getUnitName(), conf.getUnitLevel(), stage,
          conf.getStatus(), conf.getScheduledOn(), due == null ? null : kind.label(), due,
          open.getOrDefault(conf.getId(), List.of()), conf.getProcessInstanceId(),
          campaignInstances.get(conf.getCampaignId()),
          conf.getProcessInstanceId() != null && running.contains(conf.getProcessInstanceId()),
          DocumentLinks.readable(conf, viewer.groupIds()).stream()
              .map(d -> new DocumentLink(d.name(), d.title(), links.path(conf.getId(), d))).toList(),
          sent.getOrDefault(conf.getId(), List.of()),
          DashboardRowLines.committeeOf(conf, recorded.get(conf.getId()),
              committeeRequired.computeIfAbsent(conf.getCampaignId() + "/" + conf.getTier() + "/" + conf.getUnitLevel(),
                  k -> submissions.committeeRequired(conf))),
          duties.getOrDefault(conf.getId(), List.of()), supervisors.get(conf.getId())));
    }
    return new Page(rows, total, filter.page(), filter.size(), perStage, overdue,
        panels.eventLines(chain.get(filter.rootCampaignId())), panels.quotas(viewer, chain),
        awards.panel(viewer, filter.rootCampaignId(), chain));
  }

  private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Conference> c, Viewer viewer,
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

  /** The page's instances that still run (one query). */
  private Set<String> running(List<Conference> conferences) {
    Set<String> ids = conferences.stream().map(Conference::getProcessInstanceId).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Set.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).collect(Collectors.toSet());
  }

  private Map<Long, List<String>> openEscalations(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select e from Escalation e where e.conferenceId in :ids and e.resolvedAt is null "
            + "order by e.dueOn", Escalation.class).setParameter("ids", conferenceIds).getResultList().stream()
        .collect(Collectors.groupingBy(Escalation::getConferenceId,
            Collectors.mapping(e -> e.getDeadline().label() + " (hạn " + VietnameseDates.day(e.getDueOn()) + ")",
                Collectors.toList())));
  }

  private static Map<Stage, Long> zeroes() {
    Map<Stage, Long> m = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      m.put(s, 0L);
    }
    return m;
  }
}

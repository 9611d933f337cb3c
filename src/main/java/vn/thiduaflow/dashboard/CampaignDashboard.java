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
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The standing office's dashboard of a campaign: every unit's conference the viewer may see, with its stage, its next
 * deadline and what is overdue, a page at a time, with the number of units per stage and overdue.
 *
 * <p>What a viewer sees follows the conferences' own read rights ({@code AccessGrants.conferenceGroups}): the
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
  private final vn.thiduaflow.event.OutsideEventDates outsideEvents;

  CampaignDashboard(EntityManager em, DeadlineService deadlines, PlanCatalog plans, DocumentLinks links,
      RuntimeService runtime, vn.thiduaflow.submission.SubmissionService submissions,
      vn.thiduaflow.event.OutsideEventDates outsideEvents) {
    this.submissions = submissions;
    this.outsideEvents = outsideEvents;
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
    if (!viewer.unrestricted() && viewer.ownUnits().isEmpty() && viewer.upperUnits().isEmpty()) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> seen = cb.createQuery(Long.class);
    Root<Conference> c = seen.from(Conference.class);
    seen.select(c.get("campaignId")).distinct(true);
    if (!viewer.unrestricted()) {
      seen.where(visibleTo(cb, c, viewer));
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
   */
  public record Page(List<Row> rows, long total, int page, int size, Map<Stage, Long> perStage, long overdue,
      List<EventLine> outsideEvents, List<QuotaSummary> quotas) {}

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
    Map<Long, String> campaignInstances = new java.util.HashMap<>();
    Map<Long, Campaign> chain = new java.util.LinkedHashMap<>();
    for (Campaign k : em.createQuery("select c from Campaign c where c.rootCampaignId = :root or c.id = :root "
        + "order by c.id", Campaign.class).setParameter("root", filter.rootCampaignId()).getResultList()) {
      campaignInstances.put(k.getId(), k.getProcessInstanceId());
      chain.put(k.getId(), k);
    }
    List<Long> campaigns = List.copyOf(campaignInstances.keySet());
    if (!viewer.unrestricted() && viewer.ownUnits().isEmpty() && viewer.upperUnits().isEmpty()) {
      return new Page(List.of(), 0, filter.page(), filter.size(), zeroes(), 0, List.of(), List.of());
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
    Map<Long, List<SubmissionLine>> sent = submissionLines(pageIds);
    Map<Long, CommitteeLine> recorded = committees(pageIds);
    Map<String, Boolean> committeeRequired = new java.util.HashMap<>(); // per campaign, tier and level, not per row
    Map<Long, List<DutyLine>> duties = dutyLines(pageIds);
    Map<Long, String> supervisors = supervisors(pageIds);
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
          sent.getOrDefault(conf.getId(), List.of()), committeeOf(conf, recorded.get(conf.getId()),
              committeeRequired.computeIfAbsent(conf.getCampaignId() + "/" + conf.getTier() + "/" + conf.getUnitLevel(),
                  k -> submissions.committeeRequired(conf))),
          duties.getOrDefault(conf.getId(), List.of()), supervisors.get(conf.getId())));
    }
    return new Page(rows, total, filter.page(), filter.size(), perStage, overdue,
        eventLines(chain.get(filter.rootCampaignId())), quotas(viewer, chain));
  }

  /**
   * The page's submissions with whether their escalation is still open: one query over the page's conferences
   * (index {@code ix_conference_submission_conference}, V16), one for their escalations by primary key (none when no
   * submission of the page was escalated).
   */
  private Map<Long, List<SubmissionLine>> submissionLines(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    LocalDate today = vn.thiduaflow.system.EngineClock.today();
    Map<Long, List<SubmissionLine>> lines = new java.util.HashMap<>();
    List<vn.thiduaflow.submission.ConferenceSubmission> rows = em.createQuery("select s from ConferenceSubmission s "
        + "where s.conferenceId in :ids order by s.conferenceId, s.id", vn.thiduaflow.submission.ConferenceSubmission.class)
        .setParameter("ids", conferenceIds).getResultList();
    List<Long> escalationIds = rows.stream().map(vn.thiduaflow.submission.ConferenceSubmission::getEscalationId)
        .filter(java.util.Objects::nonNull).toList();
    Set<Long> open = escalationIds.isEmpty() ? Set.of() : Set.copyOf(em.createQuery("select e.id from Escalation e "
        + "where e.id in :ids and e.resolvedAt is null", Long.class).setParameter("ids", escalationIds).getResultList());
    for (var s : rows) {
      boolean escalated = s.getEscalationId() != null && open.contains(s.getEscalationId());
      boolean late = s.getDueOn() != null && (s.sent() ? s.getSentAt().toLocalDate().isAfter(s.getDueOn())
          : today.isAfter(s.getDueOn()));
      String state = s.sent() ? "Đã gửi " + VietnameseDates.minute(s.getSentAt()) + (late ? " (quá hạn)" : "")
          : escalated ? "Quá hạn — đã báo cáo Chủ tịch Hội đồng" : late ? "Quá hạn, chưa gửi" : "Chưa gửi";
      lines.computeIfAbsent(s.getConferenceId(), k -> new ArrayList<>()).add(new SubmissionLine(s.getCode(),
          s.getTitle(), s.getRecipient(), s.getDueOn(), s.getSentAt(), s.getSentBy(), late, escalated, state));
    }
    return lines;
  }

  /** The page's duties with their state on the engine's today (one query, index {@code ix_conference_duty_conference}). */
  private Map<Long, List<DutyLine>> dutyLines(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    LocalDate today = vn.thiduaflow.system.EngineClock.today();
    Map<Long, List<DutyLine>> lines = new java.util.HashMap<>();
    for (var d : em.createQuery("select d from ConferenceDuty d where d.conferenceId in :ids "
        + "order by d.conferenceId, d.id", vn.thiduaflow.submission.ConferenceDuty.class)
        .setParameter("ids", conferenceIds).getResultList()) {
      var state = d.stateOn(today);
      lines.computeIfAbsent(d.getConferenceId(), k -> new ArrayList<>()).add(new DutyLine(d.getCode(), d.getTitle(),
          d.getHolderLabel(), d.getDueOn(), d.getDoneAt(), state.name(), state.label()));
    }
    return lines;
  }

  /** The page's supervisors: "<full name> (<username>)" (one query by primary key). */
  private Map<Long, String> supervisors(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new java.util.HashMap<>();
    for (var s : em.createQuery("select s from ConferenceSupervisor s where s.conferenceId in :ids",
        vn.thiduaflow.submission.ConferenceSupervisor.class).setParameter("ids", conferenceIds).getResultList()) {
      names.put(s.getConferenceId(), s.getFullName() + " (" + s.getUsername() + ")");
    }
    return names;
  }

  /** The page's recorded organizing committees, decision only (one query by primary key; members not loaded). */
  private Map<Long, CommitteeLine> committees(List<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, CommitteeLine> recorded = new java.util.HashMap<>();
    for (Object[] r : em.createQuery("select k.conferenceId, k.decisionNumber, k.decisionDate "
        + "from OrganizingCommittee k where k.conferenceId in :ids", Object[].class).setParameter("ids", conferenceIds)
        .getResultList()) {
      recorded.put((Long) r[0], new CommitteeLine(false, true, (String) r[1], (LocalDate) r[2]));
    }
    return recorded;
  }

  /**
   * The row's committee: whether the plan requires it (from the plan: the same for a campaign's tier and level), and
   * the decision if recorded.
   */
  private static CommitteeLine committeeOf(Conference conf, CommitteeLine recorded, boolean required) {
    if (recorded == null) {
      return required ? new CommitteeLine(true, false, null, null) : null;
    }
    return new CommitteeLine(required, true, recorded.decisionNumber(), recorded.decisionDate());
  }

  /**
   * The root campaign's outside events at their current dates for it (one indexed query per event, V14), each with the
   * tiers held before or after it.
   */
  private List<EventLine> eventLines(Campaign root) {
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
  private List<QuotaSummary> quotas(Viewer viewer, Map<Long, Campaign> chain) {
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

  /**
   * The conferences a viewer who is not an administrator sees: their own units' and those of the units directly below
   * a unit where they hold a role that follows lower units. The viewer has at least one unit.
   */
  private static Predicate visibleTo(CriteriaBuilder cb, Root<Conference> c, Viewer viewer) {
    List<Predicate> visible = new ArrayList<>();
    if (!viewer.ownUnits().isEmpty()) {
      visible.add(c.get("unitCode").in(viewer.ownUnits()));
    }
    if (!viewer.upperUnits().isEmpty()) {
      visible.add(c.get("upperUnitCode").in(viewer.upperUnits()));
    }
    return cb.or(visible.toArray(Predicate[]::new));
  }

  private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Conference> c, Viewer viewer,
      List<Long> campaigns, Filter filter, boolean withStage) {
    List<Predicate> p = new ArrayList<>();
    p.add(c.get("campaignId").in(campaigns));
    if (!viewer.unrestricted()) {
      p.add(visibleTo(cb, c, viewer));
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

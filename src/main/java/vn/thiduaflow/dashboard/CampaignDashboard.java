package vn.thiduaflow.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignStatus;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.plan.PlanCatalog;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The standing office's dashboard of a campaign: every unit's conference the viewer may see, with its stage, its next
 * deadline and what is overdue, a page at a time, with the number of units per stage and overdue.
 *
 * <p>What a viewer sees follows the conferences' own read rights ({@code UnitAccess.conferenceGroups}): the
 * conferences of the units where the viewer holds a role (other than the upper council's), and those of the units
 * directly below a unit where the viewer is chair, standing office or upper council; administrators see all. The
 * filters and counts are SQL on indexed columns ({@link DashboardConferences}); only the page's rows compute their
 * deadlines from the plan ({@link DashboardRows}); the campaign's panels beside the rows come from
 * {@link DashboardCampaignPanels} (outside events, quotas) and {@link DashboardAwards}. This class keeps the page's
 * shapes (the records below) and the campaign choices.
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
  private final PlanCatalog plans;
  private final DashboardConferences found;
  private final DashboardRows rows;
  private final DashboardCampaignPanels panels;
  private final DashboardAwards awards;

  CampaignDashboard(EntityManager em, PlanCatalog plans, DashboardConferences found, DashboardRows rows,
      DashboardCampaignPanels panels, DashboardAwards awards) {
    this.em = em;
    this.plans = plans;
    this.found = found;
    this.rows = rows;
    this.panels = panels;
    this.awards = awards;
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
      return new Page(List.of(), 0, filter.page(), filter.size(), DashboardConferences.zeroes(), 0, List.of(),
          List.of(), null);
    }
    DashboardConferences.Found page = found.find(viewer, campaigns, filter);
    return new Page(rows.rows(page.rows(), viewer, campaignInstances), page.total(), filter.page(), filter.size(),
        page.perStage(), page.overdue(), panels.eventLines(chain.get(filter.rootCampaignId())),
        panels.quotas(viewer, chain), awards.panel(viewer, filter.rootCampaignId(), chain));
  }
}

package vn.thiduaflow.submission;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilMemberRepository;
import vn.thiduaflow.deadline.EscalationNotified;
import vn.thiduaflow.deadline.NotificationService;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.SupervisionRule;
import vn.thiduaflow.security.AccessGrants;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Who of the council above supervises a unit's conference (issue 22, {@link SupervisionRule}; 172/KH-UBND §IV.2: the
 * standing office "phân công thành viên Hội đồng phụ trách chỉ đạo tổ chức Hội nghị, Đại hội tại các cơ quan, đơn
 * vị"). The plan only says that members are assigned; the standing office of the council above decides who, once the
 * unit's conference is scheduled (UserTask_AssignSupervisor, one per unit in the rule's scope), choosing one of its
 * council's voting members (chair, vice chairs, members). From then on every escalation of the unit's deadlines —
 * nominations, vote, dossier, report, submissions, duties — is sent to that member as well
 * ({@link vn.thiduaflow.deadline.NotificationKind#SUPERVISOR_ALERT}, one per escalation); escalations before the
 * assignment reach the chair and office only.
 */
@Service("supervisionService")
@Transactional
public class SupervisionService {

  private final ConferenceQueries conferences;
  private final CouncilMemberRepository members;
  private final ConferenceSupervisorRepository supervisors;
  private final NotificationService notifications;
  private final AuditTrail audit;
  private final AccessGrants grants;

  SupervisionService(ConferenceQueries conferences, CouncilMemberRepository members,
      ConferenceSupervisorRepository supervisors, NotificationService notifications, AuditTrail audit,
      AccessGrants grants) {
    this.grants = grants;
    this.conferences = conferences;
    this.members = members;
    this.supervisors = supervisors;
    this.notifications = notifications;
    this.audit = audit;
  }

  /**
   * Lets the supervisor follow the unit's conference in Cockpit: READ on its instance only
   * ({@link AccessGrants#grantSupervisor}).
   */
  public void letFollow(Long conferenceId, String username) {
    grants.grantSupervisor(conferences.get(conferenceId), username);
  }

  /** Whether the plan has the conference's unit supervised by a member of the council above (it has one). */
  @Transactional(readOnly = true)
  public boolean required(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    Plan plan = conferences.planOf(c);
    return plan.supervision() != null && c.getUpperUnitCode() != null
        && plan.supervision().covers(plan, c.getTier(), c.getUnitLevel());
  }

  /**
   * The candidate group of a role of the unit above the conference's (the assignment task's: its standing office).
   *
   * @param role a {@link CouncilRole} name
   */
  @Transactional(readOnly = true)
  public String upperGroup(VariableScope execution, String role) {
    return CouncilRole.parse(role).groupId(conferences.get(ProcessIds.conferenceId(execution)).getUpperUnitCode());
  }

  /** The voting members of the council above, who may be assigned: chair, vice chairs, members, in roster order. */
  @Transactional(readOnly = true)
  public List<CouncilMember> candidates(Long conferenceId) {
    Conference c = conferences.get(conferenceId);
    return members.findByAdminStructureAndUnitCodeOrderById(conferences.structureOf(c), c.getUpperUnitCode())
        .stream().filter(m -> m.getRole().votes()).toList();
  }

  /** The clause of the plan's supervision rule ("" when it has none). */
  @Transactional(readOnly = true)
  public String clause(Long conferenceId) {
    SupervisionRule rule = conferences.planOf(conferences.get(conferenceId)).supervision();
    return rule == null ? "" : rule.clause();
  }

  /**
   * Assigns (or re-assigns) the unit's supervisor.
   *
   * @param username one of {@link #candidates}
   * @param actor who assigns (the standing office above)
   * @throws InvalidInputException (field {@value Fields#SUPERVISOR}) when nobody or someone outside the council above
   *     is chosen; nothing is written
   */
  public ConferenceSupervisor assign(Long conferenceId, String username, String actor) {
    Conference c = conferences.get(conferenceId);
    if (username == null || username.isBlank()) {
      throw new InvalidInputException(Fields.SUPERVISOR, "Chưa chọn thành viên Hội đồng phụ trách " + c.getUnitName(),
          "no supervising member chosen");
    }
    CouncilMember member = candidates(conferenceId).stream().filter(m -> m.getUsername().equals(username))
        .findFirst().orElseThrow(() -> new InvalidInputException(Fields.SUPERVISOR, "«" + username + "» không phải "
            + "thành viên Hội đồng Thi đua - Khen thưởng " + c.getUpperUnitName() + " có quyền biểu quyết; chọn một "
            + "người trong danh sách", "'" + username + "' is not a voting member of the council above"));
    ConferenceSupervisor row = supervisors.findById(conferenceId).orElseGet(() -> new ConferenceSupervisor(conferenceId));
    row.assign(member.getUsername(), member.getFullName(), actor, EngineClock.now());
    row = supervisors.save(row);
    audit.record(actor, "SUPERVISOR_ASSIGNED", conferenceId, c.getCampaignId(), "Phân công " + member.getFullName()
        + " (" + member.getUsername() + ") phụ trách " + c.getUnitName() + " / supervisor assigned");
    return row;
  }

  /** The unit's supervisor, once assigned. */
  @Transactional(readOnly = true)
  public Optional<ConferenceSupervisor> of(Long conferenceId) {
    return supervisors.findById(conferenceId);
  }

  /**
   * An escalation of a unit's deadline was notified: its supervisor, when assigned, is told once
   * ({@link NotificationService#supervisorAlerted}), in the same transaction.
   */
  @EventListener
  public void escalated(EscalationNotified event) {
    supervisors.findById(event.conferenceId()).ifPresent(s -> notifications.supervisorAlerted(
        conferences.get(event.conferenceId()), event.deadline(), event.due(), event.rule(), event.tasks(),
        s.getUsername(), s.getFullName()));
  }
}

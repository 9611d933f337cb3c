package vn.thiduaflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.CampaignDirectory;
import vn.thiduaflow.conference.CampaignRef;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.ProcessIds;

/**
 * Camunda authorizations that give each unit's groups ({@link CouncilRole#groupId}) what they need and nothing of other
 * units. Tasks need nothing here: Camunda grants READ and TASK_WORK (not UPDATE: {@code defaultUserPermissionNameForTask})
 * on a task to its assignee and candidate groups itself.
 * <ul>
 *   <li>every council group: the Tasklist application and READ on process definitions (names of the models);</li>
 *   <li>chair, standing office and upper council: Cockpit too;</li>
 *   <li>a UnitConference instance (and its history): READ for every group of the unit, and for the chair, standing
 *       office and upper-council groups of the unit above, which reviews its dossier;</li>
 *   <li>a Campaign instance (and its history): READ for the issuer's chair and standing office; starting
 *       ChangeOutsideEventDate for that office when the campaign's plan file names outside events.</li>
 * </ul>
 * Nothing is written while authorization checks are off (simulation mode).
 */
@Component("accessGrants")
public class AccessGrants {

  private final AuthorizationService authorizations;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final ConferenceQueries conferences;
  private final CampaignDirectory campaigns;
  private final vn.thiduaflow.plan.PlanCatalog plans;

  AccessGrants(AuthorizationService authorizations, ProcessEngineConfigurationImpl engineConfiguration,
      ConferenceQueries conferences, CampaignDirectory campaigns, vn.thiduaflow.plan.PlanCatalog plans) {
    this.authorizations = authorizations;
    this.engineConfiguration = engineConfiguration;
    this.conferences = conferences;
    this.campaigns = campaigns;
    this.plans = plans;
  }

  /** Process start listener of UnitConference: READ on this instance for {@link UnitAccess#conferenceGroups}. */
  public void grantConference(DelegateExecution execution) {
    if (!engineConfiguration.isAuthorizationEnabled()) {
      return;
    }
    Conference conference = conferences.get(ProcessIds.conferenceId(execution));
    grantInstance(execution.getProcessInstanceId(), UnitAccess.conferenceGroups(conference));
  }

  /**
   * Process start listener of Campaign: READ on this instance for the issuer's chair and standing office; and when the
   * campaign carries out a plan file that names outside events (not a plan derived from a cascade above), its
   * standing office may start ChangeOutsideEventDate — the only office that may move those dates (issue 22), so the
   * only one that sees the process in Tasklist's «Bắt đầu quy trình».
   */
  public void grantCampaign(DelegateExecution execution) {
    if (!engineConfiguration.isAuthorizationEnabled()) {
      return;
    }
    CampaignRef campaign = campaigns.get(ProcessIds.campaignId(execution));
    String office = CouncilRole.STANDING_OFFICE.groupId(campaign.getIssuerCode());
    grantInstance(execution.getProcessInstanceId(), List.of(CouncilRole.CHAIR.groupId(campaign.getIssuerCode()),
        office));
    if (!campaign.getPlanId().contains(vn.thiduaflow.plan.PlanCatalog.DERIVED_SEPARATOR)
        && !plans.get(campaign.getPlanId()).outsideEvents().isEmpty()) {
      grant(office, Resources.PROCESS_DEFINITION, CHANGE_OUTSIDE_EVENT_DATE, Permissions.CREATE_INSTANCE);
      grant(office, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
  }

  /** Process id of the outside-event date change (event.process.ChangeOutsideEventDate#PROCESS). */
  private static final String CHANGE_OUTSIDE_EVENT_DATE = "ChangeOutsideEventDate";

  /**
   * What a council group may use, whatever unit it belongs to: Tasklist, READ on process definitions, Cockpit for
   * the roles that follow the work of a whole unit, and for the standing office starting CouncilMaintenance (bound to
   * the office's own unit; ChangeOutsideEventDate is granted with the campaign that needs it, {@link #grantCampaign}).
   * Idempotent.
   */
  public void grantRole(String groupId, CouncilRole role) {
    if (!engineConfiguration.isAuthorizationEnabled()) {
      return;
    }
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    if (role == CouncilRole.CHAIR || role == CouncilRole.STANDING_OFFICE || role == CouncilRole.UPPER_COUNCIL) {
      grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
    if (role == CouncilRole.STANDING_OFFICE) {
      // the office changes its own unit's council from Tasklist (process CouncilMaintenance, bound to its unit)
      grant(groupId, Resources.PROCESS_DEFINITION, "CouncilMaintenance", Permissions.CREATE_INSTANCE);
      grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
  }

  /** Every user may READ a shared Tasklist filter (its query is evaluated with the user's own authorizations). */
  public void grantFilterToEveryone(String filterId) {
    if (!engineConfiguration.isAuthorizationEnabled() || authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(Resources.FILTER).resourceId(filterId).count() > 0) {
      return;
    }
    Authorization a = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    a.setUserId(Authorization.ANY);
    a.setResource(Resources.FILTER);
    a.setResourceId(filterId);
    a.addPermission(Permissions.READ);
    authorizations.saveAuthorization(a);
  }

  /**
   * The council member the standing office above assigned to supervise a unit's conference (issue 22, plan
   * {@code supervision}) follows it: Cockpit, and READ on that conference's instance and its history — nothing of the
   * unit's other conferences, no task of it. Idempotent.
   */
  public void grantSupervisor(Conference conference, String username) {
    if (!engineConfiguration.isAuthorizationEnabled() || conference.getProcessInstanceId() == null) {
      return;
    }
    grantUser(username, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grantUser(username, Resources.PROCESS_INSTANCE, conference.getProcessInstanceId(), Permissions.READ);
    if (engineConfiguration.isEnableHistoricInstancePermissions()) {
      grantUser(username, Resources.HISTORIC_PROCESS_INSTANCE, conference.getProcessInstanceId(),
          HistoricProcessInstancePermissions.READ);
    }
  }

  private void grantUser(String userId, Resource resource, String resourceId, Permission permission) {
    save(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).userIdIn(userId),
        a -> a.setUserId(userId), resource, resourceId, permission);
  }

  private void grantInstance(String processInstanceId, List<String> groups) {
    for (String group : groups) {
      grant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
      if (engineConfiguration.isEnableHistoricInstancePermissions()) {
        grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
      }
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    save(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId),
        a -> a.setGroupId(groupId), resource, resourceId, permission);
  }

  /** Adds the permission to the grant the query finds for the resource (a user's or a group's), or creates it. */
  private void save(org.camunda.bpm.engine.authorization.AuthorizationQuery whose,
      java.util.function.Consumer<Authorization> owner, Resource resource, String resourceId, Permission permission) {
    Authorization existing = whose.resourceType(resource).resourceId(resourceId).singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      return;
    }
    Authorization a = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    owner.accept(a);
    a.setResource(resource);
    a.setResourceId(resourceId);
    a.addPermission(permission);
    authorizations.saveAuthorization(a);
  }

}

package vn.thiduaflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the grants of tasks created before {@code defaultUserPermissionNameForTask: TASK_WORK} in line with it, once
 * at start-up: Camunda wrote UPDATE for every assignee and candidate of a task, which let them set the process's
 * variables and hand the task to anyone; each such grant on one task (not the administrators' {@code *}) gets
 * TASK_WORK instead of UPDATE. Instances started before keep their model version, whose expressions still read the
 * conference id from a variable; with these grants and {@link FormSubmissionGuard} no user can write it any more.
 * Idempotent: a database without such grants is left as it is (one query).
 */
@Component
public class TaskGrantUpgrade extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskGrantUpgrade.class);
  private static final int PAGE = 500;

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    int upgraded = 0;
    for (int first = 0; ; ) {
      var page = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).orderByResourceId().asc()
          .listPage(first, PAGE);
      if (page.isEmpty()) {
        break;
      }
      var kept = page.stream().filter(a -> Authorization.ANY.equals(a.getResourceId())
          || Groups.CAMUNDA_ADMIN.equals(a.getGroupId())).count();
      first += (int) kept; // the administrators' grants keep UPDATE and stay in the query's results
      page = page.stream().filter(a -> !Authorization.ANY.equals(a.getResourceId())
          && !Groups.CAMUNDA_ADMIN.equals(a.getGroupId())).toList();
      for (Authorization grant : page) {
        grant.removePermission(Permissions.UPDATE);
        grant.addPermission(TaskPermissions.TASK_WORK);
        authorizations.saveAuthorization(grant);
        upgraded++;
      }
    }
    if (upgraded > 0) {
      LOG.info("{} task grants changed from UPDATE to TASK_WORK (defaultUserPermissionNameForTask)", upgraded);
    }
  }
}

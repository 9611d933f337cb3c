package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;

/**
 * The shortcut around Camunda's per-command read of every authorization row's group: installed in the engine, the
 * caller's groups passed through up to the threshold and filtered by Camunda's rule above it, and what a user sees the
 * same as without it — a group with no authorizations adds nothing, another unit's task stays invisible.
 */
@ThiDuaFlowSpringTest
class AuthorizedGroupsShortcutTest {

  private static final String OWN = "shortcut-test-a.council-member";
  private static final String OTHER = "shortcut-test-b.council-member";
  private static final String WITHOUT_AUTHORIZATIONS = "shortcut-test-c.council-member";

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private String ownInstance;

  @BeforeEach
  void twoUnitsWithOneTaskEach() {
    repository.createDeployment().name("shortcut-test").addModelInstance("shortcut-test.bpmn",
        Bpmn.createExecutableProcess("ShortcutTest").camundaHistoryTimeToLive(1).startEvent()
            .userTask("review").camundaCandidateGroups("${group}").endEvent().done()).deploy();
    ownInstance = runtime.startProcessInstanceByKey("ShortcutTest", "own", java.util.Map.of("group", OWN)).getId();
    runtime.startProcessInstanceByKey("ShortcutTest", "other", java.util.Map.of("group", OTHER));
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(OWN);
    read.setResource(Resources.PROCESS_DEFINITION);
    read.setResourceId("ShortcutTest");
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }

  @AfterEach
  void clean() {
    identity.clearAuthentication();
    repository.createDeploymentQuery().deploymentName("shortcut-test").list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
    authorizations.createAuthorizationQuery().groupIdIn(OWN).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  @Test
  void theEngineUsesTheShortcutsAuthorizationManager() {
    Object manager = configuration.getSessionFactories().get(AuthorizationManager.class).openSession();
    assertThat(manager).isInstanceOf(AuthorizedGroupsShortcut.Manager.class);
  }

  @Test
  void aMemberSeesTheirUnitsTaskOnlyWhateverGroupsWithoutAuthorizationsTheyAlsoHave() {
    identity.setAuthentication("member-a", List.of(OWN));
    assertThat(tasks.createTaskQuery().taskCandidateGroupIn(List.of(OWN, OTHER)).list())
        .extracting(org.camunda.bpm.engine.task.Task::getProcessInstanceId).containsExactly(ownInstance);
    identity.setAuthentication("member-a", List.of(OWN, WITHOUT_AUTHORIZATIONS));
    assertThat(tasks.createTaskQuery().taskCandidateGroupIn(List.of(OWN, OTHER)).count()).isEqualTo(1);
    identity.setAuthentication("member-c", List.of(WITHOUT_AUTHORIZATIONS));
    assertThat(tasks.createTaskQuery().count()).isZero();
  }

  @Test
  void upToTheThresholdGroupsPassThroughWithoutNullsOrRepeats() {
    // no command context here: a read of the authorization table would fail
    var manager = new AuthorizedGroupsShortcut.Manager(3);
    assertThat(manager.filterAuthenticatedGroupIds(Arrays.asList(OWN, null, WITHOUT_AUTHORIZATIONS, OWN)))
        .containsExactly(OWN, WITHOUT_AUTHORIZATIONS);
    assertThat(manager.filterAuthenticatedGroupIds(List.of(OWN, OTHER, WITHOUT_AUTHORIZATIONS)))
        .containsExactly(OWN, OTHER, WITHOUT_AUTHORIZATIONS);
    assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
  }

  @Test
  void aboveTheThresholdCamundasFilterDropsGroupsWithoutAuthorizations() {
    List<String> four = List.of(OWN, OTHER, WITHOUT_AUTHORIZATIONS, "shortcut-test-d.council-member");
    // OTHER has its task's authorization (granted by the engine), OWN its own and the task's; C and D have none
    List<String> filtered = configuration.getCommandExecutorTxRequired().execute(
        (Command<List<String>>) context -> new AuthorizedGroupsShortcut.Manager(3).filterAuthenticatedGroupIds(four));
    assertThat(filtered).containsExactlyInAnyOrder(OWN, OTHER);
  }

  @Test
  void aNegativeThresholdIsRefusedWithThePropertyName() {
    assertThatThrownBy(() -> new AuthorizedGroupsShortcut(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thiduaflow.authorization.group-filter-threshold").hasMessageContaining("-1");
  }
}

package vn.thiduaflow.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Spares every authorization-checked command a scan of the whole authorization table. Before each check, Camunda 7.24
 * reads {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} (once per command) only to drop, from the
 * caller's groups, those that have no authorization at all — a shortcut for users in hundreds of groups. Here every
 * open task has its own authorization rows (Camunda grants each task to its candidate group), so with 50,000 open tasks
 * that read covers 100,000 rows and took 30 ms of every Tasklist query on PostgreSQL, while a council member belongs
 * to one to three groups (docs/benchmarks.md). Known upstream: camunda-bpm-platform issue 5485.
 *
 * <p>A Camunda process engine plugin: it replaces the engine's {@link AuthorizationManager} session with one that
 * passes a caller's groups through unchanged when there are at most
 * {@code thiduaflow.authorization.group-filter-threshold} (default 50) distinct ones, and filters as Camunda does above
 * that. The result of every check is the same either way: a
 * group without authorizations matches no authorization row, it only lengthens the {@code GROUP_ID_ IN (…)} list by
 * one; nulls and duplicates are dropped as Camunda's filter does. Threshold 0 keeps Camunda's behaviour.
 */
@Component
public class AuthorizedGroupsShortcut extends AbstractProcessEnginePlugin {

  private final int threshold;

  /**
   * @param threshold the largest number of groups (of one caller) passed through without the table read; 0 = never
   * @throws IllegalArgumentException when negative
   */
  public AuthorizedGroupsShortcut(@Value("${thiduaflow.authorization.group-filter-threshold:50}") int threshold) {
    if (threshold < 0) {
      throw new IllegalArgumentException(
          "thiduaflow.authorization.group-filter-threshold must be 0 or more, was " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (threshold == 0) {
      return;
    }
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class; // replaces Camunda's GenericManagerFactory(AuthorizationManager.class)
      }

      @Override
      public Session openSession() {
        return new Manager(threshold);
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's authorization manager with the group filter skipped for small group lists. */
  static final class Manager extends AuthorizationManager {

    private final int threshold;

    Manager(int threshold) {
      this.threshold = threshold;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null) {
        return super.filterAuthenticatedGroupIds(null);
      }
      LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
      groups.removeIf(Objects::isNull);
      return groups.size() > threshold ? super.filterAuthenticatedGroupIds(authenticatedGroupIds)
          : new ArrayList<>(groups);
    }
  }
}

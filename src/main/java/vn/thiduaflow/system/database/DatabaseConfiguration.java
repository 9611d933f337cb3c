package vn.thiduaflow.system.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Who creates which tables, and in which order; and the node's name in a cluster.
 *
 * <ul>
 *   <li>Flyway migrates the database before the process engine is built, so the engine never starts on a schema the
 *       project has not finished migrating.
 *   <li>With {@code thiduaflow.database.engine-schema=flyway} (profile {@code postgres}) Flyway also creates Camunda's
 *       engine schema from Camunda's own scripts ({@link EngineSchemaMigration}), and the engine only checks it
 *       ({@code camunda.bpm.database.schema-update: false}). The default, {@code engine}, lets the engine create and
 *       update its tables itself (the embedded H2 database).
 *   <li>Two indexes Camunda's scripts lack ({@value #ENGINE_INDEXES_SCRIPT}) are added to its tables either way: by
 *       Flyway after the project's V26 where Flyway made the engine schema, else once the engine has built its own.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

  /** Flyway location of the migrations on Camunda's own tables (PostgreSQL, where Flyway made them). */
  static final String ENGINE_INDEXES = "classpath:db/engine";

  /** The indexes on Camunda's tables its scripts lack: one file for both ways the engine schema is made. */
  static final String ENGINE_INDEXES_SCRIPT = "db/engine/V26_1__engine_indexes.sql";

  /** The process engine (a factory bean in Camunda's starter) depends on Flyway's migration. */
  @Bean
  static AbstractDependsOnBeanFactoryPostProcessor processEngineDependsOnFlyway() {
    return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
        FlywayMigrationInitializer.class) {};
  }

  /**
   * Names this node ({@code thiduaflow.node-name}, e.g. the host name): the lock owner written on every job its job
   * executor acquires (Cockpit shows it) and the host name of its entries in Camunda's job log and metrics, so that with
   * several nodes one sees which node holds or ran a job. Unset: Camunda's defaults (a random lock owner per start, the
   * machine's address).
   */
  @Bean
  static BeanPostProcessor jobExecutorLockOwner(Environment environment) {
    String node = environment.getProperty("thiduaflow.node-name", "");
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JobExecutor jobExecutor && !node.isBlank()) {
          jobExecutor.setLockOwner(node);
        }
        if (bean instanceof ProcessEngineConfigurationImpl configuration && !node.isBlank()) {
          configuration.setHostname(node);
        }
        return bean;
      }
    };
  }

  /**
   * Where the engine makes its own schema (the default {@code thiduaflow.database.engine-schema=engine}, the embedded
   * H2 database; after Flyway, so Flyway cannot): once the engine is built, the indexes on Camunda's tables its
   * scripts lack ({@value #ENGINE_INDEXES_SCRIPT}, {@code if not exists}: a no-op on every later start).
   *
   * @throws IllegalStateException the index statements failed (the application does not start)
   */
  @Bean
  @ConditionalOnProperty(name = "thiduaflow.database.engine-schema", havingValue = "engine", matchIfMissing = true)
  static ProcessEnginePlugin engineIndexesAfterTheEnginesSchema() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection()) {
          ScriptUtils.executeSqlScript(connection, new ClassPathResource(ENGINE_INDEXES_SCRIPT));
        } catch (SQLException e) {
          throw new IllegalStateException("the indexes of " + ENGINE_INDEXES_SCRIPT + " could not be made", e);
        }
      }
    };
  }

  /**
   * Adds the engine schema to Flyway's migrations when the engine must not create it: Camunda's scripts
   * ({@link EngineSchemaMigration}) and the indexes on Camunda's tables its scripts lack ({@value #ENGINE_INDEXES},
   * version 26.1: user authorizations, subtasks).
   */
  @Bean
  @ConditionalOnProperty(name = "thiduaflow.database.engine-schema", havingValue = "flyway")
  FlywayConfigurationCustomizer engineSchemaByFlyway() {
    return configuration -> {
      List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
      locations.add(new Location(ENGINE_INDEXES));
      List<JavaMigration> migrations = new ArrayList<>(List.of(configuration.getJavaMigrations()));
      migrations.add(new EngineSchemaMigration());
      configuration.javaMigrations(migrations.toArray(JavaMigration[]::new))
          .locations(locations.toArray(Location[]::new));
    };
  }
}

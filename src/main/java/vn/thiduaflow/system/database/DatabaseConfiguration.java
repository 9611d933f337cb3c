package vn.thiduaflow.system.database;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

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

  /** Adds the engine schema to Flyway's migrations when the engine must not create it. */
  @Bean
  @ConditionalOnProperty(name = "thiduaflow.database.engine-schema", havingValue = "flyway")
  FlywayConfigurationCustomizer engineSchemaByFlyway() {
    return configuration -> configuration.javaMigrations(new EngineSchemaMigration());
  }
}

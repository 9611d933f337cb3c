package vn.thiduaflow.system.database;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who creates which tables, and in which order.
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

  /** Adds the engine schema to Flyway's migrations when the engine must not create it. */
  @Bean
  @ConditionalOnProperty(name = "thiduaflow.database.engine-schema", havingValue = "flyway")
  FlywayConfigurationCustomizer engineSchemaByFlyway() {
    return configuration -> configuration.javaMigrations(new EngineSchemaMigration());
  }
}

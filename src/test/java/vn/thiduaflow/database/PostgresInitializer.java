package vn.thiduaflow.database;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a fresh database of its own on the shared embedded PostgreSQL server: one database per
 * application context (a context is cached and shared by the test classes with the same configuration).
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String url = TestPostgres.newDatabase(TestPostgres.shared(), "thiduaflow");
    TestPropertyValues.of(
        "spring.datasource.url=" + url,
        "spring.datasource.username=" + TestPostgres.USER,
        "spring.datasource.password=").applyTo(context);
  }
}

package vn.thiduaflow.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full Spring Boot test on real PostgreSQL with the production database profile ({@code postgres}: Camunda's schema
 * from Camunda's scripts by Flyway, schema updates off), the job executor off as in {@code ThiDuaFlowSpringTest}. All
 * tests with this annotation share one application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface ThiDuaFlowPostgresTest {}

package vn.thiduaflow.system.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A Flyway migration that creates Camunda's own engine schema (the {@code ACT_*} tables) by running Camunda's own SQL
 * scripts, shipped in the engine jar under {@code org/camunda/bpm/engine/db/create/}, for the connected database:
 * engine, history, identity, case engine and history, decision engine and history — the scripts and order the engine
 * itself uses when it creates its schema. Nothing of Camunda's schema is copied into this project.
 *
 * <p>Used where the engine must not change its own schema (production, {@code camunda.bpm.database.schema-update:
 * false}, profile {@code postgres}): Flyway runs it once, in one transaction (PostgreSQL's DDL is transactional), before
 * the project's migrations {@code V1..}; Flyway's history table records it as version {@value #VERSION}. A later Camunda
 * upgrade adds the engine's upgrade script ({@code org/camunda/bpm/engine/db/upgrade/<db>_engine_7.24_to_7.25.sql}) as
 * a migration after the project's last one — see README, "PostgreSQL".
 */
public final class EngineSchemaMigration implements JavaMigration {

  /** Flyway version of the engine schema: before the project's V1, named after Camunda 7.24. */
  public static final String VERSION = "0.7.24";

  /** The engine's own scripts, in the order {@code DbSqlSession.dbSchemaCreate} runs them. */
  static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(VERSION);
  }

  @Override
  public String getDescription() {
    return "Camunda 7.24 engine schema (Camunda's create scripts)";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  /**
   * Runs the create scripts on Flyway's connection.
   *
   * @throws IllegalStateException the database is not one Camunda supports (it names the product), or a script is
   *     missing from the engine jar
   * @throws SQLException a statement failed; Flyway rolls the migration back and reports it
   */
  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String databaseType = camundaDatabaseType(connection.getMetaData().getDatabaseProductName());
    for (String component : COMPONENTS) {
      ClassPathResource script = new ClassPathResource(script(databaseType, component));
      if (!script.exists()) {
        throw new IllegalStateException("Camunda's create script " + script.getPath() + " is not in the engine jar");
      }
      ScriptUtils.executeSqlScript(connection, script);
    }
  }

  /** Path of Camunda's create script of one component for one Camunda database type ("postgres", "h2", …). */
  static String script(String databaseType, String component) {
    return "org/camunda/bpm/engine/db/create/activiti." + databaseType + ".create." + component + ".sql";
  }

  /**
   * Camunda's database type (the infix of its script names) for the JDBC product names of the databases this project
   * runs on.
   *
   * @throws IllegalStateException any other database (the message names it)
   */
  static String camundaDatabaseType(String productName) {
    return switch (productName) {
      case "PostgreSQL" -> "postgres";
      case "H2" -> "h2";
      default -> throw new IllegalStateException(
          "Thi Đua Flow runs on PostgreSQL or H2; the database \"" + productName + "\" is neither");
    };
  }
}

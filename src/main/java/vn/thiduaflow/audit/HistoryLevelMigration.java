package vn.thiduaflow.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * A Flyway migration for a database an earlier version ran at Camunda's {@code full} history level (id 3): its
 * recorded level becomes {@link AuditHistoryLevel} ({@value AuditHistoryLevel#ID}), since the engine refuses to start
 * when the level it is configured with differs from the one its database records. Nothing else changes: the history
 * already written stays, and is cleaned as before. A database whose engine has not started yet (no
 * {@code ACT_GE_PROPERTY} table, or no level in it) is left to the engine, which records the configured level itself.
 *
 * <p>Version {@value #VERSION}: after the project's V26 and the engine indexes (26.1), before any later migration. Runs
 * on H2 and PostgreSQL alike (Flyway migrates before the engine is built, {@code DatabaseConfiguration}); a Spring
 * bean, which Spring Boot hands to Flyway with its other Java migrations.
 */
@Component
public final class HistoryLevelMigration implements JavaMigration {

  /** Flyway version of this migration. */
  public static final String VERSION = "26.2";

  /** Camunda's id of its full history level, what databases of earlier versions record. */
  static final String FULL = "3";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(VERSION);
  }

  @Override
  public String getDescription() {
    return "Camunda history level full -> " + AuditHistoryLevel.NAME;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  /** @throws SQLException the update failed; Flyway rolls the migration back and the application does not start */
  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!propertyTableExists(connection)) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(
        "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
      update.setString(1, Integer.toString(AuditHistoryLevel.ID));
      update.setString(2, FULL);
      update.executeUpdate();
    }
  }

  private static boolean propertyTableExists(Connection connection) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), null,
        new String[] {"TABLE"})) {
      while (tables.next()) {
        if ("ACT_GE_PROPERTY".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }
}

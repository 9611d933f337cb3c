package vn.thiduaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link HistoryLevelMigration} on H2: a database that recorded the full level (3) records the audit level after it;
 * one without Camunda's tables, without the property, or at another level is left as it is.
 */
class HistoryLevelMigrationTest {

  @Test
  void aDatabaseAtTheFullLevelIsMovedToTheAuditLevel() throws Exception {
    try (Connection c = database("full")) {
      property(c, "3");
      migrate(c);
      assertThat(level(c)).isEqualTo(Integer.toString(AuditHistoryLevel.ID));
    }
  }

  @Test
  void aDatabaseAtAnotherLevelOrWithoutOneStaysAsItIs() throws Exception {
    try (Connection c = database("activity")) {
      property(c, "2");
      migrate(c);
      assertThat(level(c)).as("activity level: the engine itself refuses the mismatch, naming both").isEqualTo("2");
    }
    try (Connection c = database("empty")) {
      property(c, null);
      migrate(c);
      assertThat(level(c)).isNull();
    }
  }

  @Test
  void aDatabaseWithoutCamundasTablesIsLeftToTheEngine() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:history-level-fresh")) {
      migrate(c); // no exception, nothing created
      try (ResultSet tables = c.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null)) {
        assertThat(tables.next()).isFalse();
      }
    }
  }

  private static Connection database(String name) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:h2:mem:history-level-" + name);
    try (Statement s = c.createStatement()) {
      s.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
      s.execute("insert into ACT_GE_PROPERTY values ('schema.version', 'fox', 1)");
    }
    return c;
  }

  private static void property(Connection c, String value) throws SQLException {
    if (value != null) {
      try (Statement s = c.createStatement()) {
        s.execute("insert into ACT_GE_PROPERTY values ('historyLevel', '" + value + "', 1)");
      }
    }
  }

  private static String level(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private static void migrate(Connection c) throws Exception {
    new HistoryLevelMigration().migrate(new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return c;
      }
    });
  }
}

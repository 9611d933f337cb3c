package vn.thiduaflow.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are a database outage (503, send again) and which are not; which databases the schema supports. */
class DatabaseOutageCausesTest {

  @Test
  void connectionFailuresAnywhereInTheCauseChainAreAnOutage() {
    assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new ProcessEngineException("persistence",
        new RuntimeException(new SQLException("I/O error", "08006"))))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool timed out"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException("rollback",
        new SQLException("Connection is closed")))).isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
        new SQLException("duplicate key", "23505")))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("Connection is closed", "XX000"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("no cause"))).isFalse();
  }

  @Test
  void theOutageProblemSaysNothingWasSavedInBothLanguages() {
    var p = DatabaseOutage.problem();
    assertThat(p).containsEntry("status", 503).containsEntry("type", "urn:thiduaflow:database-unavailable");
    assertThat((String) p.get("detail")).contains("yêu cầu chưa được ghi", "nothing of this request was saved");
  }

  @Test
  void theEngineSchemaIsCreatedOnPostgreSqlAndH2Only() {
    assertThat(EngineSchemaMigration.camundaDatabaseType("PostgreSQL")).isEqualTo("postgres");
    assertThat(EngineSchemaMigration.camundaDatabaseType("H2")).isEqualTo("h2");
    assertThatThrownBy(() -> EngineSchemaMigration.camundaDatabaseType("MySQL"))
        .hasMessageContaining("\"MySQL\"");
    assertThat(EngineSchemaMigration.script("postgres", "engine"))
        .isEqualTo("org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql");
    EngineSchemaMigration.COMPONENTS.forEach(component -> assertThat(getClass().getClassLoader()
        .getResource(EngineSchemaMigration.script("postgres", component))).as(component).isNotNull());
  }
}

package vn.thiduaflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.system.database.EngineSchemaMigration;

/** The production database profile on real PostgreSQL: who created which tables, and that the engine changed none. */
@ThiDuaFlowPostgresTest
class PostgresSchemaTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  Flyway flyway;

  @Autowired
  ProcessEngine engine;

  @Test
  void runsOnPostgreSql() throws SQLException {
    try (var c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
    }
  }

  @Test
  void flywayCreatedCamundasSchemaFirstThenTheProjectsTables() {
    var applied = Arrays.stream(flyway.info().applied()).map(MigrationInfo::getVersion).map(Object::toString).toList();
    assertThat(applied).startsWith(EngineSchemaMigration.VERSION, "1", "2", "3", "4", "5");
    assertThat(flyway.info().applied()[0].getDescription()).contains("Camunda 7.24 engine schema");
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void theEngineChecksItsSchemaAndNeverUpdatesIt() {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getDatabaseSchemaUpdate()).isEqualTo("false");
    assertThat(config.getDatabaseType()).isEqualTo("postgres");
    var jdbc = new JdbcTemplate(dataSource);
    // Camunda's create script records its own version; an engine update would add rows
    assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class)).containsExactly("7.24.0");
    assertThat(jdbc.queryForObject("select value_ from act_ge_property where name_ = 'schema.history'", String.class))
        .isEqualTo("create(fox)");
    // every component of the engine: runtime, history, identity, case, decision
    assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
        + "and table_name like 'act_%'", String.class))
        .contains("act_ru_task", "act_hi_procinst", "act_id_user", "act_re_case_def", "act_hi_caseinst",
            "act_re_decision_def", "act_hi_decinst")
        .hasSize(49);
  }

  @Test
  void camundasTablesGetTheIndexesItsScriptsLackAfterTheProjectsMigrations() {
    var applied = Arrays.stream(flyway.info().applied()).map(m -> m.getVersion() + " " + m.getDescription()).toList();
    assertThat(applied).contains("26.1 engine indexes");
    var jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForList("select indexdef from pg_indexes where indexname in ('ix_act_ru_authorization_user', "
        + "'ix_act_ru_task_parent_task') order by indexname", String.class)).satisfiesExactly(
            user -> assertThat(user).contains("ON public.act_ru_authorization USING btree (user_id_)"),
            parent -> assertThat(parent).contains("ON public.act_ru_task USING btree (parent_task_id_)"));
    // the subtask lookup of every completion can use it (the planner prefers a scan of a table this small: scans off;
    // the user index pays off with many rows, where the unique index led by TYPE_ does not: MemberCapacityBenchmark)
    String plan = jdbc.execute((java.sql.Connection c) -> {
      try (var s = c.createStatement()) {
        s.execute("set enable_seqscan = off");
        StringBuilder all = new StringBuilder();
        try (var r = s.executeQuery("explain select * from act_ru_task where parent_task_id_ = 'x'")) {
          while (r.next()) {
            all.append(r.getString(1)).append('\n');
          }
        } finally {
          s.execute("reset enable_seqscan"); // the pooled connection goes back as it came
        }
        return all.toString();
      }
    });
    assertThat(plan).contains("Index Scan using ix_act_ru_task_parent_task");
  }
}

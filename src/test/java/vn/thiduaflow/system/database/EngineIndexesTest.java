package vn.thiduaflow.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.ThiDuaFlowSpringTest;

/**
 * On the embedded H2 database the engine makes its own schema after Flyway; the indexes its scripts lack are added
 * once it is built (PostgreSQL, where Flyway makes the schema: PostgresSchemaTest).
 */
@ThiDuaFlowSpringTest
class EngineIndexesTest {

  @Autowired
  DataSource dataSource;

  @Test
  void theEnginesOwnH2SchemaHasTheIndexesOnUserAuthorizationsAndSubtasks() {
    var jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForList("select table_name || '.' || column_name from information_schema.index_columns "
        + "where index_name in ('IX_ACT_RU_AUTHORIZATION_USER', 'IX_ACT_RU_TASK_PARENT_TASK') order by index_name",
        String.class)).containsExactly("ACT_RU_AUTHORIZATION.USER_ID_", "ACT_RU_TASK.PARENT_TASK_ID_");
    // the subtask lookup of every completion uses it
    assertThat(jdbc.queryForObject("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'", String.class))
        .contains("IX_ACT_RU_TASK_PARENT_TASK");
  }
}

package vn.thiduaflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduaflow.simulation.CampaignSimulator;

/**
 * History over a five-year emulation cycle: every finished instance's history is removed by Camunda's history cleanup
 * when its time to live (1825 calendar days after the instance ended) has passed, not a minute before; the project's
 * own record of the campaign (conferences, nominations, ballot counts, decisions) stays. A database of its own, because
 * the test moves the engine clock five years ahead and cleans up.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:history-cleanup;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class HistoryCleanupTest {

  /** bpmn/*.bpmn camunda:historyTimeToLive and the engine default: five years of calendar days. */
  private static final int TIME_TO_LIVE_DAYS = 1825;

  @Autowired ProcessEngine engine;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired CampaignSimulator simulator;
  @Autowired DataSource dataSource;
  @Autowired vn.thiduaflow.system.database.MetricsRetention metricsRetention;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCleanupIsConfiguredForANightlyWindowAndFiveYears() {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistory()).isEqualTo(vn.thiduaflow.audit.AuditHistoryLevel.NAME);
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(config.getHistoryTimeToLive()).isEqualTo("P1825D");
    assertThat(config.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
    assertThat(config.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");
    assertThat(config.getTaskMetricsTimeToLive()).isEqualTo("P730D");
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey())
            .isEqualTo(TIME_TO_LIVE_DAYS));
  }

  @Test
  void aFinishedCampaignsHistoryIsRemovedWhenItsFiveYearsAreUpAndTheDomainRecordStays() {
    var result = simulator.run("binh-an-27-2025");
    assertThat(result.completed()).isTrue();
    var jdbc = new JdbcTemplate(dataSource);
    List<String> instances = jdbc.queryForList("select id_ from act_hi_procinst where end_time_ is not null",
        String.class);
    assertThat(instances).hasSizeGreaterThanOrEqualTo(2);
    LocalDateTime lastEnd = jdbc.queryForObject("select max(end_time_) from act_hi_procinst", Timestamp.class)
        .toLocalDateTime();
    LocalDateTime removal = jdbc.queryForObject("select max(removal_time_) from act_hi_procinst", Timestamp.class)
        .toLocalDateTime();
    assertThat(removal).isEqualTo(lastEnd.plusDays(TIME_TO_LIVE_DAYS));
    long domainRows = domainRows(jdbc);
    long historyRows = historyRows(jdbc);
    assertThat(historyRows).isGreaterThan(100);

    // a minute before the five years are up: nothing is removed
    cleanUpAt(removal.minusMinutes(1));
    assertThat(historyRows(jdbc)).isEqualTo(historyRows);
    // when they are up: the history of every instance of the campaign is gone, the project's record is not
    cleanUpAt(removal);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class)).isZero();
    assertThat(historyRows(jdbc)).isZero();
    assertThat(domainRows(jdbc)).isEqualTo(domainRows);
    System.out.printf("History cleanup: %d history rows of %d instances removed %d days after the campaign ended; "
        + "%d rows of the project's record kept%n", historyRows, instances.size(), TIME_TO_LIVE_DAYS, domainRows);
  }

  @Test
  void engineMetricsOlderThanTwoYearsAreDeletedNightly() {
    var jdbc = new JdbcTemplate(dataSource);
    LocalDateTime now = LocalDateTime.of(2030, 6, 1, 22, 30);
    for (int daysAgo : new int[] {731, 729}) {
      ClockUtil.setCurrentTime(EngineClock.toDate(now.minusDays(daysAgo)));
      managementService.reportDbMetricsNow();
    }
    ClockUtil.setCurrentTime(EngineClock.toDate(now));
    long old = meterRowsBefore(jdbc, now.minusDays(730));
    long recent = meterRowsBefore(jdbc, now.plusDays(1)) - old;
    assertThat(old).isPositive();
    assertThat(recent).isPositive();
    assertThat(metricsRetention.deleteExpired()).isEqualTo(now.minusDays(730));
    assertThat(meterRowsBefore(jdbc, now.minusDays(730))).isZero();
    assertThat(meterRowsBefore(jdbc, now.plusDays(1))).isEqualTo(recent);
  }

  private static long meterRowsBefore(JdbcTemplate jdbc, LocalDateTime time) {
    return jdbc.queryForObject("select count(*) from act_ru_meter_log where timestamp_ < ?", Long.class,
        Timestamp.valueOf(time));
  }

  private void cleanUpAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(EngineClock.toDate(time));
    var job = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(job.getId());
  }

  /** Rows of Camunda's history tables that belong to process instances. */
  private static long historyRows(JdbcTemplate jdbc) {
    long n = 0;
    for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
        "act_hi_detail", "act_hi_identitylink", "act_hi_incident", "act_hi_op_log", "act_hi_job_log")) {
      n += jdbc.queryForObject("select count(*) from " + table + " where root_proc_inst_id_ is not null", Long.class);
    }
    return n;
  }

  private static long domainRows(JdbcTemplate jdbc) {
    long n = 0;
    for (String table : List.of("campaign", "conference", "nomination", "ballot_box", "vote_participation",
        "rule_decision", "dossier_review", "notification")) {
      n += jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
    return n;
  }
}

package vn.thiduaflow.system.database;

import java.time.Duration;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thiduaflow.system.EngineClock;

/**
 * Keeps Camunda's engine metrics ({@code ACT_RU_METER_LOG}) from growing without bound: every node writes one row per
 * metric every 15 minutes (about 1,400 rows a day), and Camunda's history cleanup does not remove them. Each night, at
 * {@code thiduaflow.history.metrics-cleanup-cron} (default 22:30, inside the history cleanup window), the rows older than
 * {@code thiduaflow.history.metrics-time-to-live} (ISO duration in calendar days, default P730D = two years) are
 * deleted with Camunda's own {@link ManagementService#deleteMetrics}. Every node may run it; it is idempotent.
 */
@Component
public class MetricsRetention {

  private static final Logger log = LoggerFactory.getLogger(MetricsRetention.class);

  private final ManagementService managementService;
  private final Duration timeToLive;

  MetricsRetention(ManagementService managementService,
      @Value("${thiduaflow.history.metrics-time-to-live:P730D}") Duration timeToLive) {
    this.managementService = managementService;
    this.timeToLive = timeToLive;
  }

  /** Deletes the metrics older than the time to live (engine time); returns the cut-off. */
  @Scheduled(cron = "${thiduaflow.history.metrics-cleanup-cron:0 30 22 * * *}")
  public LocalDateTime deleteExpired() {
    LocalDateTime cutOff = EngineClock.now().minus(timeToLive);
    managementService.deleteMetrics(EngineClock.toDate(cutOff));
    log.info("Engine metrics before {} deleted (time to live {})", cutOff, timeToLive);
    return cutOff;
  }
}

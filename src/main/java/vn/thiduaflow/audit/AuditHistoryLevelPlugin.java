package vn.thiduaflow.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Makes {@link AuditHistoryLevel} known to the engine (Camunda's custom history levels), so that
 * {@code camunda.bpm.history-level: audit} selects it, and adds {@link HistoryLevelMigration} to Flyway's migrations
 * for databases that recorded the full level. A process engine plugin.
 */
@Component
public class AuditHistoryLevelPlugin extends AbstractProcessEnginePlugin {

  /** Flyway's migrations, with {@link HistoryLevelMigration} added to the Java migrations already configured. */
  @Bean
  static FlywayConfigurationCustomizer historyLevelMigration() {
    return configuration -> {
      List<JavaMigration> migrations = new ArrayList<>(List.of(configuration.getJavaMigrations()));
      migrations.add(new HistoryLevelMigration());
      configuration.javaMigrations(migrations.toArray(JavaMigration[]::new));
    };
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(AuditHistoryLevel.INSTANCE);
    configuration.setCustomHistoryLevels(levels);
  }
}

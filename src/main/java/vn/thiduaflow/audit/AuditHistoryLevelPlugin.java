package vn.thiduaflow.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link AuditHistoryLevel} known to the engine (Camunda's custom history levels), so that
 * {@code camunda.bpm.history-level: thiduaflow-audit} selects it (databases that recorded the full level are moved by
 * {@link HistoryLevelMigration} first). A process engine plugin.
 */
@Component
public class AuditHistoryLevelPlugin extends AbstractProcessEnginePlugin {

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

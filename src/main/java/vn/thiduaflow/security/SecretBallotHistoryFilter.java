package vn.thiduaflow.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Keeps a secret ballot out of Camunda's history (bỏ phiếu kín; DOMAIN.md "Law, and what is not settled"): the engine's
 * database history handler is wrapped so that no event about the form field or variable {@value Fields#BALLOT} — its
 * creation, update, deletion, or the submitted form value — is written to ACT_HI_VARINST or ACT_HI_DETAIL, where the
 * task (and so its assignee) would tie it to a member. Everything else is recorded at the configured history level
 * ({@code audit}, which writes no ACT_HI_DETAIL rows at all; the filter does not rely on it). A Camunda process engine
 * plugin; the vote task removes the variable itself when its ballot is in the box.
 */
@Component
public class SecretBallotHistoryFilter extends AbstractProcessEnginePlugin {

  /** Variable and form-field names whose values are never written to history ({@link Fields#SECRET}). */
  public static final Set<String> SECRET = Fields.SECRET;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Handler(new DbHistoryEventHandler()));
  }

  /** Drops the events of a secret variable or form field and passes every other event to the database handler. */
  static final class Handler implements HistoryEventHandler {

    private final HistoryEventHandler database;

    Handler(HistoryEventHandler database) {
      this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isSecret(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    static boolean isSecret(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity v && SECRET.contains(v.getVariableName())
          || event instanceof HistoricFormPropertyEventEntity f && SECRET.contains(f.getPropertyId());
    }
  }
}

package vn.thiduaflow.audit;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The project's Camunda history level {@value #NAME} (id {@value #ID}): what the full level records, less the two
 * kinds of rows nothing in the product reads, so each engine step writes fewer rows (issue 25, "the history level
 * that the audit trail truly needs"; measured in docs/benchmarks.md, "Campaign throughput").
 *
 * <p>Kept, as at the full level: process, activity and task instances (the audit trail's steps, Cockpit, the
 * dashboard's record page), variable instances (last values; the secret ballot stays out, {@code
 * SecretBallotHistoryFilter}), incidents, decisions, batches, external tasks, Camunda's user operation log (the
 * audit trail's "who changed what") and the job log (which node ran each timer and continuation, once: what a
 * cluster's operators read, and ClusterTest with them).
 *
 * <p>Not recorded:
 * <ul>
 *   <li>variable details (ACT_HI_DETAIL: every value a variable ever had, and every submitted form field) — the audit
 *       trail shows who completed a task and what the user operation log says, never values;
 *   <li>the identity-link log (ACT_HI_IDENTITYLINK: each candidate group or user added to or removed from a task) —
 *       who could see a task is the unit's groups, kept by the councils' own records.
 * </ul>
 */
public final class AuditHistoryLevel implements HistoryLevel {

  /**
   * The level's name, as {@code camunda.bpm.history-level} gives it; not Camunda's own {@code audit} level (id 2,
   * instances and variables only), which this name must not be mistaken for.
   */
  public static final String NAME = "thiduaflow-audit";

  /** The level's id, stored in ACT_GE_PROPERTY ({@code historyLevel}); Camunda's own levels are 0–3. */
  public static final int ID = 30;

  /** The event types the full level produces and this one does not. */
  static final Set<HistoryEventType> NOT_RECORDED = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.IDENTITY_LINK_ADD,
      HistoryEventTypes.IDENTITY_LINK_DELETE);

  /** The one instance the engine is configured with. */
  public static final AuditHistoryLevel INSTANCE = new AuditHistoryLevel();

  private AuditHistoryLevel() {}

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !NOT_RECORDED.contains(eventType);
  }
}

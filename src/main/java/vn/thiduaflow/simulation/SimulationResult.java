package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import java.util.List;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.report.Escalation;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.rule.RuleDecision;

/**
 * The outcome of a simulated campaign, read back from the engine and the project's tables.
 *
 * @param campaignId the campaign
 * @param planId the plan
 * @param completed whether the campaign process instance ended
 * @param timeline what happened, in engine-time order
 * @param conferences every conference of the campaign, as stored
 * @param decisions every rule decision, in order
 * @param escalations every escalation, in order
 * @param delegates delegates to upper levels, in order
 * @param dossierReturns how many times an upper council returned a dossier
 */
public record SimulationResult(
    Long campaignId,
    String planId,
    boolean completed,
    List<TimelineEntry> timeline,
    List<Conference> conferences,
    List<RuleDecision> decisions,
    List<Escalation> escalations,
    List<UpperDelegate> delegates,
    long dossierReturns) {

  /**
   * One line of the timeline.
   *
   * @param at engine time
   * @param unit the unit concerned
   * @param what what happened (Vietnamese task name or event, with details)
   */
  public record TimelineEntry(LocalDateTime at, String unit, String what) {}
}

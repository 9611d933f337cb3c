package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import java.util.List;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.PilotRule;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.rule.RuleDecision;
import vn.thiduaflow.rule.RuleResult;

/**
 * The outcome of a simulated campaign chain, read back from the engine and the project's tables.
 *
 * @param campaignId the campaign at the top of the chain
 * @param planId the plan started at the top
 * @param completed whether the top campaign's process instance ended
 * @param timeline what happened, in engine-time order
 * @param campaigns every campaign of the chain, the top one first
 * @param conferences every conference of the chain, as stored
 * @param lowerReports every lower unit's report (received, waived, late), in order
 * @param decisions every rule decision, in order
 * @param refusals every form refused at submission because it broke a plan rule (nothing was kept), in order
 * @param escalations every escalation, in order
 * @param notifications every reminder, escalation and progress report sent (or recorded), in order
 * @param delegates delegates to upper levels, in order
 * @param topDelegates the nominees the top conference approved: the delegates that reached the top, with their unit of
 *     origin
 * @param dossierReturns how many times an upper council returned a dossier
 * @param runMillis wall-clock run time of the simulation (milliseconds), start-up excluded
 * @param engineMillis the part of runMillis spent in the engine's transactions the actors and due jobs caused (starting
 *     the campaign, completing and claiming tasks, executing jobs; project listeners, delegates and rules included);
 *     the rest is the simulator's own reads and planning, which real users and the job executor do not cause
 * @param peakHeapBytes the largest heap in use during the run (bytes, sum of the heap pools' peaks)
 * @param pilots the pilots' conferences (issue 22) with the windows they had to fall in, in conference order; empty
 *     when the plan names no pilot
 * @param windowProbes each conference's first scheduling try, the day before its window opens (issue 22: "the
 *     simulation also tries a date before each window opens"), with the rule that refused it, in the order tried
 * @param submissions what the units sent before their conferences (issue 22: the plan's {@code submissions}), each
 *     with its due day and when it was sent, in conference order; empty when the plan asks for none
 * @param quotas the delegate quotas the standing offices decided while the campaigns ran ({@code upperQuota}
 *     with {@code decidedByStandingOffice}), in campaign and decision order; empty when the plans fix every quota
 */
public record SimulationResult(
    Long campaignId,
    String planId,
    boolean completed,
    List<TimelineEntry> timeline,
    List<Campaign> campaigns,
    List<Conference> conferences,
    List<LowerReport> lowerReports,
    List<RuleDecision> decisions,
    List<Refusal> refusals,
    List<Escalation> escalations,
    List<Notification> notifications,
    List<UpperDelegate> delegates,
    List<Nomination> topDelegates,
    long dossierReturns,
    long runMillis,
    long engineMillis,
    long peakHeapBytes,
    List<PilotWindow> pilots,
    List<WindowProbe> windowProbes,
    List<vn.thiduaflow.submission.ConferenceSubmission> submissions,
    List<vn.thiduaflow.quota.DelegateQuota> quotas,
    List<Commended> commendations) {

  /**
   * A commendation decision a conference issued (issue 24), with its certificates: one per recipient.
   *
   * @param unitName the conference's unit
   * @param decision the decision with its registered number
   * @param certificates its recipients, a certificate each
   */
  public record Commended(String unitName, vn.thiduaflow.award.CommendationDecision decision, int certificates) {}

  /**
   * A conference's try of the day before its window opens.
   *
   * @param at engine time of the try
   * @param conferenceId the conference
   * @param unitName its unit
   * @param window the window it must fall in ({@link vn.thiduaflow.conference.ConferenceQueries#windowOf})
   * @param triedOn the day tried: {@code window.from} minus one day
   * @param refusal the broken rule that refused the form (DATE_IN_WINDOW, with the window and its clause); null when
   *     the day was accepted, which would be a bug of the window check
   */
  public record WindowProbe(LocalDateTime at, Long conferenceId, String unitName,
      vn.thiduaflow.plan.model.DateWindow window, java.time.LocalDate triedOn, RuleResult refusal) {

    /** The same try, refused by {@code result}. */
    public WindowProbe refusedBy(RuleResult result) {
      return new WindowProbe(at, conferenceId, unitName, window, triedOn, result);
    }
  }

  /**
   * A pilot's conference and its own window.
   *
   * @param conference the pilot's conference (a lower conference, or the own conference of its sub-campaign)
   * @param window the window it had to fall in ({@link vn.thiduaflow.conference.ConferenceQueries#windowOf})
   * @param clause the clause of the plan's pilot rule
   */
  public record PilotWindow(Conference conference, vn.thiduaflow.plan.model.DateWindow window, String clause) {

    /** The pilots among the conferences, in their order, each with its window and clause. */
    public static List<PilotWindow> of(List<Conference> conferences,
        vn.thiduaflow.conference.ConferenceQueries service) {
      return conferences.stream().filter(Conference::isPilot).map(c -> new PilotWindow(c, service.windowOf(c),
          service.pilotRuleOf(c).map(vn.thiduaflow.plan.model.PilotRule::clause).orElse(""))).toList();
    }
  }

  /**
   * One line of the timeline.
   *
   * @param at engine time
   * @param unit the unit concerned
   * @param what what happened (Vietnamese task name or event, with details)
   */
  public record TimelineEntry(LocalDateTime at, String unit, String what) {}

  /**
   * A form refused at submission: the actor's values broke a plan rule, the task stayed open and was corrected.
   *
   * @param at engine time
   * @param conferenceId the conference whose task was refused
   * @param result the broken rule with its figures and clause
   */
  public record Refusal(LocalDateTime at, Long conferenceId, RuleResult result) {}
}

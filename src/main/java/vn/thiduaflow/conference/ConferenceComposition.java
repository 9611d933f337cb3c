package vn.thiduaflow.conference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.rule.RuleViolationException;
import vn.thiduaflow.system.InvalidInputException;

/**
 * The delegate composition of a unit's conference and the council's vote on it: the standing office proposes it
 * (UserTask_ProposeDelegateComposition, through {@link CompositionBalanceService#propose}), which opens a vote round;
 * ServiceTask_CheckComposition checks it against the plan and records the decisions with their clauses; the tally
 * marks the vote standing.
 */
@Service
@Transactional
public class ConferenceComposition {

  private final ConferenceQueries queries;
  private final ConferenceRules rules;
  private final RuleDecisionLog decisions;

  public ConferenceComposition(ConferenceQueries queries, ConferenceRules rules, RuleDecisionLog decisions) {
    this.queries = queries;
    this.rules = rules;
    this.decisions = decisions;
  }

  /**
   * Records the proposed composition and opens a new vote round.
   *
   * @throws InvalidInputException when a count is negative or above a million ({@link Composition#violations}), or
   *     the composition breaks a plan rule checked by {@link #checkComposition} (delegate cap, exemplar share,
   *     presidium, upper quota, presentations, programme, national delegation numbers; a
   *     {@link RuleViolationException}, each rule against its field) — nothing is kept and no round opens
   */
  public void propose(Long conferenceId, Composition c) {
    if (!c.violations().isEmpty()) {
      throw new InvalidInputException(c.violations());
    }
    Conference conference = queries.get(conferenceId);
    conference.compose(c);
    PlanRuleRefusal.refuseBroken(compositionResults(conference));
    conference.startVoteRound();
  }

  /** Checks the composition: delegate cap, exemplar share, presidium, upper quota, presentation mix, programme. */
  public Outcome checkComposition(Long conferenceId) {
    Conference c = queries.get(conferenceId);
    return decisions.record(c.getCampaignId(), conferenceId, compositionResults(c));
  }

  private List<RuleResult> compositionResults(Conference c) {
    Plan plan = queries.planOf(c);
    TierRules tier = queries.tierOf(c);
    Map<PresentationSource, Integer> mix = new EnumMap<>(PresentationSource.class);
    for (PresentationSource s : PresentationSource.values()) {
      mix.put(s, c.presentations(s));
    }
    List<RuleResult> results = new ArrayList<>(List.of(
        rules.delegateCap(tier, c.getAttendanceMode(), c.totalDelegates()),
        rules.exemplarShare(tier.composition(), c.getExemplarDelegates(), c.getGuestDelegates()),
        rules.presidium(plan.presidiumFor(tier), c.isStagedFormat(), c.getPresidiumSize(), c.getPresidiumExemplars()),
        rules.upperQuota(queries.upperQuotaOf(c), c.getUpperCollectives(), c.getUpperIndividuals()),
        rules.presentationMix(plan.presentations(), mix),
        rules.programme(queries.programmeOf(c), c.getForm(), c.programmeItems())));
    if (tier.delegation() != null) {
      results.add(rules.delegationNumbers(tier.delegation(), c.getExemplarDelegates(), c.getGuestDelegates()));
    }
    return results;
  }

  /** Marks the council's vote as standing (each nominee's approval is the ballot count's: BallotService.tally). */
  public void markVoted(Long conferenceId) {
    queries.get(conferenceId).setStatus(ConferenceStatus.VOTED);
  }
}

package vn.thiduaflow.conference;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.EngineClock;

/**
 * The conference's side of its dossier (hồ sơ) to the upper council: the days it was sent and approved, a return for
 * revision, and Gateway_DossierOnTime's check of the approval day against the plan's dossier deadline. The dossier's
 * documents and reviews are {@code vn.thiduaflow.dossier.DossierService}'s, which calls the marks here; the chair's
 * decision on a late dossier is {@link ConferenceDateService#decideLateDossier}'s.
 */
@Service
@Transactional
public class ConferenceDossier {

  private final ConferenceQueries queries;
  private final ConferenceRules rules;
  private final DossierRules dossierRules;
  private final RuleDecisionLog decisions;

  public ConferenceDossier(ConferenceQueries queries, ConferenceRules rules, DossierRules dossierRules,
      RuleDecisionLog decisions) {
    this.queries = queries;
    this.rules = rules;
    this.dossierRules = dossierRules;
    this.decisions = decisions;
  }

  /**
   * Marks the dossier sent to the upper council today. The dossier's documents are checked, and the submission
   * recorded, by {@code vn.thiduaflow.dossier.DossierService#submit}, which calls this.
   */
  public void submitDossier(Long conferenceId) {
    queries.get(conferenceId).setDossierSubmittedOn(EngineClock.today());
  }

  /**
   * Marks the upper council's decision today: approved, or returned for revision. The review itself (reasons, a
   * finding per document) is checked and recorded by {@code vn.thiduaflow.dossier.DossierService#review}, which calls
   * this.
   */
  public void reviewDossier(Long conferenceId, boolean approved) {
    Conference conference = queries.get(conferenceId);
    if (approved) {
      conference.setDossierApprovedOn(EngineClock.today());
    } else {
      conference.setStatus(ConferenceStatus.DOSSIER_RETURNED);
    }
  }

  /**
   * Checks the approval date against the dossier rule (the plan's dossier deadline for the tier), and the (possibly
   * moved) date against the window; records both with their clauses and keeps the first as the conference's
   * {@code dossierOnTime} flag.
   */
  public Outcome checkDossierTiming(Long conferenceId) {
    Conference c = queries.get(conferenceId);
    Plan plan = queries.planOf(c);
    RuleResult onTime = dossierRules.dossierOnTime(plan.dossierDeadlineFor(queries.tierOf(c)), c.getScheduledOn(),
        c.getDossierApprovedOn());
    RuleResult window = rules.dateInWindow(queries.windowOf(c), c.getScheduledOn());
    c.setDossierOnTime(onTime.passed());
    return decisions.record(c.getCampaignId(), conferenceId, List.of(onTime, window));
  }
}

package vn.thiduaflow.conference;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeEligibility;
import vn.thiduaflow.nomination.RegisterCheck;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * The nominees of a unit's conference: the delegates the lower conferences send up (for a campaign's own conference),
 * the unit's sending of its nominations (UserTask_SubmitNominations) and their check against the plan's deadline and
 * eligibility period, recorded with its clauses.
 */
@Service
@Transactional
public class ConferenceNominations {

  /** Longest note sent with the nominations, characters. */
  private static final int MAX_NOTE = 2000;

  private final ConferenceQueries queries;
  private final NominationRepository nominations;
  private final NomineeEligibility eligibility;
  private final DossierRules dossierRules;
  private final RuleDecisionLog decisions;

  public ConferenceNominations(ConferenceQueries queries, NominationRepository nominations,
      NomineeEligibility eligibility, DossierRules dossierRules, RuleDecisionLog decisions) {
    this.queries = queries;
    this.nominations = nominations;
    this.eligibility = eligibility;
    this.dossierRules = dossierRules;
    this.decisions = decisions;
  }

  /**
   * Makes the delegates that the lower conferences approved for the upper level the nominees of the issuing unit's own
   * conference, each with its unit of origin; the conference waits for them no longer
   * ({@link ConferenceStatus#AWAITING_LOWER_DELEGATES} becomes {@link ConferenceStatus#SCHEDULED}).
   *
   * @return how many nominees the own conference received
   */
  public int collectLowerDelegates(Long ownConferenceId, List<UpperDelegate> fromBelow) {
    queries.get(ownConferenceId).lowerDelegatesCollected();
    for (UpperDelegate d : fromBelow) {
      Nomination original = nominations.findById(d.getNominationId()).orElseThrow();
      nominations.save(Nomination.fromLowerDelegate(ownConferenceId, d.getId(), original, d.getOriginUnitCode(),
          d.getOriginUnitName()));
    }
    return fromBelow.size();
  }

  /**
   * Records that the unit sent its nominations today (engine date).
   *
   * @throws InvalidInputException when the sending is not confirmed
   */
  public void submitNominations(Long conferenceId, boolean sent) {
    submitNominations(conferenceId, sent, null);
  }

  /**
   * Records that the unit sent its nominations today (engine date), with the secretary's note.
   *
   * @param note the note sent with the list, at most 2,000 characters; null for none
   * @throws InvalidInputException when the sending is not confirmed or the note is too long
   */
  public void submitNominations(Long conferenceId, boolean sent, String note) {
    if (note != null && note.length() > MAX_NOTE) {
      throw InvalidInputException.of(Fields.NOMINATIONS_NOTE, "conference.nominations.note.tooLong");
    }
    queries.get(conferenceId).setNominationsNote(note);
    if (!sent) {
      throw InvalidInputException.of("nominationsSent", "conference.nominations.notConfirmed");
    }
    queries.get(conferenceId).setNominationsSubmittedOn(EngineClock.today());
  }

  /**
   * Checks nominations: sent on time (the plan's nomination deadline for the tier), and each nominee recognized within
   * the plan's period (others marked not eligible and excluded); both recorded with their clauses. Each nominee is
   * also compared with the award register (its awards and the result kept on the nomination for the council; the
   * counts recorded as {@code NOMINEE_REGISTER} when the plan states a period).
   */
  public Outcome checkNominations(Long conferenceId) {
    Conference conference = queries.get(conferenceId);
    Plan plan = queries.planOf(conference);
    int year = conference.getScheduledOn().getYear();
    List<Nomination> list = nominations.findByConferenceIdOrderById(conferenceId);
    int eligibleCount = 0;
    List<RegisterCheck> checks = new ArrayList<>();
    for (Nomination n : list) {
      boolean ok = eligibility.eligible(plan.nomineeEligibility(), n.getRecognizedYear(), year);
      n.setEligible(ok);
      eligibleCount += ok ? 1 : 0;
      checks.add(eligibility.againstRegister(plan.nomineeEligibility(), n,
          n.getOriginUnitCode() != null ? n.getOriginUnitCode() : conference.getUnitCode(),
          n.getOriginUnitName() != null ? n.getOriginUnitName() : conference.getUnitName(), year));
    }
    List<RuleResult> results = new ArrayList<>(List.of(
        dossierRules.nominationsOnTime(plan.nominationDeadlineFor(queries.tierOf(conference)),
            conference.getScheduledOn(), conference.getNominationsSubmittedOn()),
        eligibility.check(plan.nomineeEligibility(), eligibleCount, list.size(), year)));
    if (plan.nomineeEligibility() != null) {
      results.add(eligibility.registerCheck(plan.nomineeEligibility(), checks, year));
    }
    return decisions.record(conference.getCampaignId(), conferenceId, results);
  }
}

package vn.thiduaflow.council;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;

/**
 * Secret ballots of a council (bỏ phiếu kín): the round's {@link BallotBox} holds only the counts, a participation row
 * holds the voter without the choice. Only voting members of the conference's unit may vote, once per round. The
 * choice never becomes a process variable that outlives the vote task, nor a history or log entry
 * ({@code SecretBallotHistoryFilter}).
 */
@Service
@Transactional
public class BallotService {

  private final BallotBoxRepository boxes;
  private final VoteParticipationRepository participation;
  private final CouncilDirectory councils;
  private final ConferenceService conferences;
  private final VoteTally tally;
  private final RuleDecisionLog decisions;
  private final NominationRepository nominations;

  public BallotService(BallotBoxRepository boxes, VoteParticipationRepository participation, CouncilDirectory councils,
      ConferenceService conferences, VoteTally tally, RuleDecisionLog decisions,
      NominationRepository nominations) {
    this.nominations = nominations;
    this.boxes = boxes;
    this.participation = participation;
    this.councils = councils;
    this.conferences = conferences;
    this.tally = tally;
    this.decisions = decisions;
  }

  /**
   * Casts one ballot in the conference's current round.
   *
   * @param member username of the voter
   * @param choice the choice; required
   * @throws InvalidInputException when the choice is missing, the voter is not a voting member, or already voted
   */
  public void cast(Long conferenceId, String member, BallotChoice choice) {
    if (choice == null) {
      throw new InvalidInputException("ballot", "Chưa chọn tán thành hay không tán thành", "no choice made");
    }
    Conference conference = conferences.get(conferenceId);
    if (!councils.votingMembers(conferenceId).contains(member)) {
      throw new InvalidInputException("ballot", member + " không phải thành viên Hội đồng có quyền biểu quyết",
          member + " is not a voting member of the council of " + conference.getUnitName());
    }
    int round = conference.getVoteRound();
    if (participation.existsByConferenceIdAndVoteRoundAndMemberUsername(conferenceId, round, member)) {
      throw new InvalidInputException("ballot", member + " đã bỏ phiếu trong vòng này", member + " has already voted");
    }
    participation.save(new VoteParticipation(conferenceId, round, member, EngineClock.now()));
    int counted = choice == BallotChoice.APPROVE ? boxes.addApproval(conferenceId, round)
        : boxes.addRejection(conferenceId, round);
    if (counted != 1) {
      throw new InvalidInputException("ballot", "Chưa mở hòm phiếu cho vòng biểu quyết " + round,
          "no ballot box is open for vote round " + round);
    }
  }

  /**
   * Opens the ballot box of the conference's current round (after the standing office proposes the composition).
   * Idempotent.
   */
  public void openRound(Long conferenceId) {
    int round = conferences.get(conferenceId).getVoteRound();
    if (boxes.findByConferenceIdAndVoteRound(conferenceId, round).isEmpty()) {
      boxes.save(new BallotBox(conferenceId, round));
    }
  }

  /**
   * Counts the current round against the plan's thresholds of all voting members (per title of the eligible nominees
   * when the plan sets them: {@code councilVote.byTitle}); approves the nominees if every threshold is reached.
   */
  public Outcome tally(Long conferenceId) {
    Conference conference = conferences.get(conferenceId);
    int round = conference.getVoteRound();
    Integer counted = boxes.approvals(conferenceId, round);
    long approvals = counted == null ? 0 : counted;
    long members = councils.votingMembers(conferenceId).size();
    var titles = nominations.findByConferenceIdOrderById(conferenceId).stream()
        .filter(n -> Boolean.TRUE.equals(n.getEligible())).map(Nomination::getTitle).toList();
    var results = tally.decide(conferences.planOf(conference).councilVote(), titles, approvals, members);
    Outcome outcome = decisions.record(conference.getCampaignId(), conferenceId, results);
    if (outcome.passed()) {
      conferences.approveNominees(conferenceId);
    }
    return outcome;
  }
}

package vn.thiduaflow.council;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;

/**
 * Secret ballots of a council (bỏ phiếu kín): a ballot row holds the choice without the voter, a participation row
 * holds the voter without the choice. Only voting members of the conference's unit may vote, once per round.
 */
@Service
@Transactional
public class BallotService {

  private final BallotRepository ballots;
  private final VoteParticipationRepository participation;
  private final CouncilDirectory councils;
  private final ConferenceService conferences;
  private final VoteTally tally;
  private final RuleDecisionLog decisions;

  public BallotService(BallotRepository ballots, VoteParticipationRepository participation, CouncilDirectory councils,
      ConferenceService conferences, VoteTally tally, RuleDecisionLog decisions) {
    this.ballots = ballots;
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
    ballots.save(new Ballot(conferenceId, round, choice));
  }

  /** Counts the current round against the plan's threshold of all voting members; approves the nominees if passed. */
  public Outcome tally(Long conferenceId) {
    Conference conference = conferences.get(conferenceId);
    int round = conference.getVoteRound();
    long approvals = ballots.countByConferenceIdAndVoteRoundAndChoice(conferenceId, round, BallotChoice.APPROVE);
    long members = councils.votingMembers(conferenceId).size();
    var result = tally.decide(conferences.planOf(conference).councilVote(), approvals, members);
    Outcome outcome = decisions.record(conference.getCampaignId(), conferenceId, java.util.List.of(result));
    if (outcome.passed()) {
      conferences.approveNominees(conferenceId);
    }
    return outcome;
  }
}

package vn.thiduaflow.council;

import org.springframework.data.jpa.repository.JpaRepository;

/** Secret ballots. */
public interface BallotRepository extends JpaRepository<Ballot, Long> {

  /** Ballots with a given choice in a round. */
  long countByConferenceIdAndVoteRoundAndChoice(Long conferenceId, int voteRound, BallotChoice choice);
}

package vn.thiduaflow.council;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Ballot boxes; counts are incremented in the database, so concurrent ballots are never lost. */
public interface BallotBoxRepository extends JpaRepository<BallotBox, Long> {

  Optional<BallotBox> findByConferenceIdAndVoteRound(Long conferenceId, int voteRound);

  /** Ballots cast in a round, read from the database (not a cached entity); null when no box exists. */
  @Query("select b.ballots from BallotBox b where b.conferenceId = ?1 and b.voteRound = ?2")
  Integer ballots(Long conferenceId, int voteRound);

  /** Adds one ballot cast; returns 0 when the round's box does not exist. */
  @Modifying(flushAutomatically = true)
  @Query("update BallotBox b set b.ballots = b.ballots + 1 where b.conferenceId = ?1 and b.voteRound = ?2")
  int addBallot(Long conferenceId, int voteRound);
}

package vn.thiduaflow.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Per-nominee counts of the vote rounds. */
public interface BallotCountRepository extends JpaRepository<BallotCount, Long> {

  /** The round's nominees in ballot order (nomination id), as the database holds them now. */
  List<BallotCount> findByConferenceIdAndVoteRoundOrderByNominationId(Long conferenceId, int voteRound);

  /** Adds one agreeing ballot to a nominee of a round; returns 0 when the nominee is not on that round's ballot. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update BallotCount c set c.agreements = c.agreements + 1 where c.conferenceId = ?1 and c.voteRound = ?2"
      + " and c.nominationId = ?3")
  int addAgreement(Long conferenceId, int voteRound, Long nominationId);
}

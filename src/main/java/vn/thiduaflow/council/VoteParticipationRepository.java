package vn.thiduaflow.council;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Who has voted. */
public interface VoteParticipationRepository extends JpaRepository<VoteParticipation, Long> {

  /** Whether a member has voted in a round. */
  @Query("select count(p) > 0 from VoteParticipation p where p.conferenceId = ?1 and p.voteRound = ?2"
      + " and p.memberUsername = ?3")
  boolean existsByConferenceIdAndVoteRoundAndMemberUsername(Long conferenceId, int voteRound, String username);

  /** How many members voted in a round. */
  long countByConferenceIdAndVoteRound(Long conferenceId, int voteRound);
}

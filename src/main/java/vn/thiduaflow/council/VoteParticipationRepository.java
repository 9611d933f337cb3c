package vn.thiduaflow.council;

import org.springframework.data.jpa.repository.JpaRepository;

/** Who has voted. */
public interface VoteParticipationRepository extends JpaRepository<VoteParticipation, Long> {

  /** Whether a member has voted in a round. */
  boolean existsByConferenceIdAndVoteRoundAndMemberUsername(Long conferenceId, int voteRound, String username);

  /** How many members voted in a round. */
  long countByConferenceIdAndVoteRound(Long conferenceId, int voteRound);
}

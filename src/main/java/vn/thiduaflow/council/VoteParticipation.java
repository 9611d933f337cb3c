package vn.thiduaflow.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** That a council member has voted in a round (for quorum and to refuse a second vote), without the choice. */
@Entity
public class VoteParticipation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int voteRound;
  private String memberUsername;
  private LocalDateTime votedAt;

  protected VoteParticipation() {}

  public VoteParticipation(Long conferenceId, int voteRound, String memberUsername, LocalDateTime votedAt) {
    this.conferenceId = conferenceId;
    this.voteRound = voteRound;
    this.memberUsername = memberUsername;
    this.votedAt = votedAt;
  }

  public String getMemberUsername() { return memberUsername; }
}

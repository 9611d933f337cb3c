package vn.thiduaflow.council;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One secret ballot (bỏ phiếu kín): the choice and the vote round, never the voter. Who voted is in
 * {@link VoteParticipation}, without the choice.
 */
@Entity
public class Ballot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int voteRound;
  @Enumerated(EnumType.STRING)
  private BallotChoice choice;

  protected Ballot() {}

  public Ballot(Long conferenceId, int voteRound, BallotChoice choice) {
    this.conferenceId = conferenceId;
    this.voteRound = voteRound;
    this.choice = choice;
  }

  public BallotChoice getChoice() { return choice; }
}

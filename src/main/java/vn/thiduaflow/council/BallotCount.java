package vn.thiduaflow.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * How many ballots of a vote round agree with one nominee (people). One row per nominee and round, opened with the
 * round's {@link BallotBox}; there is no row per ballot.
 */
@Entity
public class BallotCount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int voteRound;
  private Long nominationId;
  private int agreements;

  protected BallotCount() {}

  BallotCount(Long conferenceId, int voteRound, Long nominationId) {
    this.conferenceId = conferenceId;
    this.voteRound = voteRound;
    this.nominationId = nominationId;
  }

  public Long getNominationId() { return nominationId; }
  /** Ballots agreeing (people). */
  public int getAgreements() { return agreements; }
}

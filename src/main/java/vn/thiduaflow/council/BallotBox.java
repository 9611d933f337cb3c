package vn.thiduaflow.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The ballot box of one vote round of a council (bỏ phiếu kín): only the running count of ballots cast (people); what
 * they said of each nominee is counted in {@link BallotCount}. ({@code approvals} and {@code rejections} are the counts
 * of rounds voted on a whole slate before per-nominee ballots.) There is no row per ballot, so nothing — not the order of rows, not a time — can tie a choice to
 * the member whose participation ({@link VoteParticipation}) was recorded in the same transaction.
 */
@Entity
public class BallotBox {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int voteRound;
  private int approvals;
  private int rejections;
  private int ballots;

  protected BallotBox() {}

  BallotBox(Long conferenceId, int voteRound) {
    this.conferenceId = conferenceId;
    this.voteRound = voteRound;
  }
}

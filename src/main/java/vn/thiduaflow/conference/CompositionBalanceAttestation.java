package vn.thiduaflow.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import vn.thiduaflow.plan.model.BalanceCriterion;

/**
 * The standing office's attestation that the proposed delegate composition respects one balance the plan asks for
 * (table {@code composition_balance_attestation}, V13): which conference and vote round, which criterion (its code and
 * the plan's label), who attested it and when (engine time), and the office's note for the whole composition.
 */
@Entity
public class CompositionBalanceAttestation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private int voteRound;
  @Enumerated(EnumType.STRING)
  @Column(name = "criterion_code")
  private BalanceCriterion criterion;
  @Column(name = "criterion_label")
  private String label;
  private String attestedBy;
  private LocalDateTime attestedAt;
  private String note;

  protected CompositionBalanceAttestation() {}

  /**
   * @param voteRound the vote round the composition opens (1 for the first proposal)
   * @param label the plan's wording of the criterion, at most 200 characters
   * @param attestedBy the user id of the office member who completed the task ("system" when none is logged in)
   * @param attestedAt engine time
   * @param note the office's note, at most 2,000 characters; may be null
   */
  CompositionBalanceAttestation(Long conferenceId, int voteRound, BalanceCriterion criterion, String label,
      String attestedBy, LocalDateTime attestedAt, String note) {
    this.conferenceId = conferenceId;
    this.voteRound = voteRound;
    this.criterion = criterion;
    this.label = label;
    this.attestedBy = attestedBy;
    this.attestedAt = attestedAt;
    this.note = note;
  }

  public Long getConferenceId() { return conferenceId; }
  public int getVoteRound() { return voteRound; }
  public BalanceCriterion getCriterion() { return criterion; }
  public String getLabel() { return label; }
  public String getAttestedBy() { return attestedBy; }
  public LocalDateTime getAttestedAt() { return attestedAt; }
  public String getNote() { return note; }
}

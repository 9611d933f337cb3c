package vn.thiduaflow.quota;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * The number of delegates a lower unit sends to the upper congress as the upper council's standing office decided it
 * during the campaign (a plan's {@code upperQuota.decidedByStandingOffice}); one per campaign and lower unit, replaced
 * by a later decision (who and when kept).
 */
@Entity
public class DelegateQuota {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long campaignId;
  private String unitCode;
  private String unitName;
  private int collectives;
  private int individuals;
  private String note;
  private String decidedBy;
  private LocalDateTime decidedAt;

  protected DelegateQuota() {}

  /**
   * @param campaignId the upper campaign whose congress the delegates attend
   * @param unitCode the lower unit
   * @param unitName its full name
   */
  public DelegateQuota(Long campaignId, String unitCode, String unitName) {
    this.campaignId = campaignId;
    this.unitCode = unitCode;
    this.unitName = unitName;
  }

  /**
   * Records a decision.
   *
   * @param collectives collective delegates (collectives, each sends one person)
   * @param individuals individual delegates (people)
   * @param note the office's note, at most 1,000 characters, may be null
   */
  void decide(int collectives, int individuals, String note, String by, LocalDateTime at) {
    this.collectives = collectives;
    this.individuals = individuals;
    this.note = note;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getCampaignId() { return campaignId; }
  public String getUnitCode() { return unitCode; }
  public String getUnitName() { return unitName; }
  public int getCollectives() { return collectives; }
  public int getIndividuals() { return individuals; }
  public String getNote() { return note; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }

  /** Collectives plus individuals (people: a collective sends one delegate). */
  public int total() {
    return collectives + individuals;
  }
}

package vn.thiduaflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** One submission of a conference dossier to the upper council and the council's decision on it. */
@Entity
public class DossierReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private LocalDate submittedOn;
  @Enumerated(EnumType.STRING)
  private DossierDecision decision;
  private String reason;
  private LocalDate decidedOn;
  private String decidedBy;

  protected DossierReview() {}

  public DossierReview(Long conferenceId, LocalDate submittedOn) {
    this.conferenceId = conferenceId;
    this.submittedOn = submittedOn;
  }

  public Long getConferenceId() { return conferenceId; }
  public LocalDate getSubmittedOn() { return submittedOn; }
  public DossierDecision getDecision() { return decision; }
  public String getReason() { return reason; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public String getDecidedBy() { return decidedBy; }

  /** Records the upper council's decision. */
  public void decide(DossierDecision decision, String reason, LocalDate on, String by) {
    this.decision = decision;
    this.reason = reason;
    this.decidedOn = on;
    this.decidedBy = by;
  }
}

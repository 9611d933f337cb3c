package vn.thiduaflow.dossier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One submission of a conference dossier to the upper council and the council's decision on it: approve or return,
 * the overall reason, and a finding per document ({@link DossierReviewFinding}, issue 21).
 */
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
  @ElementCollection
  @CollectionTable(name = "dossier_review_finding", joinColumns = @JoinColumn(name = "dossier_review_id"))
  @OrderColumn(name = "position")
  private List<DossierReviewFinding> findings = new ArrayList<>();

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

  /** The finding per document, in the order the review form listed them; empty for a review without them. */
  public List<DossierReviewFinding> getFindings() { return List.copyOf(findings); }

  /** The documents the council asked to revise, in form order. */
  public List<DossierReviewFinding> revisions() {
    return findings.stream().filter(f -> f.getVerdict() == DossierReviewFinding.Verdict.NEEDS_REVISION).toList();
  }

  /** Records the upper council's decision. */
  public void decide(DossierDecision decision, String reason, LocalDate on, String by) {
    decide(decision, reason, List.of(), on, by);
  }

  /** Records the upper council's decision with its finding per document. */
  public void decide(DossierDecision decision, String reason, List<DossierReviewFinding> findings, LocalDate on,
      String by) {
    this.findings.clear();
    this.findings.addAll(findings);
    this.decision = decision;
    this.reason = reason;
    this.decidedOn = on;
    this.decidedBy = by;
  }
}

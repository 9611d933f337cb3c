package vn.thiduaflow.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The upper council's finding on one document of a dossier submission (table {@code dossier_review_finding}, V11):
 * the document as the review form listed it, accepted or to be revised, and why.
 */
@Embeddable
public class DossierReviewFinding {

  /** Accepted (ĐẠT) or to be revised (CẦN SỬA). */
  public enum Verdict {
    ACCEPTED("Đạt"),
    NEEDS_REVISION("Cần sửa");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** Vietnamese label, as the review form writes it. */
    public String label() {
      return label;
    }
  }

  @Column(name = "document_code")
  private String documentCode;
  @Column(name = "document_title")
  private String documentTitle;
  @Enumerated(EnumType.STRING)
  private Verdict verdict;
  private String reason;

  protected DossierReviewFinding() {}

  /**
   * @param documentCode the document's code (the plan's dossier document)
   * @param documentTitle its title as the plan names it
   * @param verdict accepted or to be revised
   * @param reason why it must be revised (required then, at most 2,000 characters); null when accepted
   */
  public DossierReviewFinding(String documentCode, String documentTitle, Verdict verdict, String reason) {
    this.documentCode = documentCode;
    this.documentTitle = documentTitle;
    this.verdict = verdict;
    this.reason = reason;
  }

  public String getDocumentCode() { return documentCode; }
  public String getDocumentTitle() { return documentTitle; }
  public Verdict getVerdict() { return verdict; }
  public String getReason() { return reason; }
}

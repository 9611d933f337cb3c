package vn.thiduaflow.plan.model;

/** A document the product drafts for the unit (a DOCX under {@code /api/conferences/{id}/documents/}). */
public enum GeneratedDraft {
  /** The programme under the official name ({@code programme.docx}). */
  PROGRAMME,
  /** The five-year summary report's skeleton with the system's figures ({@code summary-report.docx}). */
  SUMMARY_REPORT
}

package vn.thiduaflow.dossier;

/**
 * Variable and field names of the dossier tasks' Camunda Forms ({@code forms/submit-dossier.form},
 * {@code forms/review-dossier.form}); all task-local, set when the task is created ({@code ShowDossierListener}) and
 * removed when it is completed.
 */
public final class DossierFields {

  private DossierFields() {}

  /**
   * The dossier's documents with their status (Json rows: number, title, requirement, status as Markdown, clause),
   * read-only in both forms; also the field of a refusal naming a missing document.
   */
  public static final String DOSSIER_DOCUMENTS = "dossierDocuments";
  /** What the upper council returned last time (Markdown: overall reason, each document to revise and why), or null. */
  public static final String DOSSIER_RETURN = "dossierReturn";
  /**
   * The review form's dynamic list: one row per document ({@code code}, read-only {@code title}, {@code verdict}
   * ACCEPTED / NEEDS_REVISION, {@code reason}).
   */
  public static final String DOCUMENT_REVIEW = "documentReview";
}

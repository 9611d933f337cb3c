package vn.thiduaflow.report;

/** The upper council approves a dossier or returns it for revision. */
public enum DossierDecision {
  APPROVE,
  RETURN
}

package vn.thiduaflow.dossier;

/** The upper council approves a dossier or returns it for revision. */
public enum DossierDecision {
  APPROVE,
  RETURN
}

package vn.thiduaflow.conference;

/** What the council chair decides when the dossier was approved after its deadline. */
public enum LateDossierAction {
  /** Move the conference to a date that meets the dossier rule and the window. */
  RESCHEDULE,
  /** Hold the conference as scheduled; the reason is recorded. */
  HOLD_AS_SCHEDULED
}

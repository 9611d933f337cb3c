package vn.thiduaflow.conference;

/** Stage of a unit's conference (shown to the secretariat). */
public enum ConferenceStatus {
  PLANNED,
  SCHEDULED,
  NOMINATIONS_SUBMITTED,
  COMPOSITION_PROPOSED,
  VOTED,
  DOSSIER_SUBMITTED,
  DOSSIER_RETURNED,
  DOSSIER_APPROVED,
  HELD,
  REPORTED
}

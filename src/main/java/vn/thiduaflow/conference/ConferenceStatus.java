package vn.thiduaflow.conference;

/** Stage of a unit's conference (shown to the secretariat). */
public enum ConferenceStatus {
  PLANNED,
  /**
   * Scheduled, and a campaign's own conference whose nominees are the delegates its lower units send up: its
   * nominations open once every lower unit has reported or been waived (issue 22), then it is {@link #SCHEDULED}.
   */
  AWAITING_LOWER_DELEGATES,
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

package vn.thiduaflow.campaign;

/** The council chair's choice when a lower unit's report is overdue (form field {@code missingReportDecision}). */
public enum MissingReportDecision {
  /** Wait until a later day; the chair is asked again then. */
  WAIT,
  /** Go ahead without the unit, with a recorded reason. */
  WAIVE
}

package vn.thiduaflow.campaign;

/** Where a lower unit's report to the campaign above stands. */
public enum LowerReportStatus {
  /** Not arrived yet: the upper conference waits for it. */
  EXPECTED,
  /** Arrived (message {@code LowerReportReceived}) before the upper conference was opened. */
  RECEIVED,
  /** The council chair waived it with a recorded reason; the upper conference went ahead without the unit. */
  WAIVED,
  /** Arrived after the chair had waived it: recorded, its delegates do not join the upper conference. */
  LATE
}

package vn.thiduaflow.plan;

/** How often units report progress upward. Source: 172/KH-UBND §IV (monthly), Lạng Sơn plan §IV (periodic). */
public enum ReportingFrequency {
  MONTHLY,
  PERIODIC,
  AFTER_CONFERENCE
}

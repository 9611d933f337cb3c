package vn.thiduaflow.plan.model;

/** How often units report progress upward. Source: 172/KH-UBND §IV (monthly), Lạng Sơn plan §IV (periodic). */
public enum ReportingFrequency {
  /** "định kỳ hàng tháng" (172/KH-UBND §IV): a progress report every month while the campaign runs. */
  MONTHLY,
  /** "định kỳ báo cáo tiến độ" without a period (Lạng Sơn plan §IV): reported monthly, as the most frequent stated. */
  PERIODIC,
  /** Results only, after the conference (Văn Yên, Bình An): no periodic progress report. */
  AFTER_CONFERENCE
}

package vn.thiduaflow.plan.model;

/** How a vote's approvals are compared with the threshold share of all council members. */
public enum ThresholdComparison {
  /** Approvals strictly above the threshold (e.g. "quá 50%"). */
  MORE_THAN,
  /** Approvals at or above the threshold (e.g. "từ 80% trở lên"). */
  AT_LEAST
}

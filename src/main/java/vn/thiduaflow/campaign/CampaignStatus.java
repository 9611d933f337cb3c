package vn.thiduaflow.campaign;

/** Where a campaign stands. */
public enum CampaignStatus {
  /** Lower units and the issuer's own conference under way. */
  RUNNING,
  /** The issuer's own conference held and its results reported upward. */
  REPORTED,
  /** Every lower unit finished too (late ones included); the process instance has ended. */
  CLOSED
}

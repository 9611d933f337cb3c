package vn.thiduaflow.campaign;

/** Where a campaign stands. */
public enum CampaignStatus {
  RUNNING,
  REPORTED
}

package vn.thiduaflow.conference;

import vn.thiduaflow.unit.AdminStructure;

/**
 * What the conference and the features below the campaign (councils, access) read of a campaign. Declared here and
 * implemented by the campaign ({@code campaign.Campaign}), so that they do not depend on the campaign that opens them.
 */
public interface CampaignRef {

  /** The campaign's id. */
  Long getId();

  /** The plan it runs (a derived plan's id, {@code <plan>@<unit>}, in a cascade). */
  String getPlanId();

  /** The administrative structure its units are looked up in. */
  AdminStructure getAdminStructure();

  /** The unit that issued the plan (its council's groups: {@code u<code>.<role>}). */
  String getIssuerCode();

  /** The campaign above in a cascade; null for the top campaign. */
  Long getParentCampaignId();
}

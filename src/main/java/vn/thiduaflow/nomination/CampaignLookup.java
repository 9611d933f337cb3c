package vn.thiduaflow.nomination;

import vn.thiduaflow.unit.AdminStructure;

/**
 * What the nominee list's rules need of a campaign. Declared here and implemented by the campaign feature, so that
 * nominations do not depend on it.
 */
public interface CampaignLookup {

  /**
   * The campaign's facts the list is checked against.
   *
   * @param structure the administrative structure (which unit list a nominee's unit is looked up in)
   * @param unitList the dated unit list the campaign was opened with (null: today's)
   * @param planId the plan the campaign runs (a derived plan's id in a cascade): eligibility, organizations, vertical
   *     lines
   */
  record CampaignFacts(AdminStructure structure, String unitList, String planId) {}

  /**
   * @param campaignId an existing campaign
   * @throws java.util.NoSuchElementException when there is no such campaign
   */
  CampaignFacts campaign(Long campaignId);
}

package vn.thiduaflow.campaign;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.nomination.CampaignLookup;

/** A campaign's structure, unit list and plan for the nominee list's rules ({@link CampaignLookup}). */
@Component
@Transactional(readOnly = true)
class NominationCampaignLookup implements CampaignLookup {

  private final CampaignRepository campaigns;

  NominationCampaignLookup(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public CampaignLookup.CampaignFacts campaign(Long campaignId) {
    Campaign c = campaigns.findById(campaignId).orElseThrow();
    return new CampaignLookup.CampaignFacts(c.getAdminStructure(), c.getUnitList(), c.getPlanId());
  }
}

package vn.thiduaflow.campaign;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.CampaignDirectory;
import vn.thiduaflow.conference.CampaignRef;
import vn.thiduaflow.nomination.CampaignLookup;

/**
 * The campaign table as the features below the campaign read it: the conference, councils and access
 * ({@link CampaignDirectory}) and the nominee list's rules ({@link CampaignLookup}), which declare what they need.
 */
@Component
@Transactional(readOnly = true)
class CampaignLookups implements CampaignDirectory, CampaignLookup {

  private final CampaignRepository campaigns;

  CampaignLookups(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public Optional<CampaignRef> find(Long campaignId) {
    return campaignId == null ? Optional.empty() : campaigns.findById(campaignId).map(c -> c);
  }

  @Override
  public CampaignLookup.CampaignFacts campaign(Long campaignId) {
    Campaign c = campaigns.findById(campaignId).orElseThrow();
    return new CampaignLookup.CampaignFacts(c.getAdminStructure(), c.getUnitList(), c.getPlanId());
  }
}

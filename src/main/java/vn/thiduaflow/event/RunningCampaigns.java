package vn.thiduaflow.event;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignStatus;
import vn.thiduaflow.unit.AdminStructure;

/** The running campaign a unit issues: the one whose outside events its standing office may move. */
@Service
@Transactional(readOnly = true)
public class RunningCampaigns {

  private final vn.thiduaflow.campaign.CampaignRepository campaigns;

  RunningCampaigns(vn.thiduaflow.campaign.CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  /** A campaign by id; empty when unknown. */
  public Optional<Campaign> find(Long campaignId) {
    return campaigns.findById(campaignId);
  }

  /** The unit's most recent campaign still {@link CampaignStatus#RUNNING}, where it is the issuer; empty if none. */
  public Optional<Campaign> running(AdminStructure structure, String unitCode) {
    return campaigns.findFirstByAdminStructureAndIssuerCodeAndStatusOrderByIdDesc(structure, unitCode,
        CampaignStatus.RUNNING);
  }
}

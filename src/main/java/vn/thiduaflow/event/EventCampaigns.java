package vn.thiduaflow.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignStatus;
import vn.thiduaflow.unit.AdminStructure;

/** The campaigns an outside event's date belongs to (read only). */
interface EventCampaigns extends Repository<Campaign, Long> {

  Optional<Campaign> findById(Long id);

  /** A unit's most recent campaign in a given status (the running one whose events its standing office may move). */
  Optional<Campaign> findFirstByAdminStructureAndIssuerCodeAndStatusOrderByIdDesc(AdminStructure structure,
      String issuerCode, CampaignStatus status);

  /** Every campaign of a chain, the top one first. */
  List<Campaign> findByRootCampaignIdOrderById(Long rootCampaignId);
}

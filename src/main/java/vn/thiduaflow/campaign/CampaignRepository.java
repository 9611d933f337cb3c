package vn.thiduaflow.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Campaigns. */
public interface CampaignRepository extends JpaRepository<Campaign, Long> {

  /** The most recent campaign of a plan, if any. */
  Optional<Campaign> findFirstByPlanIdOrderByIdDesc(String planId);

  /** A unit's most recent campaign in a given status (the running one whose outside events its office may move). */
  Optional<Campaign> findFirstByAdminStructureAndIssuerCodeAndStatusOrderByIdDesc(
      vn.thiduaflow.unit.AdminStructure structure, String issuerCode, CampaignStatus status);

  /** Every campaign of a chain, the top one first. */
  java.util.List<Campaign> findByRootCampaignIdOrderById(Long rootCampaignId);
}

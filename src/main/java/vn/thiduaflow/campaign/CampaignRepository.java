package vn.thiduaflow.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Campaigns. */
public interface CampaignRepository extends JpaRepository<Campaign, Long> {

  /** The most recent campaign of a plan, if any. */
  Optional<Campaign> findFirstByPlanIdOrderByIdDesc(String planId);

  /** Every campaign of a chain, the top one first. */
  java.util.List<Campaign> findByRootCampaignIdOrderById(Long rootCampaignId);
}

package vn.thiduaflow.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.AdminStructure;

/** Conferences. */
public interface ConferenceRepository extends JpaRepository<Conference, Long> {

  /** The conferences of a campaign, in creation order. */
  List<Conference> findByCampaignIdOrderById(Long campaignId);

  /** The conferences of several campaigns (a chain), in creation order. */
  List<Conference> findByCampaignIdInOrderById(java.util.Collection<Long> campaignIds);

  /** The conferences of one tier of a campaign, in creation order. */
  List<Conference> findByCampaignIdAndTierOrderById(Long campaignId, Tier tier);

  /** The administrative structure of a campaign's units. */
  @Query("select c.adminStructure from Campaign c where c.id = ?1")
  AdminStructure structureOf(Long campaignId);
}

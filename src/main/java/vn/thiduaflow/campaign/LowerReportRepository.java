package vn.thiduaflow.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Lower units' reports. */
public interface LowerReportRepository extends JpaRepository<LowerReport, Long> {

  /** The reports a campaign expects, in the order its lower units were opened. */
  List<LowerReport> findByCampaignIdOrderById(Long campaignId);

  /** The reports of several campaigns (a chain), in order. */
  List<LowerReport> findByCampaignIdInOrderById(java.util.Collection<Long> campaignIds);

  /** Whether a campaign expects any report (false for campaigns started before chains). */
  boolean existsByCampaignId(Long campaignId);

  /** One lower unit's report to a campaign. */
  Optional<LowerReport> findByCampaignIdAndUnitCode(Long campaignId, String unitCode);
}

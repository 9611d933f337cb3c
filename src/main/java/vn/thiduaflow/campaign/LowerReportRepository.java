package vn.thiduaflow.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Lower units' reports. */
public interface LowerReportRepository extends JpaRepository<LowerReport, Long> {

  /** The reports a campaign expects, in the order its lower units were opened. */
  @Query("select r from LowerReport r where r.campaignId = ?1 order by r.id")
  List<LowerReport> findByCampaignIdOrderById(Long campaignId);

  /** The reports of several campaigns (a chain), in order. */
  List<LowerReport> findByCampaignIdInOrderById(java.util.Collection<Long> campaignIds);

  /** Whether a campaign expects any report (false for campaigns started before chains). */
  @Query("select count(r) > 0 from LowerReport r where r.campaignId = ?1")
  boolean existsByCampaignId(Long campaignId);

  /** One lower unit's report to a campaign. */
  @Query("select r from LowerReport r where r.campaignId = ?1 and r.unitCode = ?2")
  Optional<LowerReport> findByCampaignIdAndUnitCode(Long campaignId, String unitCode);
}

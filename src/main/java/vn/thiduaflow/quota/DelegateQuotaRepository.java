package vn.thiduaflow.quota;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Decided delegate quotas. */
public interface DelegateQuotaRepository extends JpaRepository<DelegateQuota, Long> {

  Optional<DelegateQuota> findByCampaignIdAndUnitCode(Long campaignId, String unitCode);

  List<DelegateQuota> findByCampaignIdOrderById(Long campaignId);
}

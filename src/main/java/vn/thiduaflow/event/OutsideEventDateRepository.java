package vn.thiduaflow.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The changes of outside events' dates, per campaign. */
public interface OutsideEventDateRepository extends JpaRepository<OutsideEventDate, Long> {

  /** The latest change of an event in a campaign: its current date there. */
  Optional<OutsideEventDate> findFirstByCampaignIdAndEventCodeOrderByIdDesc(Long campaignId, String eventCode);

  /** Every change made in a campaign, oldest first (the history). */
  List<OutsideEventDate> findByCampaignIdOrderById(Long campaignId);
}

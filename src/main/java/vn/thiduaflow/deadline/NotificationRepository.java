package vn.thiduaflow.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Notifications. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

  /** A conference's notifications, oldest first. */
  List<Notification> findByConferenceIdOrderById(Long conferenceId);

  /** A campaign's notifications of one kind, oldest first. */
  List<Notification> findByCampaignIdAndKindOrderById(Long campaignId, NotificationKind kind);

  /** Notifications of the given campaigns, for reports. */
  List<Notification> findByCampaignIdIn(List<Long> campaignIds);
}

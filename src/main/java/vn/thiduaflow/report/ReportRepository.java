package vn.thiduaflow.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reports sent upward. */
public interface ReportRepository extends JpaRepository<Report, Long> {

  /** A campaign's reports, oldest first. */
  List<Report> findByCampaignIdOrderById(Long campaignId);
}

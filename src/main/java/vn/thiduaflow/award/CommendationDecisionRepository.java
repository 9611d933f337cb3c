package vn.thiduaflow.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Commendation decisions. */
public interface CommendationDecisionRepository extends JpaRepository<CommendationDecision, Long> {

  /** A conference's decisions, in the order they were issued. */
  List<CommendationDecision> findByConferenceIdOrderById(Long conferenceId);
}

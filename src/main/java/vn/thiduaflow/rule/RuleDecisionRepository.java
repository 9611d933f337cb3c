package vn.thiduaflow.rule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded rule decisions. */
public interface RuleDecisionRepository extends JpaRepository<RuleDecision, Long> {

  /** A campaign's decisions in the order they were made. */
  List<RuleDecision> findByCampaignIdOrderById(Long campaignId);

  /** The decisions of several campaigns (a chain), in order. */
  List<RuleDecision> findByCampaignIdInOrderById(java.util.Collection<Long> campaignIds);

  /** A conference's decisions in the order they were made. */
  List<RuleDecision> findByConferenceIdOrderById(Long conferenceId);
}

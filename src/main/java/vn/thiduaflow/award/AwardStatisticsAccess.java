package vn.thiduaflow.award;

import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who may count the awards of a campaign chain, and which: the same people, and the same conferences, as the campaign's
 * dashboard shows them. Declared here and implemented by the dashboard (which already decides what a viewer sees), so
 * that the award register does not depend on it.
 */
public interface AwardStatisticsAccess {

  /**
   * The scope of the statistics the user may see.
   *
   * @param rootCampaignId the chain's root campaign, as the request names it
   * @param authentication the engine's current authentication (user and groups); null: nobody
   * @return empty when the campaign does not exist or the user sees no unit of its chain (answered as 404, like a
   *     campaign that does not exist)
   */
  Optional<AwardStatisticsScope> scopeFor(Long rootCampaignId, Authentication authentication);
}

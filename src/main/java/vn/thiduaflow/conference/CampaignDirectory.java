package vn.thiduaflow.conference;

import java.util.Optional;

/**
 * The campaigns, as the conference and the features below the campaign look them up ({@link CampaignRef}). Declared
 * here and implemented by the campaign feature.
 */
public interface CampaignDirectory {

  /** The campaign with this id, if there is one. */
  Optional<CampaignRef> find(Long campaignId);

  /**
   * The campaign with this id.
   *
   * @throws java.util.NoSuchElementException when there is none
   */
  default CampaignRef get(Long campaignId) {
    return find(campaignId).orElseThrow();
  }
}

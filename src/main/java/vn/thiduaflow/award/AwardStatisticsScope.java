package vn.thiduaflow.award;

import java.util.Set;

/**
 * What {@link AwardStatistics} counts: the awards granted by the decisions of a campaign chain (a root campaign and
 * every campaign below it), as far as the person asking may see them.
 *
 * @param rootCampaignId the chain's root campaign (the id the dashboard and the XLSX's path take)
 * @param title the chain as people name it, printed on the workbook: "Kế hoạch số 27/KH-UBND — … (Xã Bình An)"
 * @param campaignIds the root campaign and every campaign below it; not empty
 * @param conferenceIds only the awards of decisions issued for these conferences (the conferences the viewer sees on
 *     the dashboard); null for every award of the campaigns (an administrator)
 */
public record AwardStatisticsScope(Long rootCampaignId, String title, Set<Long> campaignIds,
    Set<Long> conferenceIds) {

  public AwardStatisticsScope {
    campaignIds = Set.copyOf(campaignIds);
    conferenceIds = conferenceIds == null ? null : Set.copyOf(conferenceIds);
  }

  /** Whether the scope is limited to some conferences (a viewer who is not an administrator). */
  public boolean limited() {
    return conferenceIds != null;
  }
}

package vn.thiduaflow.conference;

import vn.thiduaflow.plan.model.Tier;

/**
 * A held conference's results went upward ({@link ConferenceResults#report}): its results report and delegates are
 * recorded and it is marked reported. Published in that transaction; the campaign takes a lower unit's report from it
 * (the campaign feature listens, so the conference does not call the campaign).
 *
 * @param conferenceId the conference
 * @param campaignId the campaign it belongs to
 * @param unitCode the unit that held it
 * @param tier {@code LOWER}: a unit below the campaign's issuer, whose campaign awaits its report
 */
public record ConferenceReported(Long conferenceId, Long campaignId, String unitCode, Tier tier) {}

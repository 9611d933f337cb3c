-- The standing office's dashboard (CampaignDashboard) filters a campaign chain's conferences by the units a viewer
-- holds roles in and by the unit above them; with thousands of units per campaign both need an index.
create index ix_conference_unit on conference(unit_code);
create index ix_conference_upper_unit on conference(upper_unit_code);

-- Issue 24, "Numbers a secretariat is asked for": the dashboard's panel "Khen thưởng" and the statistics XLSX count
-- the award register's rows of a campaign chain on every dashboard page (award_record by campaign_id), and a
-- decision's recipients are read by decision_id (certificates, the statistics' visible conferences). Both columns
-- were unindexed (V21).
create index ix_award_record_campaign on award_record(campaign_id);
create index ix_award_record_decision on award_record(decision_id);

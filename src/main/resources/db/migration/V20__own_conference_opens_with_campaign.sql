-- Issue 22: a campaign's own conference opens with the campaign, so that a district with communes below it schedules,
-- sends its early submissions and establishes its organizing committee while the communes hold theirs; only its
-- nominations wait until the lower delegates have been collected. Conferences opened before this migration were
-- opened after their lower reports: they have nothing to wait for.
alter table conference add column awaits_lower_delegates boolean default false not null;

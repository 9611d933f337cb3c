-- Production opens a conference without a staff count (the unit enters it in the schedule form); only sample data
-- knows one beforehand.
alter table conference alter column staff_count drop not null;

-- Issue 22: the schedule form gives the conference's theme (chủ đề, at most 300 characters, as the form allows). The
-- venue (địa điểm, at most 200) is stored since V1 (conference.venue); the unit's programme — the plan's items in the
-- unit's order, optional items left out — keeps its column conference.programme (item codes, comma-separated).
alter table conference add column theme varchar(300);

-- Issue 22: unit lists of a past date. A plan may name the unit list it was written against (issuer.unitList, e.g. a
-- 2014 list); its campaigns keep that list's id so that their units (issuer, lower units, nominees' origins) are
-- resolved in it, by their names of that date. Campaigns started before this migration ran on today's list of their
-- structure, which is what they get here.
alter table campaign add column unit_list varchar(60);
update campaign set unit_list = case admin_structure when 'THREE_LEVEL' then 'vn-units-pre-2025'
                                                     else 'vn-units-2025' end;

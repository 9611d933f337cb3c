-- A nominee of an upper conference may be a delegate sent up by a lower conference: keep the unit of origin.
alter table nomination add column origin_unit_code varchar(10);
alter table nomination add column origin_unit_name varchar(200);
alter table nomination add column from_delegate_id bigint references upper_delegate(id);

-- Issue 20: what a council reads about each nominee besides the name: position and unit (chức vụ, đơn vị công tác)
-- and a short achievement summary (tóm tắt thành tích). Both optional; lists entered before have none.
alter table nomination add column nominee_position varchar(200);
alter table nomination add column achievement_summary varchar(2000);

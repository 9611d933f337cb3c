-- Two indexes Camunda 7.24's PostgreSQL create script lacks, found by MemberCapacityBenchmark (docs/benchmarks.md,
-- "Capacity in council members"): with 50,000 open tasks and 1,000 council members at a member's pace both were
-- sequential scans, together most of the database's time. Where Flyway made the engine schema
-- (thiduaflow.database.engine-schema=flyway, profile postgres) it runs this file after the project's V26; where the
-- engine made its own (H2, the default) DatabaseConfiguration runs it once the engine is built.
--
-- 1. Every authorization-checked query (Tasklist's filter, a task, its form) selects the caller's authorizations with
--    USER_ID_ IN (user, '*') OR GROUP_ID_ IN (groups). GROUP_ID_ has an index (ACT_IDX_AUTH_GROUP_ID); USER_ID_ only
--    comes second in ACT_UNIQ_AUTH_USER (TYPE_, USER_ID_, ...), which a lookup by user cannot use, so PostgreSQL read
--    the whole table (2 rows per open task): 21 ms per filter page alone, 64 ms under load; 1.4 ms with this index.
create index if not exists IX_ACT_RU_AUTHORIZATION_USER on ACT_RU_AUTHORIZATION(USER_ID_);
-- 2. Completing a task looks for its subtasks (SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = ?): a full scan of
--    the open tasks on every completion, 12–19 ms (upstream: camunda/camunda issue 36824; Camunda has it on SQL Server
--    only, as ACT_IDX_TASK_PARENT_TASK_ID).
-- Named in the project's way (ix_<table>_<column>), not ACT_IDX_*: a later Camunda upgrade script that adds an index
-- of its own on these columns then does not fail on an existing name (drop ours after it). Built inside the migration's
-- transaction: writes to the two tables wait meanwhile, a few seconds at a country's size (100,000 authorizations).
create index if not exists IX_ACT_RU_TASK_PARENT_TASK on ACT_RU_TASK(PARENT_TASK_ID_);

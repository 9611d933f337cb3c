package vn.thiduaflow.simulation;

import vn.thiduaflow.database.ThiDuaFlowPostgresTest;

/** The seed plans' campaigns on PostgreSQL, with the production database profile. */
@ThiDuaFlowPostgresTest
class SeedPlanScenarioPostgresTest extends SeedPlanScenarios {}

package vn.thiduaflow.simulation;

import vn.thiduaflow.ThiDuaFlowSpringTest;

/** The seed plans' campaigns on the embedded default database, H2. */
@ThiDuaFlowSpringTest
class SeedPlanScenarioTest extends SeedPlanScenarios {}

package vn.thiduaflow.award;

import vn.thiduaflow.database.ThiDuaFlowPostgresTest;

/** {@link DecisionRegisterContract} on PostgreSQL, the production database, where the nodes of a cluster meet. */
@ThiDuaFlowPostgresTest
class DecisionRegisterPostgresTest extends DecisionRegisterContract {}

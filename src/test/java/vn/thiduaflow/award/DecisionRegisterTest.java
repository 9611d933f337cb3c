package vn.thiduaflow.award;

import vn.thiduaflow.ThiDuaFlowSpringTest;

/** {@link DecisionRegisterContract} on H2, the default database. */
@ThiDuaFlowSpringTest
class DecisionRegisterTest extends DecisionRegisterContract {}

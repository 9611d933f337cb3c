package vn.thiduaflow.attachment;

import vn.thiduaflow.ThiDuaFlowSpringTest;

/** {@link AttachmentServiceContract} on H2, the default database. */
@ThiDuaFlowSpringTest
class AttachmentServiceTest extends AttachmentServiceContract {}

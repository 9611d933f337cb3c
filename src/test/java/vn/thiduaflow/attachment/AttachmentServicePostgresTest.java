package vn.thiduaflow.attachment;

import vn.thiduaflow.database.ThiDuaFlowPostgresTest;

/**
 * {@link AttachmentServiceContract} on PostgreSQL with the production profile ({@code postgres}): the V9 table's
 * {@code bytea} content through the same JPA mapping as on H2.
 */
@ThiDuaFlowPostgresTest
class AttachmentServicePostgresTest extends AttachmentServiceContract {}

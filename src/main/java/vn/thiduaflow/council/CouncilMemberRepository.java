package vn.thiduaflow.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.unit.AdminStructure;

/** Council members and other role holders. */
public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

  /** Everyone holding a role for a unit. */
  List<CouncilMember> findByAdminStructureAndUnitCodeOrderById(AdminStructure structure, String unitCode);

  /** Whether the unit's people have been created already. */
  boolean existsByAdminStructureAndUnitCode(AdminStructure structure, String unitCode);

  /** The units where a person holds a role (a person may hold it in several units). */
  List<CouncilMember> findByUsernameAndRole(String username, CouncilRole role);

  /** Whether a username is taken. */
  boolean existsByUsername(String username);
}

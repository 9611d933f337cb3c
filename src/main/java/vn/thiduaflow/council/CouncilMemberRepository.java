package vn.thiduaflow.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.thiduaflow.unit.AdminStructure;

/** Council members and other role holders. */
public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

  /** Everyone holding a role for a unit. */
  @Query("select m from CouncilMember m where m.adminStructure = ?1 and m.unitCode = ?2 order by m.id")
  List<CouncilMember> findByAdminStructureAndUnitCodeOrderById(AdminStructure structure, String unitCode);

  /** Whether the unit's people have been created already. */
  @Query("select count(m) > 0 from CouncilMember m where m.adminStructure = ?1 and m.unitCode = ?2")
  boolean existsByAdminStructureAndUnitCode(AdminStructure structure, String unitCode);

  /** Whether a username is taken. */
  @Query("select count(m) > 0 from CouncilMember m where m.username = ?1")
  boolean existsByUsername(String username);
}

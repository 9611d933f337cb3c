package vn.thiduaflow.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The comments received on the published lists. */
public interface DisclosureCommentRepository extends JpaRepository<DisclosureComment, Long> {

  List<DisclosureComment> findByDisclosureIdOrderById(Long disclosureId);

  long countByDisclosureId(Long disclosureId);
}

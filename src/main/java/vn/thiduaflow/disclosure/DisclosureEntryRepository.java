package vn.thiduaflow.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The lines of the published lists. */
public interface DisclosureEntryRepository extends JpaRepository<DisclosureEntry, Long> {

  List<DisclosureEntry> findByDisclosureIdOrderByNumber(Long disclosureId);
}

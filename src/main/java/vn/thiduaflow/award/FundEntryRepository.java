package vn.thiduaflow.award;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The fund's entries. */
interface FundEntryRepository extends JpaRepository<FundEntry, Long> {

  /** A unit's entries of a year, in the order recorded. */
  List<FundEntry> findByUnitCodeAndFundYearOrderById(String unitCode, int fundYear);

  /** The entry written under a reference. */
  Optional<FundEntry> findByReference(String reference);
}

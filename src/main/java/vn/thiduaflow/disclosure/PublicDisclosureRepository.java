package vn.thiduaflow.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The published lists. */
public interface PublicDisclosureRepository extends JpaRepository<PublicDisclosure, Long> {

  Optional<PublicDisclosure> findByConferenceId(Long conferenceId);

  /** The lists open on a day: published on or before it, last day on or after it, not closed; by unit. */
  @Query("select d from PublicDisclosure d where d.closedAt is null and d.publishedOn <= ?1 and d.lastDay >= ?1 "
      + "order by d.unitName, d.id")
  List<PublicDisclosure> openOn(LocalDate day);
}

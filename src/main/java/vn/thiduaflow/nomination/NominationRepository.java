package vn.thiduaflow.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Nominations. */
public interface NominationRepository extends JpaRepository<Nomination, Long> {

  /** The nominees of a conference, in the order they were nominated. */
  List<Nomination> findByConferenceIdOrderById(Long conferenceId);

  /** How many nominees a conference has. */
  long countByConferenceId(Long conferenceId);

  /** How many of a conference's nominees were sent up by a lower unit. */
  long countByConferenceIdAndOriginUnitCodeIsNotNull(Long conferenceId);
}

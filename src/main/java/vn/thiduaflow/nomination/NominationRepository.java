package vn.thiduaflow.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Nominations. */
public interface NominationRepository extends JpaRepository<Nomination, Long> {

  /** The nominees of a conference, in the order they were nominated. */
  List<Nomination> findByConferenceIdOrderById(Long conferenceId);

  /** How many nominees a conference has. */
  @Query("select count(n) from Nomination n where n.conferenceId = ?1")
  long countOfConference(Long conferenceId);

  /** How many of a conference's nominees were sent up by a lower unit. */
  @Query("select count(n) from Nomination n where n.conferenceId = ?1 and n.originUnitCode is not null")
  long countFromBelow(Long conferenceId);
}

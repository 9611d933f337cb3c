package vn.thiduaflow.submission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Who supervises which conference. */
public interface ConferenceSupervisorRepository extends JpaRepository<ConferenceSupervisor, Long> {

  /** The supervisors of several conferences (a dashboard page). */
  List<ConferenceSupervisor> findByConferenceIdIn(List<Long> conferenceIds);
}

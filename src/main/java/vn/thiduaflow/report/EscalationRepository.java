package vn.thiduaflow.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Escalations. */
public interface EscalationRepository extends JpaRepository<Escalation, Long> {

  /** The escalations of the given conferences, oldest first. */
  List<Escalation> findByConferenceIdInOrderById(List<Long> conferenceIds);
}

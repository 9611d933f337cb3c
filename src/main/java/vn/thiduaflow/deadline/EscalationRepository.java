package vn.thiduaflow.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Escalations. */
public interface EscalationRepository extends JpaRepository<Escalation, Long> {

  /** The escalations of the given conferences, oldest first. */
  List<Escalation> findByConferenceIdInOrderById(List<Long> conferenceIds);

  /** The open (not yet resolved) escalations of a conference for one deadline. */
  List<Escalation> findByConferenceIdAndDeadlineAndResolvedAtIsNull(Long conferenceId, DeadlineKind deadline);
}

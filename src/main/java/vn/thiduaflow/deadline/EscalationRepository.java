package vn.thiduaflow.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Escalations. */
public interface EscalationRepository extends JpaRepository<Escalation, Long> {

  /** The escalations of the given conferences, oldest first. */
  List<Escalation> findByConferenceIdInOrderById(List<Long> conferenceIds);

  /** The open (not yet resolved) escalations of a conference for one deadline. */
  @Query("select e from Escalation e where e.conferenceId = ?1 and e.deadline = ?2 and e.resolvedAt is null")
  List<Escalation> findByConferenceIdAndDeadlineAndResolvedAtIsNull(Long conferenceId, DeadlineKind deadline);
}

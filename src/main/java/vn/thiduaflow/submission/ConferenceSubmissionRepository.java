package vn.thiduaflow.submission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The submissions of conferences. */
public interface ConferenceSubmissionRepository extends JpaRepository<ConferenceSubmission, Long> {

  /** A conference's submissions, in the plan's order (the order they were opened). */
  List<ConferenceSubmission> findByConferenceIdOrderById(Long conferenceId);

  /** The submissions of several conferences (a campaign's dashboard), by conference then plan order. */
  List<ConferenceSubmission> findByConferenceIdInOrderByConferenceIdAscIdAsc(List<Long> conferenceIds);

  /** One submission of a conference. */
  Optional<ConferenceSubmission> findByConferenceIdAndCode(Long conferenceId, String code);
}

package vn.thiduaflow.submission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The duties of conferences. */
public interface ConferenceDutyRepository extends JpaRepository<ConferenceDuty, Long> {

  /** A conference's duties, in the plan's order (the order they were opened). */
  List<ConferenceDuty> findByConferenceIdOrderById(Long conferenceId);

  /** The duties of several conferences (a campaign's dashboard page), by conference then plan order. */
  List<ConferenceDuty> findByConferenceIdInOrderByConferenceIdAscIdAsc(List<Long> conferenceIds);

  /** One duty of a conference. */
  Optional<ConferenceDuty> findByConferenceIdAndCode(Long conferenceId, String code);
}

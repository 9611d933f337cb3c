package vn.thiduaflow.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The guests and leaders of conferences. */
public interface ConferenceGuestRepository extends JpaRepository<ConferenceGuest, Long> {

  /** A conference's guests in the order entered. */
  List<ConferenceGuest> findByConferenceIdOrderByPositionNo(Long conferenceId);

  /** Removes a conference's guests (before the list is entered again). */
  void deleteByConferenceId(Long conferenceId);
}

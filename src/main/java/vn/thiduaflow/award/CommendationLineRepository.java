package vn.thiduaflow.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The lines of commendation proposals. */
interface CommendationLineRepository extends JpaRepository<CommendationLine, Long> {

  /** A conference's lines in the office's order. */
  List<CommendationLine> findByConferenceIdOrderByLineOrder(Long conferenceId);

  /** Removes a conference's lines (before the office's new draft is stored). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from CommendationLine l where l.conferenceId = :conference")
  void deleteByConference(@Param("conference") Long conferenceId);
}

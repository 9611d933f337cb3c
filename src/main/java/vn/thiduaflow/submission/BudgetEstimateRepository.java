package vn.thiduaflow.submission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Budget estimates by conference id, and their lines. */
interface BudgetEstimateRepository extends JpaRepository<BudgetEstimate, Long> {

  /** The lines of a conference's estimate, in order. */
  @Query("select l from BudgetEstimateLine l where l.conferenceId = :conference order by l.lineOrder")
  List<BudgetEstimateLine> lines(@Param("conference") Long conferenceId);

  /** Removes a conference's lines (before the officer's new estimate is stored). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from BudgetEstimateLine l where l.conferenceId = :conference")
  void deleteLines(@Param("conference") Long conferenceId);
}

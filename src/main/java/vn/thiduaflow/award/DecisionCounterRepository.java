package vn.thiduaflow.award;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The authorities' counters; the increment is one UPDATE, which holds the row's lock until the transaction ends. */
interface DecisionCounterRepository extends JpaRepository<DecisionCounter, DecisionCounter.Key> {

  /** Adds one to the counter; 0 when the authority has no counter for the year yet. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update DecisionCounter c set c.lastNumber = c.lastNumber + 1"
      + " where c.authorityCode = :authority and c.decisionYear = :year")
  int increment(@Param("authority") String authorityCode, @Param("year") int year);

  /**
   * Creates the year's counter at 0; fails with a unique-key violation when it exists (never overwrites it, as a
   * merge of an entity with this key would).
   */
  @Modifying
  @Query(nativeQuery = true, value = "insert into decision_counter (authority_code, decision_year, last_number)"
      + " values (:authority, :year, 0)")
  void create(@Param("authority") String authorityCode, @Param("year") int year);

  /** The last number given, as this transaction sees it (its own increment included). */
  @Query("select c.lastNumber from DecisionCounter c where c.authorityCode = :authority and c.decisionYear = :year")
  Optional<Integer> lastNumber(@Param("authority") String authorityCode, @Param("year") int year);
}

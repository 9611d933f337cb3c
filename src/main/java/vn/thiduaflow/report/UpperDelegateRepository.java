package vn.thiduaflow.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Delegates to upper-level congresses. */
public interface UpperDelegateRepository extends JpaRepository<UpperDelegate, Long> {

  /** Delegates approved at the given conferences. */
  List<UpperDelegate> findByConferenceIdInOrderById(List<Long> conferenceIds);
}

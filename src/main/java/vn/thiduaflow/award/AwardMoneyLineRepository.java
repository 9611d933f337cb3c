package vn.thiduaflow.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The recipients' award money. */
interface AwardMoneyLineRepository extends JpaRepository<AwardMoneyLine, Long> {

  /** A decision's lines. */
  List<AwardMoneyLine> findByDecisionId(Long decisionId);
}

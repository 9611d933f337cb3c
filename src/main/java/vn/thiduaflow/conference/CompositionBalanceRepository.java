package vn.thiduaflow.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The standing offices' attestations of the plans' balance criteria. */
public interface CompositionBalanceRepository extends JpaRepository<CompositionBalanceAttestation, Long> {

  /** A conference's attestations, every round, oldest first. */
  List<CompositionBalanceAttestation> findByConferenceIdOrderByVoteRoundAscIdAsc(Long conferenceId);
}

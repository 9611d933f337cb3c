package vn.thiduaflow.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Dossier submissions and decisions. */
public interface DossierReviewRepository extends JpaRepository<DossierReview, Long> {

  /** The latest submission of a conference's dossier. */
  Optional<DossierReview> findFirstByConferenceIdOrderByIdDesc(Long conferenceId);

  /**
   * The reason the upper council gave when it last returned the dossier, if the latest submission was returned.
   */
  default Optional<String> lastReturnReason(Long conferenceId) {
    return findFirstByConferenceIdOrderByIdDesc(conferenceId).filter(r -> r.getDecision() == DossierDecision.RETURN)
        .map(DossierReview::getReason);
  }

  /** All submissions of a conference's dossier, oldest first. */
  List<DossierReview> findByConferenceIdOrderById(Long conferenceId);

  /** The reviews of several conferences, in order. */
  List<DossierReview> findByConferenceIdInOrderById(java.util.Collection<Long> conferenceIds);
}

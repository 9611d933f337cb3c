package vn.thiduaflow.dossier;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.DossierFacts;
import vn.thiduaflow.plan.model.DossierDocument;

/** {@link DossierFacts} read from the dossier's reviews and the conference's stored documents. */
@Component
@Transactional(readOnly = true)
class DossierFactsKept implements DossierFacts {

  private final DossierReviewRepository reviews;
  private final ConferenceDocumentRepository documents;

  DossierFactsKept(DossierReviewRepository reviews, ConferenceDocumentRepository documents) {
    this.reviews = reviews;
    this.documents = documents;
  }

  @Override
  public Optional<String> lastReturnReason(Long conferenceId) {
    return reviews.lastReturnReason(conferenceId);
  }

  @Override
  public boolean signedMinutesUploaded(Long conferenceId) {
    return documents.findRows(conferenceId).stream()
        .anyMatch(row -> DossierDocument.RESERVED_MINUTES.equals(row.code()));
  }
}

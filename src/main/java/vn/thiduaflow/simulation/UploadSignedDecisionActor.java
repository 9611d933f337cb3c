package vn.thiduaflow.simulation;

import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationDocuments;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.system.ProcessModel.Elements;

/** The office uploads the signed decisions' scan the next morning. */
@Component
class UploadSignedDecisionActor implements ConferenceTaskActor {

  private final ConferenceDocumentService documents;

  UploadSignedDecisionActor(ConferenceDocumentService documents) {
    this.documents = documents;
  }

  @Override
  public String taskKey() {
    return Elements.UPLOAD_SIGNED_DECISION;
  }

  @Override
  public java.time.LocalDateTime when(ConferenceTask task) {
    return task.nextMorning();
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    documents.record(task.conference().getId(), CommendationDocuments.SIGNED_SCAN, "quyet-dinh-khen-thuong.pdf",
        SignedScan.PDF, "simulation");
    form.put("signedUploaded", true);
  }
}

package vn.thiduaflow.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import vn.thiduaflow.attachment.AttachmentFileName;
import vn.thiduaflow.dossier.ConferenceDocumentService;

/**
 * One stored conference document (issue 21), under {@code …/{engine}/documents/{id}}: {@code GET} downloads it
 * ({@code Content-Disposition: attachment}), {@code GET view} opens a PDF inline (e.g. in a new tab; any other type is
 * downloaded). For whoever may see the conference's files; else 404, the same as a document that does not exist.
 */
public class ConferenceDocumentFile {

  private final PluginRequest request;
  private final Long id;

  ConferenceDocumentFile(PluginRequest request, Long id) {
    this.request = request;
    this.id = id;
  }

  /** Downloads the document. */
  @GET
  public Response download() {
    return request.answer(() -> file(false));
  }

  /** Opens a PDF document in the browser; downloads any other type. */
  @GET
  @Path("view")
  public Response view() {
    return request.answer(() -> file(true));
  }

  private Response file(boolean inline) {
    var service = request.bean(ConferenceDocumentService.class);
    var info = service.find(id).orElseThrow(() -> ConferenceDocumentService.notFound(id));
    if (!request.access().maySee(info.conferenceId())) {
      throw ConferenceDocumentService.notFound(id);
    }
    var file = service.download(id);
    String disposition = AttachmentFileName.contentDisposition(file.document().fileName());
    if (inline && "application/pdf".equals(file.document().mediaType())) {
      disposition = "inline" + disposition.substring("attachment".length());
    }
    return PluginAnswers.file(file.content(), file.document().mediaType(), disposition);
  }
}

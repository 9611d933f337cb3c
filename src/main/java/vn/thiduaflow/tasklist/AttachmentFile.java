package vn.thiduaflow.tasklist;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import vn.thiduaflow.attachment.AttachmentAccess;
import vn.thiduaflow.attachment.AttachmentInfo;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.attachment.AttachmentService;

/**
 * One nominee's attached file, under {@code …/{engine}/attachments/{id}} — the stable link of
 * {@link AttachmentService#downloadPath}:
 * <ul>
 *   <li>{@code GET}: the file, with the stored media type, {@code Content-Disposition: attachment} (RFC 5987 name)
 *       and {@code X-Content-Type-Options: nosniff}, for whoever may see the conference's nominees
 *       ({@link AttachmentAccess#maySee(AttachmentInfo)});</li>
 *   <li>{@code PUT}: replaces the content (as {@link NomineeAttachments#upload} sends it); its id and link stay; 200
 *       with the File;</li>
 *   <li>{@code DELETE}: 204.</li>
 * </ul>
 * Changes only by its uploader while working an open upload task ({@link AttachmentAccess#mayChange}); a file not
 * seen is 404, the same as one that does not exist.
 */
public class AttachmentFile {

  private final PluginRequest request;
  private final Long id;

  AttachmentFile(PluginRequest request, Long id) {
    this.request = request;
    this.id = id;
  }

  /** Downloads the file. */
  @GET
  public Response download() {
    return request.answer(() -> {
      visible();
      AttachmentService.Download file = request.attachments().download(id);
      return PluginAnswers.download(file.content(), file.info().mediaType(), file.info().fileName());
    });
  }

  /** Replaces the file's content. */
  @PUT
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response replace(@HeaderParam(AttachmentPluginResource.FILE_NAME_HEADER) String fileName,
      @HeaderParam("Content-Length") Long length, InputStream body) {
    return request.answer(() -> {
      AttachmentAccess access = request.access();
      access.mayChange(visible());
      AttachmentService.Upload file = request.receive(body, length, fileName);
      return request.answers().ok(request.shown().file(request.attachments().replace(id, file, access.userId()),
          true));
    });
  }

  /** Deletes the file. */
  @DELETE
  public Response delete() {
    return request.answer(() -> {
      AttachmentAccess access = request.access();
      access.mayChange(visible());
      request.attachments().delete(id, access.userId());
      return Response.noContent().build();
    });
  }

  /** The file if it exists and the caller may see it; 404 the same otherwise. */
  private AttachmentInfo visible() {
    AttachmentInfo file = request.attachments().find(id).orElseThrow(() -> AttachmentRefusedException.notFound(
        "hồ sơ đính kèm " + id, "attachment " + id));
    request.access().maySee(file);
    return file;
  }
}

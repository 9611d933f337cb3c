package vn.thiduaflow.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.award.CertificatePrinter;
import vn.thiduaflow.award.CommendationDocuments;
import vn.thiduaflow.conference.UnitAccess;

/**
 * A conference's commendation downloads in the webapp session (issue 24), under
 * {@code …/{engine}/conferences/{conferenceId}/commendation/}:
 * <ul>
 *   <li>{@code GET {decisionId}/decision.docx}: the decision (Decree 30/2020/NĐ-CP layout) with its list of
 *       recipients;</li>
 *   <li>{@code GET {decisionId}/certificates.pdf[?mode=ON_BLANKS]}: every recipient's certificate, a page each, in full
 *       print (default) or onto the authority's pre-printed blanks.</li>
 * </ul>
 * For whoever may see the conference ({@link UnitAccess#viewable}); a conference or decision not seen is 404, the same
 * as one that does not exist.
 */
public class CommendationDownloads {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final PluginRequest request;
  private final Long conferenceId;

  CommendationDownloads(PluginRequest request, Long conferenceId) {
    this.request = request;
    this.conferenceId = conferenceId;
  }

  /** The decision as DOCX. */
  @GET
  @Path("{decisionId}/decision.docx")
  public Response decision(@PathParam("decisionId") Long decisionId) {
    return request.answer(() -> file(() -> commendations().decisionDocument(visible(), decisionId), DOCX,
        "quyet-dinh-khen-thuong-" + decisionId + ".docx", decisionId));
  }

  /** The decision's certificates as one PDF. */
  @GET
  @Path("{decisionId}/certificates.pdf")
  public Response certificates(@PathParam("decisionId") Long decisionId, @QueryParam("mode") String mode) {
    return request.answer(() -> {
      CertificatePrinter.Mode printMode = "ON_BLANKS".equals(mode) ? CertificatePrinter.Mode.ON_BLANKS
          : CertificatePrinter.Mode.FULL;
      return file(() -> commendations().certificates(visible(), decisionId, printMode), "application/pdf",
          "giay-khen-" + decisionId + (printMode == CertificatePrinter.Mode.ON_BLANKS ? "-phoi" : "") + ".pdf",
          decisionId);
    });
  }

  private Long visible() {
    try {
      return request.bean(UnitAccess.class).viewable(conferenceId).getId();
    } catch (UnitAccess.NotVisibleException e) {
      throw AttachmentRefusedException.notFound("hội nghị " + conferenceId, "conference " + conferenceId);
    }
  }

  private Response file(Supplier<byte[]> content, String mediaType, String fileName, Long decisionId) {
    byte[] bytes;
    try {
      bytes = content.get();
    } catch (IllegalArgumentException notHere) {
      throw AttachmentRefusedException.notFound("quyết định " + decisionId + " của hội nghị " + conferenceId,
          "decision " + decisionId + " of conference " + conferenceId);
    }
    return PluginAnswers.download(bytes, mediaType, fileName);
  }

  private CommendationDocuments commendations() {
    return request.bean(CommendationDocuments.class);
  }
}

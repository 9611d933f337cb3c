package vn.thiduaflow.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.document.DocumentDownloads;
import vn.thiduaflow.document.DocumentLinks;
import vn.thiduaflow.document.DocumentNotReadyException;
import vn.thiduaflow.document.GeneratedDocument;
import vn.thiduaflow.document.VoteMinutesWorkbook;

/**
 * A conference's generated documents in the webapp session, under {@code …/{engine}/conferences/{conferenceId}/}:
 * <ul>
 *   <li>{@code GET documents/{document}}: the document at the path {@link DocumentLinks#path} gives (its last segment,
 *       e.g. {@code programme.docx}), with the rules of {@link DocumentDownloads}: 404 when the caller may not see the
 *       conference (or there is no such document), 403 for the nominee template without the right to manage, or the
 *       vote's minutes while members vote;</li>
 *   <li>{@code GET vote-minutes.xlsx}: the minutes of the count of the council's last round
 *       ({@link VoteMinutesWorkbook}), the same as {@code documents/vote-minutes.xlsx}: the link the chair's and
 *       office's minutes form shows ({@code TallyVotesDelegate});</li>
 *   <li>{@code commendation/…}: its decisions and certificates ({@link CommendationDownloads}).</li>
 * </ul>
 */
public class ConferenceDownloads {

  private final PluginRequest request;
  private final Long conferenceId;

  ConferenceDownloads(PluginRequest request, Long conferenceId) {
    this.request = request;
    this.conferenceId = conferenceId;
  }

  /** The minutes of the count of the conference's last vote round (XLSX). */
  @GET
  @Path("vote-minutes.xlsx")
  public Response voteMinutes() {
    // the same rules as the document route (also: not while members vote)
    return document(GeneratedDocument.VOTE_MINUTES.pathSegment());
  }

  /** A generated document by its path segment. */
  @GET
  @Path("documents/{document}")
  public Response document(@PathParam("document") String name) {
    return request.answer(() -> {
      GeneratedDocument doc = GeneratedDocument.ofPathSegment(name);
      try {
        if (doc == null) {
          throw new UnitAccess.NotVisibleException(conferenceId);
        }
        var file = request.bean(DocumentDownloads.class).download(conferenceId, doc);
        return PluginAnswers.download(file.content(), file.mediaType(), file.fileName());
      } catch (UnitAccess.NotVisibleException e) {
        throw AttachmentRefusedException.notFound("tài liệu " + name + " của hội nghị " + conferenceId,
            "document " + name + " of conference " + conferenceId);
      } catch (UnitAccess.ForbiddenException e) {
        throw AttachmentRefusedException.forbidden("Chỉ Chủ tịch, Thường trực Hội đồng hoặc thư ký của đơn vị mới"
            + " được tải mẫu danh sách đề cử", "only the unit's chair, standing office or secretary may download the"
            + " nominee template");
      } catch (DocumentNotReadyException e) {
        throw AttachmentRefusedException.forbidden(e.vietnamese(), e.english());
      }
    });
  }

  /** The conference's commendation downloads. */
  @Path("commendation")
  public CommendationDownloads commendation() {
    return new CommendationDownloads(request, conferenceId);
  }
}

package vn.thiduaflow.tasklist;

import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import vn.thiduaflow.attachment.AttachmentAccess;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.InvalidInputException;

/**
 * A unit's own nominees as a workbook, through the OPEN nominations task, for whoever may upload through it
 * ({@link AttachmentAccess#mayReplaceNomineesThrough}); the conference is the task's. Routes (in
 * {@link AttachmentPluginResource}): {@code GET …/tasks/{taskId}/nominee-template.xlsx} and {@code PUT
 * …/tasks/{taskId}/nominee-list}.
 */
final class NomineeListTransfer {

  private final PluginRequest request;
  private final String taskId;

  NomineeListTransfer(PluginRequest request, String taskId) {
    this.request = request;
    this.taskId = taskId;
  }

  /**
   * The nominee template ({@link NomineeWorkbook#template}) filled with the unit's own current nominees (not those its
   * delegates brought up), as {@code GET /api/conferences/{id}/nominees/template.xlsx} gives it, named
   * {@code mau-danh-sach-de-cu-<id>.xlsx}.
   */
  Response template() {
    Conference conference = conference();
    List<Nomination> own = request.bean(NominationRepository.class).findByConferenceIdOrderById(conference.getId())
        .stream().filter(n -> n.getFromDelegateId() == null).toList();
    return PluginAnswers.xlsx(request.bean(NomineeWorkbook.class).template(conference, own),
        "mau-danh-sach-de-cu-" + conference.getId() + ".xlsx");
  }

  /**
   * Replaces the unit's own nominees with the filled template {@code body} (at most
   * {@value NomineeWorkbook#MAX_FILE_BYTES} bytes), as {@code PUT /api/conferences/{id}/nominees} does: every problem
   * of the file at once by cell ({@code errors}: {@code field} "E5", {@code vi}, {@code en}; also when there is one),
   * nothing stored when there is one; the open nominations task then shows the new list. Stored without the caller's
   * engine authentication once the caller's right is checked.
   *
   * @return 200 {@code {count}}: the nominees stored; or 400 with the problems
   */
  Response replace(InputStream body) {
    Conference conference = conference();
    String actor = request.access().userId();
    NomineeWorkbook workbook = request.bean(NomineeWorkbook.class);
    NomineeListService lists = request.bean(NomineeListService.class);
    List<Nomination> saved;
    try {
      NomineeWorkbook.Upload upload = workbook.read(conference, body);
      upload.requireValid(() -> lists.validate(conference, upload.entries()));
      try {
        saved = request.bean(UnitAccess.class).asSystem(() -> lists.replaceAndShow(conference, upload.entries(),
            actor));
      } catch (InvalidInputException e) {
        throw upload.located(e); // e.g. the nominations task closed in between
      }
    } catch (InvalidInputException e) {
      return request.answers().invalid(PluginAnswers.everyProblem(e));
    }
    return request.answers().ok(Map.of("count", saved.size()));
  }

  private Conference conference() {
    return request.bean(ConferenceQueries.class).get(request.access().mayReplaceNomineesThrough(taskId));
  }
}

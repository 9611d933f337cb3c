package vn.thiduaflow.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.attachment.AttachmentAccess;
import vn.thiduaflow.attachment.AttachmentAccess.TaskScope;
import vn.thiduaflow.attachment.AttachmentFileName;
import vn.thiduaflow.attachment.AttachmentInfo;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.attachment.AttachmentType;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.document.VoteMinutesWorkbook;
import vn.thiduaflow.dossier.DossierDocumentAccess;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.UploadBusyException;

/**
 * The attachments tab's API, as the logged-in webapp user (the engine authentication the webapp's filter sets; rules:
 * {@link AttachmentAccess}); paths under {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/{engine}/}:
 * <ul>
 *   <li>{@code GET tasks/{taskId}/nominees}: {@code {applicable, conferenceId, unitName, uploadTask, canUpload,
 *       maxBytes, accept, types, nominees: [{id, name, kind, kindLabel, title, titleLabel, position, originUnitName,
 *       attachments: [File]}]}} where File is {@code {id, fileName, mediaType, typeLabel, sizeBytes, sha256,
 *       uploadedBy, uploaderName, uploadedAt (ISO engine time), uploadedAtText (dd/MM/yyyy HH:mm), downloadPath,
 *       deletable}}; {@code uploadTask} is {@code NOMINATIONS} or {@code COMPOSITION} for those tasks (whoever works
 *       them), else null, and {@code canUpload} whether the caller works it ({@link AttachmentAccess}); a visible task
 *       of another process: {@code {applicable: false}};</li>
 *   <li>{@code POST tasks/{taskId}/nominees/{nominationId}/attachments}: the raw file as the body (any Content-Type,
 *       which is ignored), its name in the header {@code X-File-Name} (percent-encoded UTF-8, as JavaScript's
 *       {@code encodeURIComponent} writes it); 201 with the File;</li>
 *   <li>{@code GET attachments/{id}}: the file, with the stored media type, {@code Content-Disposition: attachment}
 *       (RFC 5987 name) and {@code X-Content-Type-Options: nosniff}; the stable link of
 *       {@link AttachmentService#downloadPath};</li>
 *   <li>{@code PUT attachments/{id}}: replaces the file (as POST); {@code DELETE attachments/{id}}: 204;</li>
 *   <li>{@code GET conferences/{conferenceId}/vote-minutes.xlsx}: the minutes of the count of the council's last
 *       round ({@link VoteMinutesWorkbook}), as {@code bien-ban-kiem-phieu-<id>.xlsx}, for whoever may see the
 *       conference, once no member's vote is open: the link the chair's and office's minutes form shows
 *       ({@code TallyVotesDelegate}); the same as {@code conferences/{conferenceId}/documents/vote-minutes.xlsx};</li>
 *   <li>{@code GET conferences/{conferenceId}/documents/{document}}: a generated document at the path
 *       {@link vn.thiduaflow.document.DocumentLinks#path} gives, with the rules of
 *       {@link vn.thiduaflow.document.DocumentDownloads}.</li>
 *   <li>{@code GET tasks/{taskId}/nominee-template.xlsx}: the nominee template ({@link NomineeWorkbook#template})
 *       filled with the unit's own nominees, as {@code mau-danh-sach-de-cu-<id>.xlsx}; {@code PUT
 *       tasks/{taskId}/nominee-list}: the filled template as the body (at most {@value NomineeWorkbook#MAX_FILE_BYTES}
 *       bytes, any Content-Type) replaces the unit's own nominees as {@code PUT /api/conferences/{id}/nominees} does,
 *       and the open task's form shows the new list; 200 {@code {count}}, or 400 with every problem at its cell in
 *       {@code errors} ({@code field} "E5", {@code vi}, {@code en}; also when there is one) and nothing stored. Both
 *       only through the OPEN nominations task, for whoever may upload through it
 *       ({@link AttachmentAccess#mayReplaceNomineesThrough}); the conference is the task's. The nominees answer
 *       carries {@code nomineeList: {templatePath, uploadPath, maxBytes}} when the caller may do so, else null.</li>
 * </ul>
 * Conference documents (issue 21; {@link vn.thiduaflow.dossier.ConferenceDocumentService}): {@code GET
 * tasks/{taskId}/documents} gives {@code {applicable, conferenceId, unitName, canUpload, maxBytes, accept, types,
 * documents: [{code, title, required, generatedPath, file: Document | null}]}}, one slot per document the task
 * requests (its task-local {@code requestedDocuments}) or shows ({@code reviewedDocuments}), Document being {@code {id,
 * code, title, fileName, mediaType, typeLabel, sizeBytes, sha256, uploadedBy, uploaderName, uploadedAt,
 * uploadedAtText, downloadPath, viewPath}}; {@code POST tasks/{taskId}/documents/{code}} stores the body (as the
 * nominees' files, {@code X-File-Name}) as the task's conference's document, replacing its file, 201 with the
 * Document ({@link DossierDocumentAccess#mayUploadDocumentThrough}); {@code GET documents/{id}} downloads it and
 * {@code GET documents/{id}/view} opens a PDF inline, for whoever may see the conference's files (else 404).
 *
 * Refusals are problem+json with {@code vi} and {@code en}: 400 wrong type or empty ({@link InvalidInputException}),
 * 403 not allowed to change, 404 not found or not visible (the same answer), 413 too large, 503 busy (Retry-After).
 * POST, PUT and DELETE need the webapp's CSRF header {@code X-XSRF-TOKEN} (Camunda's CSRF filter).
 */
public class AttachmentPluginResource extends AbstractTasklistPluginResource {

  /** Header carrying the file's name (percent-encoded UTF-8). */
  public static final String FILE_NAME_HEADER = "X-File-Name";

  private final AttachmentService attachments;
  private final AttachmentAccess access;
  private final DossierDocumentAccess documentAccess;
  private final NominationRepository nominations;
  private final ConferenceQueries conferences;
  private final UnitAccess unitAccess;
  private final NomineeWorkbook nomineeWorkbook;
  private final NomineeListService nomineeLists;
  private final IdentityService identity;
  private final ProcessEngine engine;
  private final ObjectMapper json;
  private final PluginAnswers answers;
  private final PluginFiles shown;

  private final ApplicationContext context;

  AttachmentPluginResource(String engineName, ApplicationContext context) {
    super(engineName);
    this.context = context;
    this.attachments = context.getBean(AttachmentService.class);
    this.access = context.getBean(AttachmentAccess.class);
    this.documentAccess = context.getBean(DossierDocumentAccess.class);
    this.nominations = context.getBean(NominationRepository.class);
    this.conferences = context.getBean(ConferenceQueries.class);
    this.unitAccess = context.getBean(UnitAccess.class);
    this.nomineeWorkbook = context.getBean(NomineeWorkbook.class);
    this.nomineeLists = context.getBean(NomineeListService.class);
    this.engine = context.getBean(ProcessEngine.class);
    this.identity = engine.getIdentityService();
    this.json = context.getBean(ObjectMapper.class);
    this.answers = new PluginAnswers(json);
    this.shown = new PluginFiles(attachments, identity, unitAccess);
  }

  /** The task's conference nominees, each with its files, and whether the caller may upload through this task. */
  @GET
  @Path("tasks/{taskId}/nominees")
  @Produces(MediaType.APPLICATION_JSON)
  public Response nominees(@PathParam("taskId") String taskId) {
    return answer(() -> {
      TaskScope scope = access.task(taskId);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("applicable", scope.applicable());
      if (!scope.applicable()) {
        return answers.ok(body);
      }
      Conference conference = conferences.get(scope.conferenceId());
      String me = access.userId();
      Map<Long, List<AttachmentInfo>> files = attachments.byNomination(conference.getId());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Nomination n : nominations.findByConferenceIdOrderById(conference.getId())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", n.getId());
        row.put("name", n.getNomineeName());
        row.put("kind", n.getKind().name());
        row.put("kindLabel", n.getKind().label());
        row.put("title", n.getTitle().name());
        row.put("titleLabel", n.getTitle().label());
        row.put("position", n.getPosition());
        row.put("originUnitName", n.getOriginUnitName());
        row.put("attachments", files.getOrDefault(n.getId(), List.of()).stream()
            .map(f -> shown.file(f, scope.mayUpload() && me.equals(f.uploadedBy()))).toList());
        rows.add(row);
      }
      body.put("conferenceId", conference.getId());
      body.put("unitName", conference.getUnitName());
      body.put("uploadTask", scope.kind() == null ? null : scope.kind().name());
      body.put("canUpload", scope.mayUpload());
      body.put("maxBytes", attachments.maxBytes());
      body.put("accept", PluginAnswers.accept());
      body.put("types", AttachmentType.allowedLabels());
      body.put("nomineeList", scope.kind() == AttachmentAccess.UploadTask.NOMINATIONS && scope.mayUpload()
          ? Map.of("templatePath", attachments.taskPath(taskId) + "nominee-template.xlsx",
              "uploadPath", attachments.taskPath(taskId) + "nominee-list", "maxBytes", NomineeWorkbook.MAX_FILE_BYTES)
          : null);
      body.put("nominees", rows);
      return answers.ok(body);
    });
  }

  /**
   * The conference documents the task shows (issue 21): one slot per requested document
   * ({@link vn.thiduaflow.dossier.RequestedDocument}) with the file stored for it, and whether the caller may upload.
   */
  @GET
  @Path("tasks/{taskId}/documents")
  @Produces(MediaType.APPLICATION_JSON)
  public Response documents(@PathParam("taskId") String taskId) {
    return answer(() -> {
      DossierDocumentAccess.DocumentScope scope = documentAccess.documents(taskId);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("applicable", scope.conferenceId() != null && !scope.documents().isEmpty());
      if (scope.conferenceId() == null || scope.documents().isEmpty()) {
        return answers.ok(body);
      }
      Map<String, vn.thiduaflow.dossier.StoredDocument> stored = conferenceDocuments().byCode(scope.conferenceId());
      List<Map<String, Object>> slots = new ArrayList<>();
      for (var d : scope.documents()) {
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("code", d.code());
        slot.put("title", d.title());
        slot.put("required", d.required());
        slot.put("generatedPath", d.generatedPath());
        var file = stored.get(d.code());
        slot.put("file", file == null ? null : shown.document(file));
        slots.add(slot);
      }
      body.put("conferenceId", scope.conferenceId());
      body.put("unitName", conferences.get(scope.conferenceId()).getUnitName());
      body.put("canUpload", scope.mayUpload());
      body.put("maxBytes", attachments.maxBytes());
      body.put("accept", PluginAnswers.accept());
      body.put("types", AttachmentType.allowedLabels());
      body.put("documents", slots);
      return answers.ok(body);
    });
  }

  /**
   * Stores the body as the task's conference's document {@code code} (replacing its file), when the task requests that
   * document and the caller can work it ({@link DossierDocumentAccess#mayUploadDocumentThrough}); 201 with the
   * document.
   */
  @POST
  @Path("tasks/{taskId}/documents/{code}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadDocument(@PathParam("taskId") String taskId, @PathParam("code") String code,
      @HeaderParam(FILE_NAME_HEADER) String fileName, @HeaderParam("Content-Length") Long length, InputStream body) {
    return answer(() -> {
      var target = documentAccess.mayUploadDocumentThrough(taskId, code);
      String user = access.userId();
      AttachmentService.Upload file = receive(body, length, fileName);
      var saved = conferenceDocuments().upload(target.getKey(), code, target.getValue().title(), file, user);
      return answers.created(shown.document(saved));
    });
  }

  /** Downloads a conference document ({@code Content-Disposition: attachment}). */
  @GET
  @Path("documents/{id}")
  public Response downloadDocument(@PathParam("id") Long id) {
    return answer(() -> conferenceDocument(id, false));
  }

  /**
   * Opens a PDF conference document in the browser ({@code Content-Disposition: inline}, e.g. in a new tab); any other
   * type is downloaded as by {@link #downloadDocument}.
   */
  @GET
  @Path("documents/{id}/view")
  public Response viewDocument(@PathParam("id") Long id) {
    return answer(() -> conferenceDocument(id, true));
  }

  private Response conferenceDocument(Long id, boolean inline) {
    var service = conferenceDocuments();
    var info = service.find(id).orElseThrow(() -> vn.thiduaflow.dossier.ConferenceDocumentService.notFound(id));
    if (!access.maySee(info.conferenceId())) {
      throw vn.thiduaflow.dossier.ConferenceDocumentService.notFound(id);
    }
    var file = service.download(id);
    String disposition = AttachmentFileName.contentDisposition(file.document().fileName());
    if (inline && "application/pdf".equals(file.document().mediaType())) {
      disposition = "inline" + disposition.substring("attachment".length());
    }
    return Response.ok(file.content(), MediaType.valueOf(file.document().mediaType()))
        .header("Content-Disposition", disposition)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Length", file.content().length)
        .build();
  }

  private vn.thiduaflow.dossier.ConferenceDocumentService conferenceDocuments() {
    return context.getBean(vn.thiduaflow.dossier.ConferenceDocumentService.class);
  }

  /** Attaches the body to a nominee of the task's conference (an open upload task, worked by the caller). */
  @POST
  @Path("tasks/{taskId}/nominees/{nominationId}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@PathParam("taskId") String taskId, @PathParam("nominationId") Long nominationId,
      @HeaderParam(FILE_NAME_HEADER) String fileName, @HeaderParam("Content-Length") Long length, InputStream body) {
    return answer(() -> {
      Long conferenceId = access.mayUploadThrough(taskId);
      AttachmentService.Upload file = receive(body, length, fileName);
      AttachmentInfo saved = attachments.attach(conferenceId, nominationId, file, access.userId());
      return answers.created(shown.file(saved, true));
    });
  }

  /** Replaces a file's content (its uploader, while working an open upload task); its id and link stay. */
  @PUT
  @Path("attachments/{id}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response replace(@PathParam("id") Long id, @HeaderParam(FILE_NAME_HEADER) String fileName,
      @HeaderParam("Content-Length") Long length, InputStream body) {
    return answer(() -> {
      access.mayChange(visible(id));
      AttachmentService.Upload file = receive(body, length, fileName);
      return answers.ok(shown.file(attachments.replace(id, file, access.userId()), true));
    });
  }

  /** Deletes a file (its uploader, while working an open upload task). */
  @DELETE
  @Path("attachments/{id}")
  public Response delete(@PathParam("id") Long id) {
    return answer(() -> {
      access.mayChange(visible(id));
      attachments.delete(id, access.userId());
      return Response.noContent().build();
    });
  }

  /** Downloads a file. */
  @GET
  @Path("attachments/{id}")
  public Response download(@PathParam("id") Long id) {
    return answer(() -> {
      visible(id);
      AttachmentService.Download file = attachments.download(id);
      return Response.ok(file.content(), MediaType.valueOf(file.info().mediaType()))
          .header("Content-Disposition", AttachmentFileName.contentDisposition(file.info().fileName()))
          .header("X-Content-Type-Options", "nosniff")
          .header("Content-Length", file.content().length)
          .build();
    });
  }

  /**
   * The minutes of the count of the conference's last vote round (XLSX), for whoever may see its files; 404 as for a
   * conference that does not exist otherwise.
   */
  @GET
  @Path("conferences/{conferenceId}/vote-minutes.xlsx")
  public Response voteMinutes(@PathParam("conferenceId") Long conferenceId) {
    // the same rules as the document route (also: not while members vote)
    return document(conferenceId, vn.thiduaflow.document.GeneratedDocument.VOTE_MINUTES.pathSegment());
  }

  /**
   * A conference's generated document ({@link vn.thiduaflow.document.GeneratedDocument}, by the last segment of
   * {@link vn.thiduaflow.document.DocumentLinks#path}, e.g. {@code programme.docx}) in the webapp session, with the
   * rules of {@link vn.thiduaflow.document.DocumentDownloads}: 404 when the caller may not see the conference (or no
   * such document), 403 for the template without the right to manage, or the minutes while members vote.
   */
  @GET
  @Path("conferences/{conferenceId}/documents/{document}")
  public Response document(@PathParam("conferenceId") Long conferenceId, @PathParam("document") String name) {
    return answer(() -> {
      var doc = vn.thiduaflow.document.GeneratedDocument.ofPathSegment(name);
      try {
        if (doc == null) {
          throw new UnitAccess.NotVisibleException(conferenceId);
        }
        var file = context.getBean(vn.thiduaflow.document.DocumentDownloads.class).download(conferenceId, doc);
        return Response.ok(file.content(), MediaType.valueOf(file.mediaType()))
            .header("Content-Disposition", AttachmentFileName.contentDisposition(file.fileName()))
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Length", file.content().length)
            .build();
      } catch (UnitAccess.NotVisibleException e) {
        throw AttachmentRefusedException.notFound("tài liệu " + name + " của hội nghị " + conferenceId,
            "document " + name + " of conference " + conferenceId);
      } catch (UnitAccess.ForbiddenException e) {
        throw AttachmentRefusedException.forbidden("Chỉ Chủ tịch, Thường trực Hội đồng hoặc thư ký của đơn vị mới"
            + " được tải mẫu danh sách đề cử", "only the unit's chair, standing office or secretary may download the"
            + " nominee template");
      } catch (vn.thiduaflow.document.DocumentNotReadyException e) {
        throw AttachmentRefusedException.forbidden(e.vietnamese(), e.english());
      }
    });
  }

  /** A conference's commendation downloads: its decisions and certificates ({@link CommendationDownloads}). */
  @Path("conferences/{conferenceId}/commendation")
  public CommendationDownloads commendation(@PathParam("conferenceId") Long conferenceId) {
    return new CommendationDownloads(conferenceId, context, this::answer);
  }

  /**
   * The nominee template (XLSX) filled with the unit's own current nominees, as {@code GET
   * /api/conferences/{id}/nominees/template.xlsx} gives it, through the open nominations task the caller works.
   */
  @GET
  @Path("tasks/{taskId}/nominee-template.xlsx")
  public Response nomineeTemplate(@PathParam("taskId") String taskId) {
    return answer(() -> {
      Conference conference = conferences.get(access.mayReplaceNomineesThrough(taskId));
      List<Nomination> own = nominations.findByConferenceIdOrderById(conference.getId()).stream()
          .filter(n -> n.getFromDelegateId() == null).toList();
      return PluginAnswers.xlsx(nomineeWorkbook.template(conference, own),
          "mau-danh-sach-de-cu-" + conference.getId() + ".xlsx");
    });
  }

  /**
   * Replaces the unit's own nominees with the filled template (the body), as {@code PUT
   * /api/conferences/{id}/nominees} does: every problem of the file at once by cell, nothing stored when there is
   * one; the open nominations task then shows the new list. Run without the caller's engine authentication once the
   * caller's right is checked.
   *
   * @return {@code {count}}: the nominees stored
   */
  @PUT
  @Path("tasks/{taskId}/nominee-list")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadNomineeList(@PathParam("taskId") String taskId, InputStream body) {
    return answer(() -> {
      Conference conference = conferences.get(access.mayReplaceNomineesThrough(taskId));
      String actor = access.userId();
      List<Nomination> saved;
      try {
        NomineeWorkbook.Upload upload = nomineeWorkbook.read(conference, body);
        upload.requireValid(() -> nomineeLists.validate(conference, upload.entries()));
        try {
          saved = unitAccess.asSystem(() -> nomineeLists.replaceAndShow(conference, upload.entries(), actor));
        } catch (InvalidInputException e) {
          throw upload.located(e); // e.g. the nominations task closed in between
        }
      } catch (InvalidInputException e) {
        return answers.invalid(PluginAnswers.everyProblem(e));
      }
      return answers.ok(Map.of("count", saved.size()));
    });
  }

  /** The file if it exists and the caller may see it; 404 the same otherwise. */
  private AttachmentInfo visible(Long id) {
    AttachmentInfo file = attachments.find(id).orElseThrow(() -> AttachmentRefusedException.notFound(
        "hồ sơ đính kèm " + id, "attachment " + id));
    access.maySee(file);
    return file;
  }

  /** Runs a request, answering refusals as problem+json; nothing is written when one is refused. */
  private Response answer(Supplier<Response> work) {
    if (!engineName.equals(engine.getName())) {
      return answers.problem(AttachmentRefusedException.notFound("máy xử lý " + engineName, "engine " + engineName));
    }
    try {
      return work.get();
    } catch (AttachmentRefusedException e) {
      return answers.problem(e);
    } catch (InvalidInputException e) {
      return answers.invalid(e.problem());
    } catch (UploadBusyException e) {
      return answers.busy(e);
    }
  }

  /** The request body as an upload of at most the configured size; the header's file name decoded. */
  private AttachmentService.Upload receive(InputStream body, Long length, String fileNameHeader) {
    return attachments.receive(body, length == null ? -1 : length, PluginAnswers.decoded(fileNameHeader));
  }
}

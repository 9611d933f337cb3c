package vn.thiduaflow.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.attachment.AttachmentService;
import vn.thiduaflow.attachment.AttachmentService.Upload;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.plan.model.DossierDocument;
import vn.thiduaflow.plan.model.DossierRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;

/**
 * A conference's own documents (issue 21), one current file per document code, kept in the database so that every
 * node of a cluster serves them: the plan's dossier documents ({@link DossierRule#documents()}: plan, schedule,
 * summary report, programme, and what a plan adds) and any other document of the conference, e.g.
 * {@value DossierDocument#RESERVED_MINUTES} (the signed minutes of the held conference). The file itself follows
 * the nominees' rules: read and checked by {@link AttachmentService#receive} (size limit, type from the content, name
 * sanitized, SHA-256, bounded concurrency) before this service is called; who may upload is decided before as well
 * ({@code AttachmentAccess}: whoever may work an open task that requests the document, for that task's conference).
 * A new upload of a code replaces its file (same id, same link). Uploads are in the conference's audit trail
 * ({@value #AUDIT_ACTION}).
 */
@Service
@Transactional
public class ConferenceDocumentService {

  /** Audit action of an upload or replacement. */
  public static final String AUDIT_ACTION = "CONFERENCE_DOCUMENT_UPLOADED";
  /** Title of {@value DossierDocument#RESERVED_MINUTES} when the requesting task gives none. */
  public static final String MINUTES_TITLE = "Biên bản Hội nghị";
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_CODE = 60;
  private static final int MAX_TITLE = 200;

  private final ConferenceDocumentRepository documents;
  private final ConferenceQueries conferences;
  private final AttachmentService attachments;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  ConferenceDocumentService(ConferenceDocumentRepository documents, ConferenceQueries conferences,
      AttachmentService attachments, AuditTrail audit, ApplicationEventPublisher events) {
    this.documents = documents;
    this.conferences = conferences;
    this.attachments = attachments;
    this.audit = audit;
    this.events = events;
  }

  /** Whether a document code is well formed: kebab-case, at most 60 characters. */
  public static boolean validCode(String code) {
    return code != null && code.length() <= MAX_CODE && CODE.matcher(code).matches();
  }

  /**
   * Stores a checked upload as the conference's document of this code, titled as the conference's plan names it (a
   * dossier document), {@value #MINUTES_TITLE} for the minutes, else the code itself.
   *
   * @param upload the file as {@link AttachmentService#receive} checked it
   * @param user the uploader's user id
   * @return the stored document
   * @throws InvalidInputException (field {@code code}) when the code is not kebab-case of at most 60 characters
   * @throws IllegalArgumentException when there is no such conference
   */
  public StoredDocument upload(Long conferenceId, String code, Upload upload, String user) {
    return upload(conferenceId, code, null, upload, user);
  }

  /**
   * The same with the title the requesting task shows ({@link RequestedDocument#title()}); null for the default.
   */
  public StoredDocument upload(Long conferenceId, String code, String title, Upload upload, String user) {
    if (!validCode(code)) {
      throw InvalidInputException.of("code", "dossier.document.codeInvalid", MAX_CODE);
    }
    Conference conference = conferences.get(conferenceId);
    String shown = title == null || title.isBlank() ? titleOf(conference, code) : title.strip();
    shown = shown.length() > MAX_TITLE ? shown.substring(0, MAX_TITLE) : shown;
    ConferenceDocument document = documents.findByConferenceIdAndCode(conferenceId, code)
        .orElseGet(() -> new ConferenceDocument(conferenceId, code));
    boolean replaced = document.getId() != null;
    document.file(shown, upload.name(), upload.type(), upload.bytes(), upload.sha256(), user, EngineClock.now());
    ConferenceDocument saved = documents.save(document);
    audit.record(user, AUDIT_ACTION, conferenceId, conference.getCampaignId(), (replaced ? "Thay" : "Tải lên")
        + " tài liệu «" + shown + "»: «" + upload.name() + "» (" + upload.bytes().length + " byte, SHA-256 "
        + upload.sha256() + ") / conference document " + code + (replaced ? " replaced" : " uploaded"));
    events.publishEvent(new ConferenceDocumentStored(conferenceId, conference.getProcessInstanceId(), code));
    return stored(saved.getId(), conferenceId, code, shown, upload.name(), upload.type().mediaType(),
        upload.bytes().length, upload.sha256(), user, saved.getUploadedAt());
  }

  /**
   * Stores a file this server holds (not sent by a browser: the simulation's scripted secretaries) as the document of
   * this code, through the same checks as an upload ({@link AttachmentService#receive}).
   *
   * @throws InvalidInputException as {@link AttachmentService#receive} and {@link #upload}
   */
  public StoredDocument record(Long conferenceId, String code, String fileName, byte[] content, String user) {
    Upload upload = attachments.receive(new java.io.ByteArrayInputStream(content), content.length, fileName);
    return upload(conferenceId, code, upload, user);
  }

  /** The conference's documents, in the order they were first uploaded (content not read). */
  @Transactional(readOnly = true)
  public List<StoredDocument> list(Long conferenceId) {
    return documents.findRows(conferenceId).stream().map(this::stored).toList();
  }

  /** The conference's documents by code. */
  @Transactional(readOnly = true)
  public Map<String, StoredDocument> byCode(Long conferenceId) {
    return list(conferenceId).stream().collect(Collectors.toMap(StoredDocument::code, d -> d, (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  /**
   * The codes among {@code requiredCodes} that have no file yet, in the order given.
   *
   * @param requiredCodes e.g. {@link DossierRule#requiredCodes()}, or {@code List.of("conference-minutes")}
   */
  @Transactional(readOnly = true)
  public List<String> missing(Long conferenceId, Collection<String> requiredCodes) {
    Set<String> present = documents.findRows(conferenceId).stream().map(ConferenceDocumentRepository.Row::code)
        .collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (String code : requiredCodes) {
      if (!present.contains(code) && !missing.contains(code)) {
        missing.add(code);
      }
    }
    return missing;
  }

  /** One stored document without its content, if there is one with this id. */
  @Transactional(readOnly = true)
  public Optional<StoredDocument> find(Long documentId) {
    return documentId == null ? Optional.empty() : documents.findRow(documentId).map(this::stored);
  }

  /** A document and its bytes, for download. */
  public record Download(StoredDocument document, byte[] content) {}

  /**
   * A document with its content.
   *
   * @throws AttachmentRefusedException 404 when there is none with this id
   */
  @Transactional(readOnly = true)
  public Download download(Long documentId) {
    ConferenceDocument d = documents.findById(documentId).orElseThrow(() -> notFound(documentId));
    return new Download(stored(d.getId(), d.getConferenceId(), d.getCode(), d.getTitle(), d.getFileName(),
        d.getMediaType(), d.getSizeBytes(), d.getSha256(), d.getUploadedBy(), d.getUploadedAt()), d.getContent());
  }

  /** Not found: the same answer for a document that does not exist and one the caller may not see. */
  public static AttachmentRefusedException notFound(Long documentId) {
    return AttachmentRefusedException.notFound("tài liệu " + documentId, "document " + documentId);
  }

  /**
   * The path that downloads a document in the webapp session, e.g.
   * {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/default/documents/42}; stable while its file is
   * replaced.
   */
  public String downloadPath(Long documentId) {
    return attachments.pluginPath("documents/" + documentId);
  }

  /** The path that opens a PDF document in the browser ({@code Content-Disposition: inline}). */
  public String viewPath(Long documentId) {
    return downloadPath(documentId) + "/view";
  }

  private String titleOf(Conference conference, String code) {
    if (DossierDocument.RESERVED_MINUTES.equals(code)) {
      return MINUTES_TITLE;
    }
    return conferences.planOf(conference).dossier().document(code).map(DossierDocument::title).orElse(code);
  }

  private StoredDocument stored(ConferenceDocumentRepository.Row r) {
    return stored(r.id(), r.conferenceId(), r.code(), r.title(), r.fileName(), r.mediaType(), r.sizeBytes(),
        r.sha256(), r.uploadedBy(), r.uploadedAt());
  }

  private StoredDocument stored(Long id, Long conferenceId, String code, String title, String fileName,
      String mediaType, long size, String sha256, String uploadedBy, java.time.LocalDateTime at) {
    boolean pdf = "application/pdf".equals(mediaType);
    return new StoredDocument(id, conferenceId, code, title, fileName, mediaType, size, sha256, uploadedBy, at,
        downloadPath(id), pdf ? viewPath(id) : null);
  }
}

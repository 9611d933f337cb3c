package vn.thiduaflow.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeListReplaced;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.UploadBusyException;

/**
 * Files attached to nominees (issue 20: each nominee's achievement summary as PDF, DOCX or a scan), kept in the
 * database so that every node of a cluster serves them. They are uploaded through the open nominations task (the
 * unit's secretary) or the open composition task (the standing office, which gathers the summaries of the nominees the
 * nominations form stored before it sends the proposal to the vote); from the vote on they are fixed, and every
 * member's vote form links them ({@link #downloadPath}). Who may do what is decided before these methods are called
 * ({@link AttachmentAccess}); here are the rules of the file itself, each refusal made before anything is written:
 * <ul>
 *   <li>size: 1 byte to {@code thiduaflow.attachments.max-bytes} (default {@value #DEFAULT_MAX_BYTES} bytes = 10 MB),
 *       refused from the declared length before reading, and while reading at the first byte past the limit
 *       ({@link AttachmentRefusedException#tooLarge}, 413); empty: 400;</li>
 *   <li>type: from the content ({@link AttachmentType#detect}: PDF, DOCX, JPEG, PNG, TIFF), never from the name or
 *       the Content-Type sent; anything else 400;</li>
 *   <li>name: sanitized ({@link AttachmentFileName#sanitize}, at most 200 characters, the type's extension);</li>
 *   <li>SHA-256 of the content (hex), size, uploader and engine time ({@link EngineClock#now()}) are stored with it;
 *       several files per nominee.</li>
 * </ul>
 * At most {@code thiduaflow.attachments.concurrent-uploads} (default 4) uploads are read at once (each holds up to
 * the limit in memory); the next waits 2 s, then is answered 503 with Retry-After ({@link UploadBusyException}).
 * Uploads, replacements and deletions are in the conference's audit trail (ATTACHMENT_UPLOADED, ATTACHMENT_REPLACED,
 * ATTACHMENT_DELETED). When the unit's nominee list is replaced, a nominee's files follow it to its new row and the
 * files of nominees taken off the list are deleted ({@link #nomineeListReplaced}).
 */
@Service
public class AttachmentService {

  /** Default size limit, bytes (10 MB): a scanned summary of a few pages, a Word document with photos. */
  public static final long DEFAULT_MAX_BYTES = 10L << 20;
  private static final int RETRY_AFTER_SECONDS = 5;
  private static final long UPLOAD_WAIT_MILLIS = 2000;

  private final NomineeAttachmentRepository attachments;
  private final NominationRepository nominations;
  private final ConferenceQueries conferences;
  private final AuditTrail audit;
  private final long maxBytes;
  private final Semaphore uploads;
  private final String apiPath;

  AttachmentService(NomineeAttachmentRepository attachments, NominationRepository nominations,
      ConferenceQueries conferences, AuditTrail audit, ProcessEngine engine,
      @Value("${thiduaflow.attachments.max-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes,
      @Value("${thiduaflow.attachments.concurrent-uploads:4}") int concurrentUploads,
      @Value("${server.servlet.context-path:}") String contextPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("thiduaflow.attachments.max-bytes must be 1 to 2 GB: " + maxBytes);
    }
    this.attachments = attachments;
    this.nominations = nominations;
    this.conferences = conferences;
    this.audit = audit;
    this.maxBytes = maxBytes;
    this.uploads = new Semaphore(Math.max(1, concurrentUploads), true);
    String root = (contextPath + webappPath).replaceAll("/+$", "");
    this.apiPath = root + "/api/tasklist/plugin/" + PLUGIN_ID + "/" + engine.getName() + "/";
  }

  /** The Tasklist plugin's id: its path under Tasklist's plugin API and its asset directory. */
  public static final String PLUGIN_ID = "thiduaflow-attachments";

  /** The size limit, bytes ({@code thiduaflow.attachments.max-bytes}). */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The path that downloads a file in the logged-in webapp user's session (Tasklist, Cockpit: the session cookie of
   * the same site), e.g. {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/default/attachments/42}: for a
   * link in a Camunda Form's text field (the vote form's, through {@code VoteProposal}'s row key {@code files}) or any
   * page of the webapps. The path never changes for a file (a replacement
   * keeps its id); a user who may not see the nominee gets 404 there.
   *
   * @param attachmentId the file's id ({@link AttachmentInfo#id()})
   * @return an absolute path on this server (no scheme or host), starting with the context and webapp paths
   */
  public String downloadPath(Long attachmentId) {
    return apiPath + "attachments/" + attachmentId;
  }

  /**
   * A path under the Tasklist plugin's API on this server, e.g. {@code pluginPath("documents/7")} is
   * {@code /camunda/api/tasklist/plugin/thiduaflow-attachments/default/documents/7} (the conference documents'
   * downloads, {@code vn.thiduaflow.dossier.ConferenceDocumentService}).
   */
  public String pluginPath(String relative) {
    return apiPath + relative;
  }

  /** The plugin API's path of a task, ending in "/" (the nominee list's template and upload lie under it). */
  public String taskPath(String taskId) {
    return apiPath + "tasks/" + taskId + "/";
  }

  /**
   * A nominee's files as Markdown links for a Camunda Form's text field: {@code [name.pdf](downloadPath); [scan.png](…)}
   * in the order given, each name's ASCII punctuation backslash-escaped (so {@code [1]} or {@code _} in a name stays
   * text), or "—" when there is none. form-js renders the links as {@code <a href>} that download in the webapp
   * session.
   */
  public String markdownLinks(List<AttachmentInfo> files) {
    if (files == null || files.isEmpty()) {
      return "—";
    }
    return String.join("; ", files.stream().map(f -> "[" + f.fileName().replaceAll("[!-/:-@\\[-`{-~]", "\\\\$0")
        + "](" + downloadPath(f.id()) + ")").toList());
  }

  /**
   * Reads and checks an upload, outside any transaction (no database connection is held while a slow client sends):
   * size, type from the content, sanitized name, SHA-256.
   *
   * @param content the body as sent
   * @param declaredLength the Content-Length sent, or -1 when none
   * @param fileName the name the client sent (may be null)
   * @throws AttachmentRefusedException 413 when larger than {@link #maxBytes()}
   * @throws InvalidInputException (field {@code file}) when empty, cut off or of a type not accepted
   * @throws UploadBusyException when {@code concurrent-uploads} uploads are being read for the whole wait
   */
  public Upload receive(InputStream content, long declaredLength, String fileName) {
    if (declaredLength > maxBytes) {
      throw AttachmentRefusedException.tooLarge(declaredLength, maxBytes);
    }
    try {
      if (!uploads.tryAcquire(UPLOAD_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new UploadBusyException(RETRY_AFTER_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UploadBusyException(RETRY_AFTER_SECONDS);
    }
    try {
      byte[] bytes = readAtMost(content);
      if (bytes.length == 0) {
        throw InvalidInputException.of("file", "attachment.file.empty");
      }
      AttachmentType type = AttachmentType.detect(bytes);
      return new Upload(AttachmentFileName.sanitize(fileName, type), type, bytes, sha256(bytes));
    } finally {
      uploads.release();
    }
  }

  /**
   * A checked upload ({@link #receive}), not stored yet.
   *
   * @param name the sanitized name
   * @param type the type read from the content
   * @param bytes the content, 1 to {@link #maxBytes()} bytes
   * @param sha256 SHA-256 of the content, 64 lower-case hex digits
   */
  public record Upload(String name, AttachmentType type, byte[] bytes, String sha256) {}

  /**
   * Attaches a checked upload to a nominee of the conference.
   *
   * @param uploader the user id
   * @return the stored file
   * @throws AttachmentRefusedException 404 when the nominee is not one of the conference's
   */
  @Transactional
  public AttachmentInfo attach(Long conferenceId, Long nominationId, Upload file, String uploader) {
    Nomination nominee = nomineeOf(conferenceId, nominationId);
    NomineeAttachment attachment = new NomineeAttachment(conferenceId, nominee.getId());
    attachment.file(file.name(), file.type(), file.bytes(), file.sha256(), uploader, EngineClock.now());
    AttachmentInfo saved = attachments.save(attachment).info();
    record(uploader, "ATTACHMENT_UPLOADED", saved, nominee, "Tải lên", "uploaded");
    return saved;
  }

  /**
   * Replaces a file's content (name, type, size, hash, uploader and time change; its id and so its download path
   * stay).
   *
   * @throws AttachmentRefusedException 404 when there is no such file
   */
  @Transactional
  public AttachmentInfo replace(Long attachmentId, Upload file, String uploader) {
    NomineeAttachment attachment = attachments.findById(attachmentId).orElseThrow(() -> notFound(attachmentId));
    attachment.file(file.name(), file.type(), file.bytes(), file.sha256(), uploader, EngineClock.now());
    AttachmentInfo saved = attachment.info();
    record(uploader, "ATTACHMENT_REPLACED", saved, nominations.findById(saved.nominationId()).orElse(null),
        "Thay", "replaced");
    return saved;
  }

  /**
   * Deletes a file.
   *
   * @throws AttachmentRefusedException 404 when there is no such file
   */
  @Transactional
  public void delete(Long attachmentId, String actor) {
    AttachmentInfo info = attachments.findInfo(attachmentId).orElseThrow(() -> notFound(attachmentId));
    attachments.deleteOne(attachmentId);
    record(actor, "ATTACHMENT_DELETED", info, nominations.findById(info.nominationId()).orElse(null), "Xoá",
        "deleted");
  }

  /** A file's description, without its content. */
  @Transactional(readOnly = true)
  public Optional<AttachmentInfo> find(Long attachmentId) {
    return attachments.findInfo(attachmentId);
  }

  /** The files of a conference's nominees by nomination id (nominees without files absent), oldest first. */
  @Transactional(readOnly = true)
  public Map<Long, List<AttachmentInfo>> byNomination(Long conferenceId) {
    Map<Long, List<AttachmentInfo>> result = new LinkedHashMap<>();
    for (AttachmentInfo a : attachments.findInfoByConference(conferenceId)) {
      result.computeIfAbsent(a.nominationId(), id -> new java.util.ArrayList<>()).add(a);
    }
    return result;
  }

  /** The files of one nominee, oldest first. */
  @Transactional(readOnly = true)
  public List<AttachmentInfo> ofNomination(Long nominationId) {
    return attachments.findInfoByNomination(nominationId);
  }

  /**
   * A file with its content, for download.
   *
   * @throws AttachmentRefusedException 404 when there is no such file
   */
  @Transactional(readOnly = true)
  public Download download(Long attachmentId) {
    NomineeAttachment a = attachments.findById(attachmentId).orElseThrow(() -> notFound(attachmentId));
    return new Download(a.info(), a.getContent());
  }

  /** A file and its bytes ({@code content.length == info.sizeBytes()}). */
  public record Download(AttachmentInfo info, byte[] content) {}

  /**
   * The unit's nominee list was replaced: each nominee's files move to its new row; the files of nominees no longer
   * on the list are deleted with them (in the replacing transaction).
   */
  @EventListener
  @Transactional
  public void nomineeListReplaced(NomineeListReplaced replaced) {
    replaced.successors().forEach(attachments::moveToNomination);
    if (!replaced.removed().isEmpty()) {
      attachments.deleteByNominations(replaced.removed());
    }
  }

  /** Not found: the same answer for a file that does not exist and one the caller may not see. */
  static AttachmentRefusedException notFound(Long attachmentId) {
    return AttachmentRefusedException.notFound("hồ sơ đính kèm " + attachmentId, "attachment " + attachmentId);
  }

  private Nomination nomineeOf(Long conferenceId, Long nominationId) {
    return nominations.findById(nominationId).filter(n -> n.getConferenceId().equals(conferenceId))
        .orElseThrow(() -> AttachmentRefusedException.notFound("đề cử " + nominationId + " trong hội nghị này",
            "nominee " + nominationId + " in this conference"));
  }

  /** The stream's bytes, refused at the first byte past the limit. */
  private byte[] readAtMost(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      for (int n; (n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw AttachmentRefusedException.tooLarge(-1, maxBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw InvalidInputException.of("file", "attachment.file.cutOff");
    }
    return out.toByteArray();
  }

  /** SHA-256 of the bytes, 64 lower-case hex digits. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java platform has SHA-256
    }
  }

  private void record(String actor, String action, AttachmentInfo file, Nomination nominee, String verb,
      String englishVerb) {
    Conference conference = conferences.get(file.conferenceId());
    String who = nominee == null ? "#" + file.nominationId() : nominee.getNomineeName();
    audit.record(actor, action, conference.getId(), conference.getCampaignId(), verb + " hồ sơ đính kèm «"
        + file.fileName() + "» (" + file.sizeBytes() + " byte, SHA-256 " + file.sha256() + ") của đề cử «" + who
        + "» / attachment " + englishVerb + " for the nominee");
  }
}

package vn.thiduaflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NomineeListService;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.Problems;
import vn.thiduaflow.system.UploadBusyException;

/**
 * A conference's documents over HTTP (Basic authentication, as the rest of {@code /api}): the nominee template a unit
 * fills in Excel and uploads, the lists a council sends (nominees, delegates) and its Word documents (programme under
 * the official name, summary report skeleton). Reading needs the right to see the conference;
 * the template and the upload need the right to manage it (the unit's secretary, chair or standing office). A
 * conference the caller may not see is 404 like an unknown one.
 */
@RestController
@RequestMapping("/api/conferences/{conferenceId}")
class DocumentController {

  private final UnitAccess access;
  private final NomineeListService nominees;
  private final NomineeWorkbook nomineeWorkbook;
  private final DocumentDownloads downloads;

  DocumentController(UnitAccess access, NomineeListService nominees, NomineeWorkbook nomineeWorkbook,
      DocumentDownloads downloads) {
    this.access = access;
    this.nominees = nominees;
    this.nomineeWorkbook = nomineeWorkbook;
    this.downloads = downloads;
  }

  /** The nominee template (XLSX), filled with the unit's own current nominees. */
  @GetMapping("/nominees/template.xlsx")
  ResponseEntity<byte[]> nomineeTemplate(@PathVariable Long conferenceId) {
    return file(downloads.download(conferenceId, GeneratedDocument.NOMINEE_TEMPLATE));
  }

  /**
   * Replaces the unit's own nominees with a filled template (body: the XLSX file, at most 1 MiB). Every problem of the
   * file is reported at once by row and column (400, problem JSON with {@code errors}); a file with any problem
   * imports nothing. A file beyond the bounds of {@link NomineeWorkbook#read} (a ZIP bomb, a sheet of too many rows
   * or columns) is refused as a whole (400, field {@code file}); while every reader of uploaded files is busy, 503
   * with Retry-After ({@link #busy}).
   *
   * @return the list as saved, as the JSON {@code GET /nominees} returns
   */
  @PutMapping(path = "/nominees", consumes = NomineeWorkbook.MEDIA_TYPE, produces = "application/json")
  List<NomineeRow> uploadNominees(@PathVariable Long conferenceId, InputStream body) throws IOException {
    Conference conference = access.manageable(conferenceId);
    String actor = access.userId();
    NomineeWorkbook.Upload upload = nomineeWorkbook.read(conference, body);
    upload.requireValid(() -> nominees.validate(conference, upload.entries()));
    try {
      return access.asSystem(() -> nominees.replaceAndShow(conference, upload.entries(), actor)).stream()
          .map(NomineeRow::of).toList();
    } catch (InvalidInputException e) {
      throw upload.located(e); // e.g. the nominations task closed in between
    }
  }

  /**
   * 503 problem+json with Retry-After (seconds) when every reader of uploaded files stayed busy: nothing was read or
   * saved, the same file may be sent again.
   */
  @ExceptionHandler(UploadBusyException.class)
  ResponseEntity<ProblemDetail> busy(UploadBusyException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    p.setType(URI.create(UploadBusyException.TYPE));
    p.setTitle(Problems.title(503));
    p.setProperty("retryAfter", e.retryAfterSeconds());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
        .body(p);
  }

  /** The conference's whole nominee list as the council reads it (XLSX). */
  @GetMapping("/documents/nominees.xlsx")
  ResponseEntity<byte[]> nomineeList(@PathVariable Long conferenceId) {
    return file(downloads.download(conferenceId, GeneratedDocument.NOMINEE_LIST));
  }

  /**
   * The delegate list (XLSX): the proposed composition against the plan's exemplar share, the exemplar delegates the
   * council approved, rows for guests and leaders, and the delegates to the upper level.
   */
  @GetMapping("/documents/delegates.xlsx")
  ResponseEntity<byte[]> delegateList(@PathVariable Long conferenceId) {
    return file(downloads.download(conferenceId, GeneratedDocument.DELEGATE_LIST));
  }

  /**
   * The minutes of the count of the council's last vote round (XLSX, {@link VoteMinutesWorkbook}): per nominee the
   * agreeing ballots of all members, the threshold and the result. Counts only; 403 while a member's vote is open
   * ({@link DocumentDownloads}).
   */
  @GetMapping("/documents/vote-minutes.xlsx")
  ResponseEntity<byte[]> voteMinutes(@PathVariable Long conferenceId) {
    return file(downloads.download(conferenceId, GeneratedDocument.VOTE_MINUTES));
  }

  /** The conference programme under its official name (DOCX, administrative document layout). */
  @GetMapping("/documents/programme.docx")
  ResponseEntity<byte[]> programme(@PathVariable Long conferenceId) {
    return file(downloads.download(conferenceId, GeneratedDocument.PROGRAMME));
  }

  /** The skeleton of the five-year summary report, with the figures the system holds (DOCX). */
  @GetMapping("/documents/summary-report.docx")
  ResponseEntity<byte[]> summaryReport(@PathVariable Long conferenceId) {
    return file(downloads.download(conferenceId, GeneratedDocument.SUMMARY_REPORT));
  }

  /** 403 problem+json: the document is not given yet (the minutes while members vote). */
  @ExceptionHandler(DocumentNotReadyException.class)
  ResponseEntity<ProblemDetail> notReady(DocumentNotReadyException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    p.setTitle(Problems.title(403));
    p.setProperty("vi", e.vietnamese());
    p.setProperty("en", e.english());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
  }

  /** One saved nominee (the fields a unit sent, and where its checks stand). */
  record NomineeRow(Long id, String name, String kind, String title, int recognizedYear, String source,
      String unitCode, String position, String achievementSummary, Boolean eligible) {
    static NomineeRow of(Nomination n) {
      return new NomineeRow(n.getId(), n.getNomineeName(), n.getKind().name(), n.getTitle().name(),
          n.getRecognizedYear(), n.getSource() == null ? null : n.getSource().name(), n.getOriginUnitCode(),
          n.getPosition(), n.getAchievementSummary(), n.getEligible());
    }
  }

  private static ResponseEntity<byte[]> file(DocumentDownloads.Download d) {
    return file(d.content(), d.mediaType(), d.fileName());
  }

  static ResponseEntity<byte[]> file(byte[] content, String mediaType, String fileName) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, mediaType)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}

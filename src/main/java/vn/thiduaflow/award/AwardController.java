package vn.thiduaflow.award;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thiduaflow.document.NomineeWorkbook;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.Problems;
import vn.thiduaflow.system.UploadBusyException;

/**
 * The award register over the project's API ({@code /api}, HTTP Basic; the caller is the user Camunda's filter
 * authenticated, {@link IdentityService#getCurrentAuthentication()}), for the people {@link AwardAccess} allows:
 * <ul>
 *   <li>{@code GET /api/awards?name=&unit=&unitCode=&award=&from=&to=&birthYear=&page=&size=}: one page
 *       ({@link AwardLookup.Answer}) of the records of the units the caller may read, newest first; name, unit and
 *       award by a part without accents or case, the period's both ends included, at most
 *       {@value AwardRegister#MAX_PAGE} rows a page (a larger size is answered with that many); a caller who reads no
 *       unit's register is 403;</li>
 *   <li>{@code POST /api/awards/import} (multipart, part {@code file}, an .xlsx of at most 1 MiB): imports earlier
 *       awards ({@link AwardImport}); every problem by row and column at once (400, {@code errors}), nothing stored
 *       then; 403 for a caller who may import for no unit; 503 with Retry-After while every reader is busy;</li>
 *   <li>{@code GET /api/awards/template.xlsx}: the empty template ({@link AwardWorkbook#template});</li>
 *   <li>{@code GET /api/certificates/templates}: the certificate templates, and
 *       {@code GET /api/certificates/templates/{id}/test-print.pdf}: a template's test print on a 5 mm grid — both for
 *       a standing office or an administrator (403 otherwise; an unknown template 404).</li>
 * </ul>
 * Errors are problem+json ({@code app.ApiErrors}; this controller's own refusals below).
 */
@RestController
class AwardController {

  private final AwardLookup lookup;
  private final AwardImport imports;
  private final AwardWorkbook workbook;
  private final IdentityService identityService;

  AwardController(AwardLookup lookup, AwardImport imports, AwardWorkbook workbook, IdentityService identityService) {
    this.lookup = lookup;
    this.imports = imports;
    this.workbook = workbook;
    this.identityService = identityService;
  }

  @GetMapping(path = "/api/awards", produces = "application/json")
  AwardLookup.Answer search(@RequestParam(required = false) String name,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) String award,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer birthYear, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + AwardLookup.DEFAULT_PAGE) int size) {
    return lookup.find(identityService.getCurrentAuthentication(),
        new AwardQuery(name, unitCode, unit, award, from, to, birthYear), page, size);
  }

  @PostMapping(path = "/api/awards/import", consumes = "multipart/form-data", produces = "application/json")
  AwardImport.Result importFile(@RequestPart("file") MultipartFile file) throws IOException {
    requireXlsx(file.getOriginalFilename());
    try (InputStream in = file.getInputStream()) {
      return imports.importFile(identityService.getCurrentAuthentication(), in);
    }
  }

  @GetMapping("/api/awards/template.xlsx")
  ResponseEntity<byte[]> template() {
    return file(workbook.template(), NomineeWorkbook.MEDIA_TYPE, "mau-so-khen-thuong.xlsx");
  }

  @GetMapping(path = "/api/certificates/templates", produces = "application/json")
  List<Map<String, String>> certificateTemplates() {
    return lookup.templates(identityService.getCurrentAuthentication());
  }

  @GetMapping("/api/certificates/templates/{id}/test-print.pdf")
  ResponseEntity<byte[]> testPrint(@PathVariable String id) {
    return file(lookup.testPrint(identityService.getCurrentAuthentication(), id), "application/pdf",
        AwardLookup.testPrintName(id));
  }

  /** 403 problem+json: the caller may not read, import or print this. */
  @ExceptionHandler(AwardAccess.NotAllowedException.class)
  ResponseEntity<ProblemDetail> notAllowed(AwardAccess.NotAllowedException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    p.setTitle(Problems.title(403));
    p.setProperty("vi", e.vietnamese());
    p.setProperty("en", e.english());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
  }

  /** 503 problem+json with Retry-After: every reader of uploaded files stayed busy; nothing was read or stored. */
  @ExceptionHandler(UploadBusyException.class)
  ResponseEntity<ProblemDetail> busy(UploadBusyException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    p.setType(URI.create(UploadBusyException.TYPE));
    p.setTitle(Problems.title(503));
    p.setProperty("retryAfter", e.retryAfterSeconds());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds())).body(p);
  }

  /**
   * Only .xlsx files (field {@code file}); the package itself is then checked by {@link AwardWorkbook#read}.
   *
   * @throws InvalidInputException when the name does not end with .xlsx
   */
  static void requireXlsx(String fileName) {
    if (fileName == null || !fileName.strip().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw InvalidInputException.of("file", "awardImport.file.notXlsx", fileName == null ? "" : fileName);
    }
  }

  static ResponseEntity<byte[]> file(byte[] content, String mediaType, String fileName) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, mediaType)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}

package vn.thiduaflow.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thiduaflow.attachment.AttachmentFileName;
import vn.thiduaflow.attachment.AttachmentRefusedException;
import vn.thiduaflow.attachment.AttachmentType;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.Problems;
import vn.thiduaflow.system.UploadBusyException;

/**
 * How the plugin's API answers: JSON bodies in UTF-8, refusals as RFC 9457 problems
 * ({@code application/problem+json}), workbooks as attachments that the browser never sniffs, and the request
 * headers it reads (the percent-encoded file name). One per {@link PluginRequest}.
 */
final class PluginAnswers {

  static final String PROBLEM = "application/problem+json;charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ObjectMapper json;

  PluginAnswers(ObjectMapper json) {
    this.json = json;
  }

  /** {@link InvalidInputException#problem()} with {@code errors} also for a single problem: the page lists them. */
  static Map<String, Object> everyProblem(InvalidInputException e) {
    Map<String, Object> p = e.problem();
    p.putIfAbsent("errors", e.violations().stream().map(v -> Map.of("field", v.field(), "vi", v.vietnamese(),
        "en", v.english())).toList());
    return p;
  }

  /** A workbook as a download named {@code fileName}. */
  static Response xlsx(byte[] workbook, String fileName) {
    return download(workbook, XLSX, fileName);
  }

  /** A file as a download ({@code Content-Disposition: attachment}, RFC 5987 name), never sniffed by the browser. */
  static Response download(byte[] content, String mediaType, String fileName) {
    return file(content, mediaType, AttachmentFileName.contentDisposition(fileName));
  }

  /** A file with the given {@code Content-Disposition}, its length, and {@code X-Content-Type-Options: nosniff}. */
  static Response file(byte[] content, String mediaType, String contentDisposition) {
    return Response.ok(content, MediaType.valueOf(mediaType))
        .header("Content-Disposition", contentDisposition)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Length", content.length)
        .build();
  }

  /** The file input's accept list: the extensions and media types of the accepted types. */
  static String accept() {
    List<String> accept = new ArrayList<>();
    for (AttachmentType t : AttachmentType.values()) {
      t.extensions().forEach(e -> accept.add("." + e));
      accept.add(t.mediaType());
    }
    return String.join(",", accept);
  }

  /** The X-File-Name header decoded (percent-encoded UTF-8); as sent when it is not validly encoded. */
  static String decoded(String header) {
    if (header == null) {
      return null;
    }
    try {
      return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return header;
    }
  }

  /** The refusal as its problem, with its status (403, 404, 413, 415 …). */
  Response problem(AttachmentRefusedException e) {
    return write(Response.status(e.status()).type(PROBLEM), e.problem());
  }

  /** 200 with a JSON body. */
  Response ok(Object body) {
    return write(Response.ok().type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")), body);
  }

  /** The response with the body written as JSON. */
  Response write(Response.ResponseBuilder response, Object body) {
    try {
      return response.entity(json.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("attachments JSON", e);
    }
  }

  /** 201 with a JSON body. */
  Response created(Object body) {
    return write(Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")),
        body);
  }

  /** 400 with the problem of an input refused. */
  Response invalid(Map<String, Object> problem) {
    return write(Response.status(400).type(PROBLEM), problem);
  }

  /** 503 with Retry-After when too many uploads are being read at once. */
  Response busy(UploadBusyException e) {
    Map<String, Object> p = Problems.of(503, UploadBusyException.TYPE, e.getMessage());
    p.put("vi", e.getMessage().substring(0, e.getMessage().indexOf(" / ")));
    return write(Response.status(503).type(PROBLEM).header("Retry-After", e.retryAfterSeconds()), p);
  }
}

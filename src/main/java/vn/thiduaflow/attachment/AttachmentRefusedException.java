package vn.thiduaflow.attachment;

import java.util.Map;
import vn.thiduaflow.system.Problems;

/**
 * A request about attached files that is refused before anything is written, with its HTTP status and a sentence in
 * Vietnamese and English:
 * <ul>
 *   <li>404 {@link #notFound}: the task, nominee or file does not exist <em>or</em> the caller may not see it (the same
 *       answer, so ids cannot be probed);</li>
 *   <li>403 {@link #forbidden}: the caller sees it but may not change it (not an upload task, the task is closed,
 *       not the uploader);</li>
 *   <li>413 {@link #tooLarge}: larger than {@code thiduaflow.attachments.max-bytes}.</li>
 * </ul>
 * A file of the wrong type or an empty one is an {@link vn.thiduaflow.system.InvalidInputException} (400) instead.
 */
public class AttachmentRefusedException extends RuntimeException {

  private final int status;
  private final String vietnamese;
  private final String english;

  private AttachmentRefusedException(int status, String vietnamese, String english) {
    super(vietnamese + " / " + english);
    this.status = status;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** 404: "Không tìm thấy {what}". */
  public static AttachmentRefusedException notFound(String whatVietnamese, String whatEnglish) {
    return new AttachmentRefusedException(404, "Không tìm thấy " + whatVietnamese, "No " + whatEnglish);
  }

  /** 403, with the rule that refuses. */
  public static AttachmentRefusedException forbidden(String vietnamese, String english) {
    return new AttachmentRefusedException(403, vietnamese, english);
  }

  /**
   * 413.
   *
   * @param size the size sent or declared, bytes (or -1 when only known to be larger than the limit)
   * @param maxBytes the limit, bytes
   */
  public static AttachmentRefusedException tooLarge(long size, long maxBytes) {
    String limit = megabytes(maxBytes);
    return new AttachmentRefusedException(413, "Tệp lớn hơn giới hạn " + limit + " (" + maxBytes + " byte)"
        + (size > 0 ? ": " + size + " byte" : ""), "the file is larger than the limit of " + maxBytes + " bytes"
        + (size > 0 ? ": " + size + " bytes" : ""));
  }

  /** "10 MB", "2,5 MB" (MB = 1,048,576 bytes, Vietnamese decimal comma). */
  static String megabytes(long bytes) {
    double mb = bytes / 1048576.0;
    return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)
        .replace('.', ',')) + " MB";
  }

  /** The HTTP status: 403, 404 or 413. */
  public int status() {
    return status;
  }

  /** What is wrong, in Vietnamese. */
  public String vietnamese() {
    return vietnamese;
  }

  /** What is wrong, in English. */
  public String english() {
    return english;
  }

  /** The answer as problem+json members: type, title, status, detail ("vi / en"), vi, en, message. */
  public Map<String, Object> problem() {
    Map<String, Object> p = Problems.of(status, "urn:thiduaflow:" + switch (status) {
      case 404 -> "not-found";
      case 413 -> "payload-too-large";
      default -> "forbidden";
    }, getMessage());
    p.put("vi", vietnamese);
    p.put("en", english);
    p.put("message", getMessage());
    if (status == 413) {
      p.put("rule", "thiduaflow.attachments.max-bytes");
    }
    return p;
  }
}

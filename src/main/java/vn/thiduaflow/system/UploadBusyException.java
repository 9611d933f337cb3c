package vn.thiduaflow.system;

/**
 * An uploaded file that could not be read now: every reader of uploaded files was busy for the whole wait
 * ({@link NomineeWorkbook#read}). Nothing of the upload was read or saved; the same file may be sent again after
 * {@link #retryAfterSeconds()}. Answered 503 problem+json with Retry-After.
 */
public class UploadBusyException extends RuntimeException {

  /** The problem type of the answer. */
  public static final String TYPE = "urn:thiduaflow:upload-busy";

  private final int retryAfterSeconds;

  /** @param retryAfterSeconds seconds the client should wait before sending the file again, at least 1 */
  public UploadBusyException(int retryAfterSeconds) {
    super("Đang có nhiều tệp được tải lên cùng lúc; tệp chưa được đọc, hãy gửi lại sau " + retryAfterSeconds
        + " giây / Too many files are being uploaded at once; the file was not read, send it again in "
        + retryAfterSeconds + " seconds");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds the client should wait before sending the file again (the Retry-After header). */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

package vn.thiduaflow.dossier;

import java.time.LocalDateTime;
import vn.thiduaflow.attachment.AttachmentType;
import vn.thiduaflow.system.VietnameseDates;

/**
 * A conference's document as stored, without its content.
 *
 * @param id the stored file's id (stable while the code's file is replaced)
 * @param conferenceId the conference
 * @param code the document's code (a dossier document of the plan, or {@code conference-minutes})
 * @param title the document's name (Vietnamese), as the plan or the requesting task names it
 * @param fileName the sanitized file name, at most 200 characters
 * @param mediaType the type read from the content
 * @param sizeBytes the size in bytes, at least 1
 * @param sha256 SHA-256 of the content, 64 lower-case hex digits
 * @param uploadedBy the uploader's user id
 * @param uploadedAt engine time of the upload
 * @param downloadPath where the logged-in webapp user downloads it (the Tasklist plugin's API, session cookie)
 * @param viewPath where a PDF opens in the browser (inline); null for other types
 */
public record StoredDocument(Long id, Long conferenceId, String code, String title, String fileName,
    String mediaType, long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt,
    String downloadPath, String viewPath) {

  /** The type, or null for a media type no longer accepted. */
  public AttachmentType type() {
    return AttachmentType.ofMediaType(mediaType);
  }

  /** The upload time as Vietnamese documents write it: 27/03/2025 14:05. */
  public String uploadedAtText() {
    return VietnameseDates.minute(uploadedAt);
  }
}

package vn.thiduaflow.attachment;

import java.time.LocalDateTime;
import vn.thiduaflow.system.VietnameseDates;

/**
 * One attached file without its content.
 *
 * @param id the attachment's id (its download path: {@link AttachmentService#downloadPath})
 * @param conferenceId the conference of the nominee
 * @param nominationId the nominee ({@code nomination.id})
 * @param fileName the sanitized name, at most 200 characters ({@link AttachmentFileName#sanitize})
 * @param mediaType the type read from the content ({@link AttachmentType#mediaType()})
 * @param sizeBytes the size in bytes, at least 1
 * @param sha256 SHA-256 of the content, 64 lower-case hex digits
 * @param uploadedBy the user id of the uploader
 * @param uploadedAt engine time of the upload (or of the last replacement)
 */
public record AttachmentInfo(Long id, Long conferenceId, Long nominationId, String fileName, String mediaType,
    long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {


  /** The type, or null for a media type no longer accepted. */
  public AttachmentType type() {
    return AttachmentType.ofMediaType(mediaType);
  }

  /** The upload time as Vietnamese documents write it: 27/03/2025 14:05. */
  public String uploadedAtText() {
    return uploadedAt == null ? "" : VietnameseDates.minute(uploadedAt);
  }
}

package vn.thiduaflow.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * A file attached to a nominee (table {@code nominee_attachment}, V9): the achievement summary as PDF, DOCX or a scan.
 * The content is a byte string ({@code bytea} on PostgreSQL, {@code BINARY VARYING} on H2), mapped as a plain
 * {@code byte[]} (no {@code @Lob}, which Hibernate would map to PostgreSQL's large objects); lists read
 * {@link AttachmentInfo} without it.
 */
@Entity
class NomineeAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private Long nominationId;
  private String fileName;
  private String mediaType;
  private long sizeBytes;
  @Column(name = "sha256")
  private String sha256;
  private String uploadedBy;
  private LocalDateTime uploadedAt;
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected NomineeAttachment() {}

  NomineeAttachment(Long conferenceId, Long nominationId) {
    this.conferenceId = conferenceId;
    this.nominationId = nominationId;
  }

  /** Sets (or replaces) the file: its sanitized name, the type read from it, its bytes and who sent it when. */
  void file(String fileName, AttachmentType type, byte[] content, String sha256, String uploadedBy,
      LocalDateTime uploadedAt) {
    this.fileName = fileName;
    this.mediaType = type.mediaType();
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Long getId() { return id; }
  byte[] getContent() { return content; }

  /** What is known of the file, without its content. */
  AttachmentInfo info() {
    return new AttachmentInfo(id, conferenceId, nominationId, fileName, mediaType, sizeBytes, sha256, uploadedBy,
        uploadedAt);
  }
}

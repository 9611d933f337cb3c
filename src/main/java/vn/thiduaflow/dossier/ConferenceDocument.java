package vn.thiduaflow.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import vn.thiduaflow.attachment.AttachmentType;

/**
 * A conference's document (table {@code conference_document}, V11): the current file of one document code. The
 * content is a byte string ({@code bytea} / H2 {@code BINARY VARYING}) mapped as a plain {@code byte[]}, as the
 * nominees' files are; lists read {@link StoredDocument} without it.
 */
@Entity
class ConferenceDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  private String code;
  private String title;
  private String fileName;
  private String mediaType;
  private long sizeBytes;
  @Column(name = "sha256")
  private String sha256;
  private String uploadedBy;
  private LocalDateTime uploadedAt;
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected ConferenceDocument() {}

  ConferenceDocument(Long conferenceId, String code) {
    this.conferenceId = conferenceId;
    this.code = code;
  }

  /** Sets (or replaces) the file: the document's title, its sanitized name, the type read from it, who sent it when. */
  void file(String title, String fileName, AttachmentType type, byte[] content, String sha256, String uploadedBy,
      LocalDateTime uploadedAt) {
    this.title = title;
    this.fileName = fileName;
    this.mediaType = type.mediaType();
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Long getId() { return id; }
  Long getConferenceId() { return conferenceId; }
  String getCode() { return code; }
  String getTitle() { return title; }
  String getFileName() { return fileName; }
  String getMediaType() { return mediaType; }
  long getSizeBytes() { return sizeBytes; }
  String getSha256() { return sha256; }
  String getUploadedBy() { return uploadedBy; }
  LocalDateTime getUploadedAt() { return uploadedAt; }
  byte[] getContent() { return content; }
}

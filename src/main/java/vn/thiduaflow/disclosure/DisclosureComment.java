package vn.thiduaflow.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * A comment received on a published list (table {@code disclosure_comment}): on one entry, or on the whole list when
 * {@code entryNumber} is null; the writer's name only if they gave one; the sender's network as a one-way hash.
 */
@Entity
public class DisclosureComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long disclosureId;
  private Integer entryNumber;
  private String authorName;
  @Column(name = "comment_text")
  private String text;
  private LocalDateTime receivedAt;
  private String sourceKey;

  protected DisclosureComment() {}

  DisclosureComment(Long disclosureId, Integer entryNumber, String authorName, String text, LocalDateTime receivedAt,
      String sourceKey) {
    this.disclosureId = disclosureId;
    this.entryNumber = entryNumber;
    this.authorName = authorName;
    this.text = text;
    this.receivedAt = receivedAt;
    this.sourceKey = sourceKey;
  }

  public Long getId() { return id; }
  public Long getDisclosureId() { return disclosureId; }
  public Integer getEntryNumber() { return entryNumber; }
  public String getAuthorName() { return authorName; }
  public String getText() { return text; }
  public LocalDateTime getReceivedAt() { return receivedAt; }
  public String getSourceKey() { return sourceKey; }
}

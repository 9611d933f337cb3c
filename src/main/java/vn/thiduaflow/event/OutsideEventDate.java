package vn.thiduaflow.event;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One change of an outside event's date in one campaign (table {@code outside_event_date}, V14): the standing office of
 * the issuing unit moved the event ({@code ChangeOutsideEventDate}). Rows are never updated or deleted; the latest row
 * of a campaign and event code is the event's current date there.
 */
@Entity
public class OutsideEventDate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long campaignId;
  private String eventCode;
  private LocalDate eventDate;
  private LocalDate previousDate;
  private String reason;
  private String changedBy;
  private LocalDateTime changedAt;

  protected OutsideEventDate() {}

  /**
   * @param eventCode the plan's {@code outsideEvents[].code}
   * @param eventDate the new date
   * @param previousDate the date it replaces (the plan's, or the previous change's)
   * @param reason why, in the office's words (at most 500 characters)
   * @param changedBy the user id of the standing office
   * @param changedAt engine time
   */
  OutsideEventDate(Long campaignId, String eventCode, LocalDate eventDate, LocalDate previousDate, String reason,
      String changedBy, LocalDateTime changedAt) {
    this.campaignId = campaignId;
    this.eventCode = eventCode;
    this.eventDate = eventDate;
    this.previousDate = previousDate;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public String getEventCode() { return eventCode; }
  public LocalDate getEventDate() { return eventDate; }
  public LocalDate getPreviousDate() { return previousDate; }
  public String getReason() { return reason; }
  public String getChangedBy() { return changedBy; }
  public LocalDateTime getChangedAt() { return changedAt; }
}

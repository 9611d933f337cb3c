package vn.thiduaflow.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The report one lower unit owes the campaign above it: expected when the campaign opens, then received (by message
 * correlation), waived by the council chair with a reason, or late. The upper conference opens only when none is
 * {@link LowerReportStatus#EXPECTED}. Times are engine time; the due day is a calendar day.
 */
@Entity
public class LowerReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long campaignId;
  private String unitCode;
  private String unitName;
  @Enumerated(EnumType.STRING)
  private UnitLevel unitLevel;
  private Long subCampaignId;
  private Long conferenceId;
  @Enumerated(EnumType.STRING)
  private LowerReportStatus status;
  private LocalDate dueOn;
  private LocalDateTime receivedAt;
  private Integer delegateCount;
  private LocalDateTime waivedAt;
  private String waivedBy;
  private String waiverReason;

  protected LowerReport() {}

  /**
   * @param subCampaignId the lower unit's own campaign, or null when it only holds a conference
   * @param conferenceId the lower unit's own conference (whose delegates the report sends up)
   */
  public LowerReport(Long campaignId, String unitCode, String unitName, UnitLevel unitLevel, Long subCampaignId,
      Long conferenceId, LocalDate dueOn) {
    this.campaignId = campaignId;
    this.unitCode = unitCode;
    this.unitName = unitName;
    this.unitLevel = unitLevel;
    this.subCampaignId = subCampaignId;
    this.conferenceId = conferenceId;
    this.dueOn = dueOn;
    this.status = LowerReportStatus.EXPECTED;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public String getUnitCode() { return unitCode; }
  public String getUnitName() { return unitName; }
  public UnitLevel getUnitLevel() { return unitLevel; }
  public Long getSubCampaignId() { return subCampaignId; }
  public Long getConferenceId() { return conferenceId; }
  public LowerReportStatus getStatus() { return status; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getReceivedAt() { return receivedAt; }
  public Integer getDelegateCount() { return delegateCount; }
  public LocalDateTime getWaivedAt() { return waivedAt; }
  public String getWaivedBy() { return waivedBy; }
  public String getWaiverReason() { return waiverReason; }

  /** The report arrived at engine time {@code at} with this many delegates; late when it had been waived. */
  public void receive(LocalDateTime at, int delegates) {
    this.status = status == LowerReportStatus.WAIVED ? LowerReportStatus.LATE : LowerReportStatus.RECEIVED;
    this.receivedAt = at;
    this.delegateCount = delegates;
  }

  /** The lower unit's own conference, known once its campaign has opened. */
  public void setConferenceId(Long conferenceId) { this.conferenceId = conferenceId; }

  /** The chair decided to wait longer: the report is now due on {@code day}. */
  public void extendTo(LocalDate day) {
    this.dueOn = day;
  }

  /** The chair waived the missing report. */
  public void waive(LocalDateTime at, String by, String reason) {
    this.status = LowerReportStatus.WAIVED;
    this.waivedAt = at;
    this.waivedBy = by;
    this.waiverReason = reason;
  }
}

package vn.thiduaflow.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.thiduaflow.nomination.NomineeKind;

/**
 * One award granted (table {@code award_record}, V21): to a person (name, birth year, unit) or a collective (name,
 * unit), the title or award form, its level, the decision (symbol and date) and the campaign it came from. Written by
 * {@link AwardRegister}: for each recipient of a decision issued here ({@link Source#DECISION}) or a row of an
 * imported register of earlier years ({@link Source#IMPORT}).
 */
@Entity
public class AwardRecord {

  /** Where a record comes from. */
  public enum Source {
    /** A commendation decision issued in this system. */
    DECISION,
    /** A row of an imported register (awards granted before the system, or outside it). */
    IMPORT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private NomineeKind recipientKind;
  private String recipientName;
  private String nameKey;
  private Integer birthYear;
  private String unitName;
  private String unitKey;
  private String unitCode;
  private String award;
  private String awardKey;
  private String awardLevel;
  private String decisionSymbol;
  private LocalDate decidedOn;
  private Long campaignId;
  private Long decisionId;
  private Long nominationId;
  @Enumerated(EnumType.STRING)
  private Source source;
  private String recordedBy;
  private LocalDateTime recordedAt;

  protected AwardRecord() {}

  /**
   * @param award the title or award form as granted ("Giấy khen của Chủ tịch UBND xã", "Chiến sĩ thi đua cơ sở")
   * @param awardLevel the level of the issuing authority (a {@code UnitLevel} name such as {@code COMMUNE}), or null
   * @param decisionSymbol the decision's number and symbol ("15/QĐ-UBND")
   */
  public AwardRecord(NomineeKind recipientKind, String recipientName, Integer birthYear, String unitName,
      String unitCode, String award, String awardLevel, String decisionSymbol, LocalDate decidedOn, Source source,
      String recordedBy, LocalDateTime recordedAt) {
    this.recipientKind = recipientKind;
    this.recipientName = RecipientNames.clean(recipientName);
    this.nameKey = RecipientNames.key(recipientName);
    this.birthYear = birthYear;
    this.unitName = RecipientNames.clean(unitName);
    this.unitKey = RecipientNames.key(unitName);
    this.unitCode = unitCode;
    this.award = RecipientNames.clean(award);
    this.awardKey = RecipientNames.key(award);
    this.awardLevel = awardLevel;
    this.decisionSymbol = decisionSymbol;
    this.decidedOn = decidedOn;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** Links the record to the decision, campaign and nomination it was granted through. */
  public AwardRecord grantedThrough(Long decisionId, Long campaignId, Long nominationId) {
    this.decisionId = decisionId;
    this.campaignId = campaignId;
    this.nominationId = nominationId;
    return this;
  }

  public Long getId() { return id; }
  public NomineeKind getRecipientKind() { return recipientKind; }
  public String getRecipientName() { return recipientName; }
  public Integer getBirthYear() { return birthYear; }
  public String getUnitName() { return unitName; }
  public String getUnitCode() { return unitCode; }
  public String getAward() { return award; }
  public String getAwardLevel() { return awardLevel; }
  public String getDecisionSymbol() { return decisionSymbol; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public Long getCampaignId() { return campaignId; }
  public Long getDecisionId() { return decisionId; }
  public Long getNominationId() { return nominationId; }
  public Source getSource() { return source; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}

package vn.thiduaflow.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A campaign: one issuing unit carrying out one plan, from the plan issued to the report upward. The campaign id is
 * the business key of its {@code Campaign} process instance. In a chain (national → province → district → commune)
 * each unit that has units below it runs a campaign under the campaign of the unit above ({@link #parentCampaignId});
 * all share the campaign at the top ({@link #rootCampaignId}) and the plan started there ({@link #rootPlanId}).
 */
@Entity
public class Campaign implements vn.thiduaflow.conference.CampaignRef {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String planId;
  @Enumerated(EnumType.STRING)
  private AdminStructure adminStructure;
  /** The unit list the campaign's units come from ({@code vn.thiduaflow.unit.UnitList}); null: today's list. */
  private String unitList;
  private String issuerCode;
  private String issuerName;
  @Enumerated(EnumType.STRING)
  private UnitLevel unitLevel;
  private Long parentCampaignId;
  private Long rootCampaignId;
  private String rootPlanId;
  @Enumerated(EnumType.STRING)
  private CampaignStatus status;
  private String processInstanceId;
  /** Engine time the campaign started (the plan's timeline). */
  private LocalDateTime startedAt;
  private LocalDateTime endedAt;
  /** Engine time the campaign's own report went to the campaign above (or to the plan's recipient at the top). */
  private LocalDateTime reportedAt;
  /** Wall-clock time the campaign started; with {@link #startedAt} it gives the demo's engine-clock offset. */
  private LocalDateTime realStartedAt;

  protected Campaign() {}

  /** A campaign on today's unit list of its structure. */
  public Campaign(String planId, AdminStructure adminStructure, String issuerCode, String issuerName,
      UnitLevel unitLevel, Campaign parent, LocalDateTime startedAt, LocalDateTime realStartedAt) {
    this(planId, adminStructure, null, issuerCode, issuerName, unitLevel, parent, startedAt, realStartedAt);
  }

  /**
   * @param planId the plan the issuer carries out (a file's plan, or one derived from the root plan)
   * @param unitList id of the unit list the plan was written against (its {@code issuer.unitList}, issue 22), from
   *     which the campaign's units are resolved; null: today's list of {@code adminStructure}
   * @param parent the campaign of the unit above; null at the top of a chain
   */
  public Campaign(String planId, AdminStructure adminStructure, String unitList, String issuerCode, String issuerName,
      UnitLevel unitLevel, Campaign parent, LocalDateTime startedAt, LocalDateTime realStartedAt) {
    this.planId = planId;
    this.adminStructure = adminStructure;
    this.unitList = unitList;
    this.issuerCode = issuerCode;
    this.issuerName = issuerName;
    this.unitLevel = unitLevel;
    if (parent != null) {
      this.parentCampaignId = parent.getId();
      this.rootCampaignId = parent.getRootCampaignId();
      this.rootPlanId = parent.getRootPlanId();
    } else {
      this.rootPlanId = planId;
    }
    this.startedAt = startedAt;
    this.realStartedAt = realStartedAt;
    this.status = CampaignStatus.RUNNING;
  }

  @Override
  public Long getId() { return id; }
  @Override
  public String getPlanId() { return planId; }
  @Override
  public AdminStructure getAdminStructure() { return adminStructure; }
  /** Id of the unit list the campaign's units come from; null (a campaign before V19): today's list. */
  public String getUnitList() { return unitList; }
  @Override
  public String getIssuerCode() { return issuerCode; }
  public String getIssuerName() { return issuerName; }
  public UnitLevel getUnitLevel() { return unitLevel; }
  @Override
  public Long getParentCampaignId() { return parentCampaignId; }
  /** The campaign at the top of the chain (this one's id at the top). */
  public Long getRootCampaignId() { return rootCampaignId; }
  public String getRootPlanId() { return rootPlanId; }
  public LocalDateTime getReportedAt() { return reportedAt; }
  public CampaignStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public LocalDateTime getStartedAt() { return startedAt; }
  public LocalDateTime getEndedAt() { return endedAt; }
  public LocalDateTime getRealStartedAt() { return realStartedAt; }

  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

  /** At the top of a chain the root is the campaign itself; set once its id is known. */
  public void markRoot() {
    if (rootCampaignId == null) {
      rootCampaignId = id;
    }
  }

  /** Marks the campaign's results reported upward at engine time {@code at}; the campaign may still wait for late units. */
  public void markReported(LocalDateTime at) {
    this.status = CampaignStatus.REPORTED;
    this.reportedAt = at;
  }

  /** Marks the campaign's process ended at engine time {@code at} (every lower unit finished, late ones included). */
  public void markEnded(LocalDateTime at) {
    this.status = CampaignStatus.CLOSED;
    this.endedAt = at;
  }
}

package vn.thiduaflow.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import vn.thiduaflow.unit.AdminStructure;

/**
 * A campaign: one issuing unit carrying out one plan, from the plan issued to the report upward. The campaign id is
 * the business key of its {@code Campaign} process instance.
 */
@Entity
public class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String planId;
  @Enumerated(EnumType.STRING)
  private AdminStructure adminStructure;
  private String issuerCode;
  private String issuerName;
  @Enumerated(EnumType.STRING)
  private CampaignStatus status;
  private String processInstanceId;
  /** Engine time the campaign started (the plan's timeline). */
  private LocalDateTime startedAt;
  private LocalDateTime endedAt;
  /** Wall-clock time the campaign started; with {@link #startedAt} it gives the demo's engine-clock offset. */
  private LocalDateTime realStartedAt;

  protected Campaign() {}

  public Campaign(String planId, AdminStructure adminStructure, String issuerCode, String issuerName,
      LocalDateTime startedAt, LocalDateTime realStartedAt) {
    this.planId = planId;
    this.adminStructure = adminStructure;
    this.issuerCode = issuerCode;
    this.issuerName = issuerName;
    this.startedAt = startedAt;
    this.realStartedAt = realStartedAt;
    this.status = CampaignStatus.RUNNING;
  }

  public Long getId() { return id; }
  public String getPlanId() { return planId; }
  public AdminStructure getAdminStructure() { return adminStructure; }
  public String getIssuerCode() { return issuerCode; }
  public String getIssuerName() { return issuerName; }
  public CampaignStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public LocalDateTime getStartedAt() { return startedAt; }
  public LocalDateTime getEndedAt() { return endedAt; }
  public LocalDateTime getRealStartedAt() { return realStartedAt; }

  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

  /** Marks the campaign reported upward at engine time {@code at}. */
  public void markReported(LocalDateTime at) {
    this.status = CampaignStatus.REPORTED;
    this.endedAt = at;
  }
}

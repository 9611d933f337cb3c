package vn.thiduaflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * One action taken through the project's API (who, what, when, on which conference), in the same transaction as the
 * action: a refused request leaves no event. Steps taken in Tasklist are in Camunda's own user operation log and
 * history; {@link AuditTrail} reads both.
 */
@Entity
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private LocalDateTime occurredAt;
  private String actor;
  private String action;
  private Long conferenceId;
  private Long campaignId;
  private String detail;

  protected AuditEvent() {}

  AuditEvent(LocalDateTime occurredAt, String actor, String action, Long conferenceId, Long campaignId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.conferenceId = conferenceId;
    this.campaignId = campaignId;
    this.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
  }

  public LocalDateTime getOccurredAt() { return occurredAt; }
  public String getActor() { return actor; }
  public String getAction() { return action; }
  public String getDetail() { return detail; }
}

package vn.thiduaflow.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A missed deadline escalated to the council chair and the standing office: which deadline, its last day, when and to
 * whom it was escalated, the Cockpit incident that shows the instance as late, and when the late task was done.
 */
@Entity
public class Escalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long conferenceId;
  @Enumerated(EnumType.STRING)
  private DeadlineKind deadline;
  private LocalDate dueOn;
  private LocalDateTime escalatedAt;
  private String escalatedTo;
  private String incidentId;
  private LocalDateTime resolvedAt;

  protected Escalation() {}

  /**
   * @param dueOn the deadline's last day (inclusive)
   * @param escalatedAt engine time of the escalation
   * @param escalatedTo candidate groups the task was given to, comma-separated
   * @param incidentId the Cockpit incident ({@link EscalationService#INCIDENT_TYPE})
   */
  public Escalation(Long conferenceId, DeadlineKind deadline, LocalDate dueOn, LocalDateTime escalatedAt,
      String escalatedTo, String incidentId) {
    this.conferenceId = conferenceId;
    this.deadline = deadline;
    this.dueOn = dueOn;
    this.escalatedAt = escalatedAt;
    this.escalatedTo = escalatedTo;
    this.incidentId = incidentId;
  }

  public Long getId() { return id; }
  public Long getConferenceId() { return conferenceId; }
  public DeadlineKind getDeadline() { return deadline; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getEscalatedAt() { return escalatedAt; }
  public String getEscalatedTo() { return escalatedTo; }
  public String getIncidentId() { return incidentId; }
  public LocalDateTime getResolvedAt() { return resolvedAt; }

  /** The late task was done at this engine time. */
  public void resolve(LocalDateTime at) {
    this.resolvedAt = at;
  }
}

package vn.thiduaflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A missed deadline escalated to the council chair and the standing office. */
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

  protected Escalation() {}

  public Escalation(Long conferenceId, DeadlineKind deadline, LocalDate dueOn, LocalDateTime escalatedAt,
      String escalatedTo) {
    this.conferenceId = conferenceId;
    this.deadline = deadline;
    this.dueOn = dueOn;
    this.escalatedAt = escalatedAt;
    this.escalatedTo = escalatedTo;
  }

  public Long getConferenceId() { return conferenceId; }
  public DeadlineKind getDeadline() { return deadline; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getEscalatedAt() { return escalatedAt; }
  public String getEscalatedTo() { return escalatedTo; }
}

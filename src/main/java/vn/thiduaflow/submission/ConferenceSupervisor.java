package vn.thiduaflow.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * The council member of the council above who supervises a unit's conference (table {@code conference_supervisor},
 * V18; {@link vn.thiduaflow.plan.model.SupervisionRule}), assigned by that council's standing office; told of each of the
 * unit's escalations.
 */
@Entity
public class ConferenceSupervisor {

  @Id
  private Long conferenceId;
  private String username;
  private String fullName;
  private String assignedBy;
  private LocalDateTime assignedAt;

  protected ConferenceSupervisor() {}

  ConferenceSupervisor(Long conferenceId) {
    this.conferenceId = conferenceId;
  }

  public Long getConferenceId() { return conferenceId; }
  public String getUsername() { return username; }
  public String getFullName() { return fullName; }
  public String getAssignedBy() { return assignedBy; }
  public LocalDateTime getAssignedAt() { return assignedAt; }

  void assign(String user, String name, String by, LocalDateTime at) {
    this.username = user;
    this.fullName = name;
    this.assignedBy = by;
    this.assignedAt = at;
  }
}

package vn.thiduaflow.council;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.unit.AdminStructure;

/**
 * A person holding a role for a unit: council chair, vice chair and members vote; the standing office, unit head,
 * unit secretary and upper council work the other tasks. The username is the Camunda user id.
 */
@Entity
public class CouncilMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private AdminStructure adminStructure;
  private String unitCode;
  private String username;
  private String fullName;
  @Enumerated(EnumType.STRING)
  private CouncilRole role;
  private boolean sample;

  protected CouncilMember() {}

  public CouncilMember(AdminStructure adminStructure, String unitCode, String username, String fullName,
      CouncilRole role, boolean sample) {
    this.adminStructure = adminStructure;
    this.unitCode = unitCode;
    this.username = username;
    this.fullName = fullName;
    this.role = role;
    this.sample = sample;
  }

  public Long getId() { return id; }
  public AdminStructure getAdminStructure() { return adminStructure; }
  public String getUnitCode() { return unitCode; }
  public String getUsername() { return username; }
  public String getFullName() { return fullName; }
  public CouncilRole getRole() { return role; }
  public boolean isSample() { return sample; }
}

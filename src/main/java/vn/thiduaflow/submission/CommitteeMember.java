package vn.thiduaflow.submission;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.thiduaflow.plan.model.OrganizingCommitteeRule.SubCommittee;

/**
 * One member of an organizing committee (table {@code organizing_committee_member}, V16): name, role in the committee
 * and the sub-committee they work in (none: the committee itself).
 */
@Embeddable
public class CommitteeMember {

  /** A member's role in the committee. */
  public enum Role {
    HEAD("Trưởng ban"),
    DEPUTY_HEAD("Phó Trưởng ban"),
    MEMBER("Thành viên");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    /** Vietnamese label, as the form shows it. */
    public String label() {
      return label;
    }
  }

  private String fullName;
  @Enumerated(EnumType.STRING)
  private Role role;
  @Enumerated(EnumType.STRING)
  private SubCommittee subCommittee;

  protected CommitteeMember() {}

  /**
   * @param fullName the member's full name (at most 200 characters)
   * @param role the member's role
   * @param subCommittee the sub-committee they work in, or null
   */
  public CommitteeMember(String fullName, Role role, SubCommittee subCommittee) {
    this.fullName = fullName;
    this.role = role;
    this.subCommittee = subCommittee;
  }

  public String getFullName() { return fullName; }
  public Role getRole() { return role; }
  public SubCommittee getSubCommittee() { return subCommittee; }
}

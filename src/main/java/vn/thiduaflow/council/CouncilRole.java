package vn.thiduaflow.council;

import java.util.Arrays;

/**
 * Roles that user tasks are assigned to (candidate groups). Each unit has one group per role, id
 * {@code u<unit code>.<groupSuffix>}; {@link #UPPER_COUNCIL} is a group of the unit above, acting on the dossiers of
 * the units below it. Source: roles named by the plans (DOMAIN.md "Roles named by the plans").
 */
public enum CouncilRole {
  CHAIR("chair", "Chủ tịch Hội đồng TĐKT"),
  VICE_CHAIR("vice-chair", "Phó Chủ tịch Hội đồng TĐKT"),
  MEMBER("member", "Thành viên Hội đồng TĐKT"),
  STANDING_OFFICE("standing-office", "Thường trực Hội đồng (Văn phòng, Thư ký HĐ)"),
  UNIT_HEAD("unit-head", "Thủ trưởng đơn vị"),
  UNIT_SECRETARY("unit-secretary", "Thư ký, cán bộ phụ trách thi đua của đơn vị"),
  UPPER_COUNCIL("upper-council", "Hội đồng TĐKT cấp trên");

  private final String groupSuffix;
  private final String label;

  CouncilRole(String groupSuffix, String label) {
    this.groupSuffix = groupSuffix;
    this.label = label;
  }

  /** Vietnamese label. */
  public String label() {
    return label;
  }

  /** The candidate-group id of this role in a unit. */
  public String groupId(String unitCode) {
    return "u" + unitCode + "." + groupSuffix;
  }

  /** True for the roles whose holders vote in the council: chair, vice chair, members. */
  public boolean votes() {
    return this == CHAIR || this == VICE_CHAIR || this == MEMBER;
  }

  /**
   * Parses a role name as written in a model.
   *
   * @throws IllegalArgumentException listing the roles when the name is unknown
   */
  public static CouncilRole parse(String name) {
    return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("Unknown council role '" + name + "'; roles: " + Arrays.toString(values())));
  }
}

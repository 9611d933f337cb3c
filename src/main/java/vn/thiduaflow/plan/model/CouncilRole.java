package vn.thiduaflow.plan.model;

import java.util.Arrays;

/**
 * Roles that user tasks are assigned to (candidate groups). Each unit has one group per role, id
 * {@code u<unit code>.<groupSuffix>}; {@link #UPPER_COUNCIL} is a group of the unit above, acting on the dossiers of
 * the units below it. Source: roles named by the plans (DOMAIN.md "Roles named by the plans"). The last three are the
 * officers the plans' division of work names (issue 22): they hold duties ({@link #officer()}), never vote, and see
 * their unit's conference like its other groups.
 */
public enum CouncilRole {
  CHAIR("chair", "Chủ tịch Hội đồng TĐKT"),
  VICE_CHAIR("vice-chair", "Phó Chủ tịch Hội đồng TĐKT"),
  MEMBER("member", "Thành viên Hội đồng TĐKT"),
  STANDING_OFFICE("standing-office", "Thường trực Hội đồng (Văn phòng, Thư ký HĐ)"),
  UNIT_HEAD("unit-head", "Thủ trưởng đơn vị"),
  UNIT_SECRETARY("unit-secretary", "Thư ký, cán bộ phụ trách thi đua của đơn vị"),
  UPPER_COUNCIL("upper-council", "Hội đồng TĐKT cấp trên"),
  /**
   * The culture officer (Công chức Văn hóa - Xã hội; Phòng Văn hóa và Thông tin at district level): runs the publicity
   * before, during and after the conference (Văn Yên §III.2, 27/KH-UBND §IV.3, 172/KH-UBND §IV.3, KH TP Lạng Sơn §IV.3).
   * An officer role: holds duties of the plan ({@link DutyRule}), does not vote.
   */
  CULTURE_OFFICER("culture-officer", "Công chức Văn hóa - Xã hội (phụ trách tuyên truyền)"),
  /**
   * The finance officer (Công chức Tài chính - Kế toán; Phòng Tài chính - Kế hoạch at district level): prepares the
   * conference's budget estimate (Văn Yên §III.2, 27/KH-UBND §IV.2, KH TP Lạng Sơn §IV.6). An officer role.
   */
  FINANCE_OFFICER("finance-officer", "Công chức Tài chính - Kế toán (dự trù kinh phí)"),
  /**
   * The office clerk (Công chức Văn phòng - Thống kê; Văn phòng HĐND - UBND): prepares the council meeting, the
   * five-year report and the programme (27/KH-UBND §IV.1, Văn Yên §III.2 "Văn phòng Cấp ủy Chính quyền", KH TP Lạng Sơn
   * §IV.5). An officer role.
   */
  OFFICE_CLERK("office-clerk", "Công chức Văn phòng - Thống kê (Văn phòng UBND)");

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

  /** True for the officer roles that hold the plan's duties only: culture officer, finance officer, office clerk. */
  public boolean officer() {
    return this == CULTURE_OFFICER || this == FINANCE_OFFICER || this == OFFICE_CLERK;
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

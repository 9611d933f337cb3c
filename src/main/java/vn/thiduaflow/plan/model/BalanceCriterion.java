package vn.thiduaflow.plan.model;

/**
 * A balance a plan asks the delegate composition to respect (cơ cấu đại biểu: "chú trọng lựa chọn … đại biểu nữ, dân
 * tộc, đại biểu đại diện các thành phần kinh tế", 172/KH-UBND §II.2.2 and KH TP Lạng Sơn 25/6/2024 §II.2.2). The
 * product does not count people per criterion: the standing office attests each criterion the plan lists when it
 * proposes the composition ({@code vn.thiduaflow.conference.CompositionBalanceService}), and the attestation is kept.
 * The codes are fixed; a plan file names them under {@code composition.balanceCriteria[].code}.
 */
public enum BalanceCriterion {
  /** Sectors of the economy and fields of work (các thành phần kinh tế, các ngành, lĩnh vực). */
  SECTOR("Đại diện các thành phần kinh tế, ngành, lĩnh vực"),
  /** The localities of the unit (các địa phương, thôn, tổ dân phố). */
  LOCALITY("Đại diện các địa phương"),
  /** Ethnic minorities (đại biểu dân tộc). */
  ETHNICITY("Đại biểu dân tộc thiểu số"),
  /** Religions (đại biểu tôn giáo). */
  RELIGION("Đại biểu tôn giáo"),
  /** Women (đại biểu nữ). */
  WOMEN("Đại biểu nữ"),
  /** Young people (đại biểu trẻ). */
  YOUTH("Đại biểu trẻ"),
  /** People working directly in production, work, study or combat (người trực tiếp sản xuất, công tác). */
  DIRECT_WORKERS("Người trực tiếp sản xuất, công tác");

  private final String label;

  BalanceCriterion(String label) {
    this.label = label;
  }

  /** The Vietnamese label used when a plan file gives none. */
  public String label() {
    return label;
  }
}

package vn.thiduaflow.plan.model;

/**
 * The conference forms a plan may allow at a level (hình thức tổ chức). The codes are the ones plan files use; the
 * Vietnamese label is what users see and what official names are built from.
 *
 * <p>Source: 172/KH-UBND §II.2.1–2.2 (Vĩnh Thuận), Lạng Sơn city plan 25/6/2024 §II.2.1–2.2, 27/KH-UBND §II.2
 * (Bình An), Văn Yên plan 2020 §II.2.1; the national list follows Hướng dẫn 2823/HD-BNV.
 */
public enum ConferenceForm {
  ADVANCED_EXEMPLAR_CONFERENCE("Hội nghị Điển hình tiên tiến", false),
  EXEMPLAR_COMMENDATION_CONFERENCE("Hội nghị Tuyên dương điển hình tiên tiến", false),
  GOOD_PEOPLE_GOOD_DEEDS_CONFERENCE("Hội nghị Biểu dương người tốt, việc tốt", false),
  GOOD_CREATIVE_WORKERS_CONFERENCE("Hội nghị Biểu dương những người lao động giỏi, lao động sáng tạo", false),
  PATRIOTIC_EMULATION_CONGRESS("Đại hội Thi đua yêu nước", true);

  private final String label;
  private final boolean congress;

  ConferenceForm(String label, boolean congress) {
    this.label = label;
    this.congress = congress;
  }

  /** Vietnamese name of the form, as written in the plans. */
  public String label() {
    return label;
  }

  /** True for a congress (Đại hội), which opens with a flag salute; false for the conference forms. */
  public boolean isCongress() {
    return congress;
  }
}

package vn.thiduaflow.rule;

/**
 * The rules the gateways decide on. Each decision is recorded with the plan clause it applies; {@link #label()} is
 * what the rule requires, in Vietnamese, for the people who broke it.
 */
public enum Rule {
  FORM_ALLOWED("Hình thức tổ chức phải là hình thức Kế hoạch cho phép ở cấp này"),
  DATE_IN_WINDOW("Ngày tổ chức phải trong thời gian Kế hoạch quy định"),
  ATTENDANCE_MODE("Hình thức dự (toàn thể hoặc đại biểu) theo số cán bộ"),
  DELEGATE_CAP("Tổng số đại biểu không vượt quá số Kế hoạch cho phép"),
  /** The exemplar share: at least the plan's share, or within its tolerance when the plan says "khoảng". */
  EXEMPLAR_SHARE("Tỷ lệ đại biểu điển hình tiên tiến đúng mức Kế hoạch quy định"),
  PRESIDIUM("Đoàn Chủ tịch đúng số lượng và thành phần Kế hoạch quy định"),
  UPPER_QUOTA("Số điển hình đề nghị lên cấp trên không vượt chỉ tiêu"),
  PRESENTATION_MIX("Số và cơ cấu tham luận theo Kế hoạch"),
  PROGRAMME("Chương trình có đủ các nội dung bắt buộc, đúng thứ tự"),
  NOMINEE_ELIGIBILITY("Người được đề nghị phải được công nhận trong giai đoạn Kế hoạch quy định"),
  /**
   * The nominees' recognition compared with the award register where it has records (issue 24); informative: the
   * declared year still decides eligibility ({@code nomination.RegisterCheck}).
   */
  NOMINEE_REGISTER("Khen thưởng của người được đề nghị đối chiếu với sổ khen thưởng"),
  COUNCIL_VOTE("Kết quả bỏ phiếu của Hội đồng đạt tỷ lệ Kế hoạch quy định"),
  VOTED_COMPOSITION("Danh sách được Hội đồng thông qua đủ cho cơ cấu đại biểu đã đề xuất"),
  DOSSIER_ON_TIME("Hồ sơ gửi cấp trên đúng hạn"),
  /** A fixed dossier date must come before the conference (issue 22: fixed dates mean what they say). */
  DOSSIER_BEFORE_CONFERENCE("Hạn hồ sơ ngày cố định phải trước ngày hội nghị"),
  /**
   * A conference must be held strictly before (or after) an outside event the plan names, at the event's current date
   * for the campaign (issue 22: "before the provincial Party congress" is a rule).
   */
  OUTSIDE_EVENT_ORDER("Ngày hội nghị phải trước (hoặc sau) sự kiện Kế hoạch quy định"),
  NOMINATIONS_ON_TIME("Báo cáo, danh sách đề nghị gửi đúng hạn"),
  /** National congress: official and guest delegates within the fixed numbers (2,025 + 198). */
  DELEGATION_NUMBERS("Số đại biểu chính thức và khách mời không vượt số Kế hoạch quy định"),
  /** National congress: the number of delegations (105). */
  DELEGATIONS("Số đoàn đại biểu theo Kế hoạch"),
  /** The upper conference opens only when every lower unit has reported or been waived by the chair. */
  LOWER_REPORTS("Các đơn vị cấp dưới đã báo cáo hoặc được miễn");

  private final String label;

  Rule(String label) {
    this.label = label;
  }

  /** What the rule requires, in Vietnamese (for error messages and reports). */
  public String label() {
    return label;
  }
}

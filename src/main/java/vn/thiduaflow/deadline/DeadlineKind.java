package vn.thiduaflow.deadline;

/**
 * The deadlines of a unit's conference. Each has a timer in the {@code UnitConference} model: a reminder before it
 * (non-interrupting, to the people of the open task) and an escalation at it (non-interrupting, to the council chair and
 * the standing office of the council that owns the task).
 */
public enum DeadlineKind {
  /** Units send nominations to the council (plan's {@code nominationDeadline}: calendar days before, or a date). */
  NOMINATIONS("Hạn gửi danh sách đề cử", false),
  /** The council meets and votes (plan's {@code deadlines.councilVote}, or its dated schedule). */
  COUNCIL_VOTE("Hạn Hội đồng họp xét chọn, biểu quyết", false),
  /**
   * The dossier is approved by the upper council (plan's {@code dossier}: N calendar days before the conference — 15 in
   * the Lạng Sơn plan §IV.1 — or a fixed date).
   */
  DOSSIER("Hạn hồ sơ được Hội đồng cấp trên chấp thuận", false),
  /** The upper council reviews a dossier sent to it (plan's {@code deadlines.dossierReview}, from the day sent). */
  DOSSIER_REVIEW("Hạn Hội đồng cấp trên thẩm định hồ sơ", true),
  /** The conference is recorded and its results reported upward (plan's {@code deadlines.resultsReport}). */
  RESULTS_REPORT("Hạn báo cáo kết quả Hội nghị", false),
  /**
   * Something the plan requires the unit to send before its conference (plan's {@code submissions}: a fixed date, N
   * calendar or working days before the conference, or N days after a step; issue 22). A conference has one such
   * deadline per submission, kept by {@code vn.thiduaflow.submission.SubmissionService}, not by
   * {@link DeadlineService}; {@link DeadlineService#dueDays} leaves it out.
   */
  SUBMISSION("Hạn gửi văn bản trước Hội nghị", false),
  /**
   * A duty of the plan's division of work (plan's {@code duties}: who does what by when, in the same due shapes as a
   * submission; issue 22). One such deadline per duty, kept by {@code vn.thiduaflow.submission.DutyService};
   * {@link DeadlineService#dueDays} leaves it out.
   */
  DUTY("Hạn thực hiện nhiệm vụ được phân công", false);

  private final String label;
  private final boolean upperCouncil;

  DeadlineKind(String label, boolean upperCouncil) {
    this.label = label;
    this.upperCouncil = upperCouncil;
  }

  /** Vietnamese label, for notifications and incidents. */
  public String label() {
    return label;
  }

  /** True when the task belongs to the upper council, so it escalates to the upper unit's chair and office. */
  public boolean escalatesToUpperUnit() {
    return upperCouncil;
  }
}

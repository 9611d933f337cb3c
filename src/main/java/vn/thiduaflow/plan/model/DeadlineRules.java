package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of a conference besides the nomination and dossier deadlines, and the reminder lead time. Optional
 * in a plan file, each entry on its own; a missing entry takes the workflow's default ({@link #withDefaults}), marked
 * {@code statedInPlan: false} with a clause that says so.
 *
 * @param councilVote by when the council meets and votes (họp Hội đồng xét chọn)
 * @param dossierReview how long the upper council has to review a dossier, from the day it is sent
 * @param resultsReport by when the conference's results are recorded and reported upward, from the conference day
 * @param reminder how long before each deadline its task's people are reminded
 */
public record DeadlineRules(@Valid DeadlineRule councilVote, @Valid TimeLimit dossierReview,
    @Valid TimeLimit resultsReport, @Valid TimeLimit reminder) {

  /** Council vote when neither the plan nor its schedule says: 20 calendar days before the conference. */
  public static final DeadlineRule DEFAULT_COUNCIL_VOTE = new DeadlineRule.DaysBefore(20, false,
      "Kế hoạch không quy định; mặc định: Hội đồng họp xét chọn chậm nhất 20 ngày trước Hội nghị (sau hạn đề cử, "
          + "trước hạn gửi hồ sơ)");
  /** Upper council's review time when the plan is silent: 5 working days from receipt. */
  public static final TimeLimit DEFAULT_DOSSIER_REVIEW = new TimeLimit(null, 5, false,
      "Kế hoạch không quy định; mặc định: Hội đồng cấp trên thẩm định trong 05 ngày làm việc kể từ ngày nhận hồ sơ");
  /** Results report when the plan is silent: 5 working days after the conference. */
  public static final TimeLimit DEFAULT_RESULTS_REPORT = new TimeLimit(null, 5, false,
      "Kế hoạch không quy định; mặc định: báo cáo kết quả Hội nghị lên cấp trên trong 05 ngày làm việc sau Hội nghị");
  /** Reminder lead when the plan is silent: 2 working days before each deadline. */
  public static final TimeLimit DEFAULT_REMINDER = new TimeLimit(null, 2, false,
      "Kế hoạch không quy định; mặc định: nhắc việc 02 ngày làm việc trước mỗi thời hạn");

  /**
   * Fills every missing entry: the council vote from the plan's dated schedule (step COUNCIL_VOTE, as a fixed date
   * with the schedule's clause) when it has one, else the defaults above.
   */
  public static DeadlineRules withDefaults(DeadlineRules given, List<ScheduleEntry> schedule) {
    DeadlineRules d = given == null ? new DeadlineRules(null, null, null, null) : given;
    DeadlineRule vote = d.councilVote;
    if (vote == null) {
      vote = schedule == null ? null : schedule.stream().filter(e -> e.step() == ScheduleStep.COUNCIL_VOTE)
          .findFirst().map(e -> DeadlineRule.fixed(e.end(), e.clause() + ": " + e.label()))
          .orElse(null);
    }
    return new DeadlineRules(vote != null ? vote : DEFAULT_COUNCIL_VOTE,
        d.dossierReview != null ? d.dossierReview : DEFAULT_DOSSIER_REVIEW,
        d.resultsReport != null ? d.resultsReport : DEFAULT_RESULTS_REPORT,
        d.reminder != null ? d.reminder : DEFAULT_REMINDER);
  }
}

package vn.thiduaflow.conference;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;

/**
 * Deadlines relative to a conference, in calendar days or, where a plan says so, working days
 * ({@link WorkingCalendar}). The dossier rule: approved by the upper council at least N
 * days before the conference (Lạng Sơn plan §IV.1: 15 days), or by a fixed date (Văn Yên: 27/3/2020).
 */
@Service
public class DossierRules {

  private final WorkingCalendar calendar;

  /** @param calendar the working days, for deadlines a plan counts in working days */
  public DossierRules(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The last day (inclusive) on which the dossier may be approved: conference date minus N calendar days, or the fixed
   * date. For a conference on 2025-03-31 and 15 days: 2025-03-16.
   */
  public LocalDate dossierDeadline(DeadlineRule rule, LocalDate conferenceDate) {
    return rule.deadlineFor(conferenceDate, calendar);
  }

  /** Whether approval on {@code approvedOn} meets the rule for a conference on {@code conferenceDate}. */
  public RuleResult dossierOnTime(DeadlineRule rule, LocalDate conferenceDate, LocalDate approvedOn) {
    LocalDate deadline = rule.deadlineFor(conferenceDate, calendar);
    boolean ok = approvedOn != null && !approvedOn.isAfter(deadline);
    String how = rule.describe(conferenceDate);
    return new RuleResult(Rule.DOSSIER_ON_TIME, ok, "approved " + approvedOn + (ok ? " on or before " : " after ")
        + "deadline " + deadline + " (" + how + ")", rule.clause());
  }

  /** Whether nominations sent on {@code submittedOn} meet the nomination deadline. */
  public RuleResult nominationsOnTime(DeadlineRule rule, LocalDate conferenceDate, LocalDate submittedOn) {
    LocalDate deadline = rule.deadlineFor(conferenceDate, calendar);
    boolean ok = !submittedOn.isAfter(deadline);
    return new RuleResult(Rule.NOMINATIONS_ON_TIME, ok, "nominations sent " + submittedOn + (ok ? " on or before "
        : " after ") + "deadline " + deadline, rule.clause());
  }
}

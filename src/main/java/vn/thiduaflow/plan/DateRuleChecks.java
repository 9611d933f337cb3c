package vn.thiduaflow.plan;

import java.util.List;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.DossierRule;
import vn.thiduaflow.plan.model.TimeLimit;

/**
 * The checks of one date rule shared by the check groups of {@link PlanReader}: a window's order, a deadline or time
 * limit given exactly one way, the council vote kept between nominations and dossier.
 */
final class DateRuleChecks {

  private DateRuleChecks() {}

  static void checkWindow(String field, DateWindow window, List<Problem> problems) {
    if (window.to().isBefore(window.from())) {
      problems.add(new Problem(field + ".to", "must not be before from (" + window.from() + ")"));
    }
  }

  static void checkTimeLimit(String field, TimeLimit limit, List<Problem> problems) {
    if ((limit.days() == null) == (limit.workingDays() == null)) {
      problems.add(new Problem(field, "set exactly one of days or workingDays"));
    }
  }

  /**
   * The deadline fields written beside others ({@link DossierRule}): exactly one given. (A {@link DeadlineRule} of its
   * own is given in one form or not read, {@link vn.thiduaflow.plan.model.OneFormDeserializer}.)
   */
  static void checkDeadline(String field, DossierRule rule, List<Problem> problems) {
    int set = (rule.daysBeforeConference() != null ? 1 : 0) + (rule.workingDaysBeforeConference() != null ? 1 : 0)
        + (rule.fixedDate() != null ? 1 : 0);
    if (set != 1) {
      problems.add(new Problem(field, "set exactly one of daysBeforeConference, workingDaysBeforeConference or fixedDate"));
    }
  }

  static void order(DeadlineRule other, DeadlineRule vote, String what, boolean voteAfter,
      List<Problem> problems) {
    Integer a = null;
    Integer b = null;
    if (other.daysBeforeConference() != null && vote.daysBeforeConference() != null) {
      a = -other.daysBeforeConference();
      b = -vote.daysBeforeConference();
    } else if (other.workingDaysBeforeConference() != null && vote.workingDaysBeforeConference() != null) {
      a = -other.workingDaysBeforeConference();
      b = -vote.workingDaysBeforeConference();
    } else if (other.fixedDate() != null && vote.fixedDate() != null) {
      a = (int) other.fixedDate().toEpochDay();
      b = (int) vote.fixedDate().toEpochDay();
    }
    if (a != null && (voteAfter ? b < a : b > a)) {
      problems.add(new Problem("deadlines.councilVote", "the council would vote " + (voteAfter ? "before " : "after ")
          + what + " (" + vote.describe() + " vs " + other.describe() + ")"));
    }
  }

  static String span(DateWindow w) {
    return w.from() + " … " + w.to();
  }
}

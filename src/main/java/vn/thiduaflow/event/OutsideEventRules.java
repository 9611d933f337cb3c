package vn.thiduaflow.event;

import java.time.LocalDate;
import vn.thiduaflow.plan.model.OutsideEvent;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.VietnameseDates;

/**
 * Rule {@link Rule#OUTSIDE_EVENT_ORDER}: a conference must be held strictly before (or strictly after) an outside event
 * the plan names, at the event's current date for the campaign. Calendar days; the event's own day is on neither side
 * (a conference "before the provincial Party congress" on the congress's first day is refused, the day before passes).
 * A pure function of its arguments.
 */
public final class OutsideEventRules {

  private OutsideEventRules() {}

  /**
   * Whether a conference on {@code conferenceDay} keeps the tier's order with the event.
   *
   * @param event the event's current date for the campaign, with the plan's date and the last change, if any
   * @param relation the tier's rule: BEFORE or AFTER, with its clause (the result's clause)
   * @param conferenceDay the conference's day; null fails ("no day yet")
   * @return the result with both dates, the event's name (Vietnamese) and the clause
   */
  public static RuleResult order(CurrentEvent event, OutsideEvent.Relation relation, LocalDate conferenceDay) {
    OutsideEvent.Order order = relation.relation();
    LocalDate eventDay = event.date();
    boolean ok = conferenceDay != null && order.allows(conferenceDay, eventDay);
    String side = order == OutsideEvent.Order.BEFORE ? "before" : "after";
    String detail = "conference on " + conferenceDay + (ok ? " is " : " is not ") + side + " " + event.event().code()
        + " on " + eventDay + (event.changed() ? " (changed from the plan's " + event.event().date() + ")" : "");
    String eventVi = event.event().name() + " (ngày " + VietnameseDates.day(eventDay)
        + (event.changed() ? ", Thường trực đã điều chỉnh từ ngày " + VietnameseDates.day(event.previousDate()) : "")
        + ")";
    String vi;
    if (ok) {
      vi = "hội nghị ngày " + VietnameseDates.day(conferenceDay) + " " + order.vietnamese() + " " + eventVi;
    } else {
      LocalDate limit = order == OutsideEvent.Order.BEFORE ? eventDay.minusDays(1) : eventDay.plusDays(1);
      vi = (conferenceDay == null ? "chưa có ngày hội nghị" : "hội nghị ngày " + VietnameseDates.day(conferenceDay)
          + " không " + order.vietnamese() + " " + eventVi) + ": phải tổ chức "
          + (order == OutsideEvent.Order.BEFORE ? "chậm nhất" : "sớm nhất") + " ngày " + VietnameseDates.day(limit);
    }
    return new RuleResult(Rule.OUTSIDE_EVENT_ORDER, ok, detail, relation.clause(), vi);
  }
}

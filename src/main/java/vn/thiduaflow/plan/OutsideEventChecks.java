package vn.thiduaflow.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.OutsideEvent;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierRules;

/** The plan's outside events and the tiers held before or after them, for {@link PlanReader}. */
final class OutsideEventChecks {

  /**
   * Outside events and the tiers held before or after them: event codes unique; every {@code relativeTo} names an
   * event of the plan; and the event's date leaves at least one day of the tier's window (and of the window of
   * each pilot whose conference follows the tier) on the required side — before: a day of the window strictly earlier than the event, after: one
   * strictly later — also with all of the tier's relations together. A plan whose window cannot be met is refused here
   * rather than every conference being refused at scheduling.
   */
  void check(Plan plan, Map<Integer, String> pilotTiers, List<Problem> problems) {
    Set<String> codes = new java.util.LinkedHashSet<>();
    for (int i = 0; i < plan.outsideEvents().size(); i++) {
      String code = plan.outsideEvents().get(i).code();
      if (!codes.add(code)) {
        problems.add(new Problem("outsideEvents[" + i + "].code", "code '" + code + "' is used twice"));
      }
    }
    java.util.Map<String, TierRules> tiers = new java.util.LinkedHashMap<>();
    tiers.put("ownConference", plan.ownConference());
    if (plan.lowerConferences() != null) {
      tiers.put("lowerConferences", plan.lowerConferences());
    }
    plan.levels().forEach((level, rules) -> tiers.put("levels." + level + ".conference", rules.conference()));
    tiers.forEach((field, tier) -> {
      java.util.Map<String, DateWindow> windows = new java.util.LinkedHashMap<>();
      windows.put(field + ".window", tier.window());
      pilotTiers.forEach((i, pilotTier) -> {
        if (pilotTier.equals(field)) {
          windows.put(PilotChecks.pilotField(plan, i) + ".window", plan.pilots().get(i).window());
        }
      });
      java.time.LocalDate earliest = null;
      java.time.LocalDate latest = null;
      boolean known = true;
      for (int i = 0; i < tier.relativeTo().size(); i++) {
        OutsideEvent.Relation relation = tier.relativeTo().get(i);
        String at = field + ".relativeTo[" + i + "]";
        OutsideEvent event = plan.outsideEvent(relation.event()).orElse(null);
        if (event == null) {
          problems.add(new Problem(at + ".event", "no outside event with code '" + relation.event() + "'; "
              + (codes.isEmpty() ? "the plan lists no outsideEvents" : "outsideEvents: " + codes)));
          known = false;
          continue;
        }
        for (var w : windows.entrySet()) {
          if (!possible(w.getValue(), relation.relation(), event.date())) {
            problems.add(new Problem(at, event.code() + " on " + event.date() + " leaves no day of " + w.getKey()
                + " (" + w.getValue().from() + " … " + w.getValue().to() + ") " + relation.relation().name()
                .toLowerCase(java.util.Locale.ROOT) + " it"));
          }
        }
        if (relation.relation() == OutsideEvent.Order.BEFORE) {
          java.time.LocalDate last = event.date().minusDays(1);
          latest = latest == null || last.isBefore(latest) ? last : latest;
        } else {
          java.time.LocalDate first = event.date().plusDays(1);
          earliest = earliest == null || first.isAfter(earliest) ? first : earliest;
        }
      }
      if (known && tier.relativeTo().size() > 1) {
        for (var w : windows.entrySet()) {
          java.time.LocalDate from = earliest != null && earliest.isAfter(w.getValue().from()) ? earliest
              : w.getValue().from();
          java.time.LocalDate to = latest != null && latest.isBefore(w.getValue().to()) ? latest : w.getValue().to();
          if (from.isAfter(to) && tier.relativeTo().stream().allMatch(r -> possible(w.getValue(), r.relation(),
              plan.outsideEvent(r.event()).orElseThrow().date()))) {
            problems.add(new Problem(field + ".relativeTo", "together the events leave no day of " + w.getKey()
                + " (" + w.getValue().from() + " … " + w.getValue().to() + "): after them from " + earliest
                + ", before them until " + latest));
          }
        }
      }
    });
  }

  /** Whether some day of the window lies strictly before (or after) an event on {@code eventDay}. */
  private static boolean possible(DateWindow window, OutsideEvent.Order order, java.time.LocalDate eventDay) {
    return order == OutsideEvent.Order.BEFORE ? window.from().isBefore(eventDay) : window.to().isAfter(eventDay);
  }
}

package vn.thiduaflow.simulation;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.rule.RuleDecision;

/** Prints a simulation's timeline and outcome for a person to read. */
public final class SimulationReport {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private SimulationReport() {}

  /** Prints the timeline, conferences with names and delegates, rule decisions, escalations and the totals. */
  public static void print(SimulationResult r, PrintStream out) {
    out.println("=== Mô phỏng chiến dịch / Campaign simulation: " + r.planId() + " ===");
    out.println();
    out.println("--- Diễn biến / Timeline ---");
    for (var e : r.timeline()) {
      out.printf("%s  %-28s %s%n", TIME.format(e.at()), e.unit(), e.what());
    }
    out.println();
    out.println("--- Hội nghị / Conferences ---");
    for (Conference c : r.conferences()) {
      out.printf("* %s%s — %s, %s; %d staff%s → %s; delegates %d (%d exemplars + %d guests); dossier approved %s%s; "
              + "held %s, %d present%n",
          c.getUnitName(), c.isPilot() ? " [pilot]" : "", c.getForm() == null ? "-" : c.getForm().label(),
          c.getScheduledOn(), c.getStaffCount(), c.isStaffCountSample() ? " (sample)" : "",
          c.getAttendanceMode() == null ? "-" : c.getAttendanceMode().label(), c.totalDelegates(),
          c.getExemplarDelegates(), c.getGuestDelegates(), c.getDossierApprovedOn(),
          Boolean.FALSE.equals(c.getDossierOnTime()) ? " (LATE)" : "", c.getHeldOn(), c.getAttendeeCount());
      out.println("    " + (c.getOfficialName() == null ? "" : c.getOfficialName().replace("\n", " | ")));
    }
    out.println();
    out.println("--- Quyết định theo quy tắc / Rule decisions (passed/failed by rule) ---");
    Map<String, int[]> byRule = new TreeMap<>();
    for (RuleDecision d : r.decisions()) {
      byRule.computeIfAbsent(d.getRule().name(), k -> new int[2])[d.isPassed() ? 0 : 1]++;
    }
    byRule.forEach((rule, n) -> out.printf("  %-22s %4d passed %4d failed%n", rule, n[0], n[1]));
    out.println();
    out.println("--- Leo thang / Escalations ---");
    r.escalations().forEach(e -> out.printf("  %s  conference %d  %s due %s → %s%n", TIME.format(e.getEscalatedAt()),
        e.getConferenceId(), e.getDeadline(), e.getDueOn(), e.getEscalatedTo()));
    out.println();
    out.println("--- Đại biểu đi dự cấp trên / Delegates to the upper level ---");
    r.delegates().forEach(d -> out.printf("  %-45s %-9s from %-28s to %s%n", d.getDelegateName(), d.getKind(),
        d.getOriginUnitName(), d.getTargetUnitName()));
    out.println();
    out.printf("Outcome: %s; %d conferences held, %d rule failures, %d escalations, %d dossier returns, "
            + "%d delegates to upper levels%n", r.completed() ? "campaign completed and reported" : "NOT COMPLETED",
        r.conferences().stream().filter(c -> c.getHeldOn() != null).count(),
        r.decisions().stream().filter(d -> !d.isPassed()).count(), r.escalations().size(), r.dossierReturns(),
        r.delegates().size());
  }
}

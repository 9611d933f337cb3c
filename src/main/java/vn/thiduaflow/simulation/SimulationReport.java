package vn.thiduaflow.simulation;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.thiduaflow.campaign.LowerReport;
import vn.thiduaflow.campaign.LowerReportStatus;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.rule.RuleDecision;
import vn.thiduaflow.system.VietnameseDates;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Prints a simulation for a person to read: the pilots first with their windows, per-level counts and dates, the
 * tries of the day before each window opens, the submissions with their deadlines, the quotas the standing offices
 * decided, the delegates that reached the top, rule decisions, escalations (with their unit), waivers, run time and
 * peak memory. Small chains (at most {@value #DETAIL_LIMIT} conferences)
 * also get the full timeline, every conference and every delegate; larger ones the first and last lines of the
 * timeline.
 */
public final class SimulationReport {

  /** Up to this many conferences the report lists everything. */
  static final int DETAIL_LIMIT = 40;


  private SimulationReport() {}

  /**
   * The pilots first (issue 22): each pilot's conference with its own window, the day it was held and the plan's
   * clause, and how many units of its level were invited to learn from it; nothing when the plan names none.
   */
  static void printPilots(SimulationResult r, PrintStream out) {
    if (r.pilots().isEmpty()) {
      return;
    }
    out.println("--- Đơn vị chỉ đạo điểm / Pilots (held first, each in its own window): " + r.pilots().size() + " ---");
    for (SimulationResult.PilotWindow p : r.pilots()) {
      Conference c = p.conference();
      long invited = r.notifications().stream().filter(n -> n.getKind() == NotificationKind.PILOT_INVITATION
          && c.getId().equals(n.getConferenceId())).count();
      out.printf("* %s (%s) — window %s … %s; held %s; %d units of its level invited [%s]%n", c.getUnitName(),
          c.getUnitLevel() == null ? "-" : c.getUnitLevel().label(), p.window().from(), p.window().to(),
          c.getHeldOn() == null ? "-" : c.getHeldOn(), invited, p.clause());
    }
    out.println();
  }

  /**
   * Each conference's try of the day before its window opens (issue 22): the unit, its window, the day tried and the
   * rule that refused it with its clause; every try when the chain is small, else a count per refusing rule and the
   * first {@value #DETAIL_LIMIT}.
   */
  static void printWindowProbes(SimulationResult r, PrintStream out) {
    if (r.windowProbes().isEmpty()) {
      return;
    }
    long refused = r.windowProbes().stream().filter(p -> p.refusal() != null).count();
    out.println("--- Thử ngày trước thời gian tổ chức / Tries of the day before each window opens: "
        + r.windowProbes().size() + " (" + refused + " refused) ---");
    r.windowProbes().stream().limit(DETAIL_LIMIT).forEach(p -> out.printf("  %s  %-28s window %s … %s; tried %s → %s%n",
        VietnameseDates.minute(p.at()), p.unitName(), p.window().from(), p.window().to(), p.triedOn(), p.refusal() == null
            ? "ACCEPTED" : "refused by " + p.refusal().rule() + " [" + p.refusal().clause() + "]"));
    if (r.windowProbes().size() > DETAIL_LIMIT) {
      out.println("  … " + (r.windowProbes().size() - DETAIL_LIMIT) + " more");
    }
    out.println();
  }

  /**
   * What the units sent before their conferences (issue 22): per conference each submission's title, recipient, due
   * day (inclusive) and the day it was sent, LATE when sent after its due day; nothing when the plan asks for none.
   */
  static void printSubmissions(SimulationResult r, PrintStream out) {
    if (r.submissions().isEmpty()) {
      return;
    }
    Map<Long, String> names = r.conferences().stream()
        .collect(Collectors.toMap(Conference::getId, Conference::getUnitName, (a, b) -> a));
    long late = r.submissions().stream().filter(SimulationReport::sentLate).count();
    out.println("--- Hồ sơ gửi trước hội nghị / Submissions with their deadlines: " + r.submissions().size() + " ("
        + late + " late) ---");
    r.submissions().stream().limit(detailed(r) ? Long.MAX_VALUE : DETAIL_LIMIT).forEach(s -> out.printf(
        "  %-28s %s → %s; due %s; sent %s%s%n", names.get(s.getConferenceId()), s.getTitle(), s.getRecipient(),
        s.getDueOn(), s.getSentAt() == null ? "-" : s.getSentAt().toLocalDate(), sentLate(s) ? " (LATE)" : ""));
    out.println();
  }

  private static boolean sentLate(vn.thiduaflow.submission.ConferenceSubmission s) {
    return s.getDueOn() != null && (s.getSentAt() == null || s.getSentAt().toLocalDate().isAfter(s.getDueOn()));
  }

  private static boolean detailed(SimulationResult r) {
    return r.conferences().size() <= DETAIL_LIMIT;
  }

  /**
   * The delegate quotas the standing offices decided while the campaigns ran (issue 22, {@code decidedByStandingOffice}):
   * per campaign the lower unit, the collectives and individuals decided, by whom and when; nothing when every quota is
   * the plan's own.
   */
  static void printDecidedQuotas(SimulationResult r, PrintStream out) {
    if (r.quotas().isEmpty()) {
      return;
    }
    Map<Long, String> issuers = r.campaigns().stream()
        .collect(Collectors.toMap(vn.thiduaflow.campaign.Campaign::getId,
            vn.thiduaflow.campaign.Campaign::getIssuerName, (a, b) -> a));
    out.println("--- Số đại biểu do Thường trực Hội đồng phân bổ / Quotas as decided: " + r.quotas().size() + " ---");
    r.quotas().forEach(q -> out.printf("  %-28s %-28s %d tập thể + %d cá nhân; decided by %s on %s%n",
        issuers.get(q.getCampaignId()), q.getUnitName(), q.getCollectives(), q.getIndividuals(), q.getDecidedBy(),
        q.getDecidedAt() == null ? "-" : q.getDecidedAt().toLocalDate()));
    out.println();
  }

  /** Prints the report of one simulation. */
  public static void print(SimulationResult r, PrintStream out) {
    boolean detail = r.conferences().size() <= DETAIL_LIMIT;
    out.println("=== Mô phỏng chiến dịch / Campaign simulation: " + r.planId() + " ===");
    out.println();
    printPilots(r, out);
    printWindowProbes(r, out);
    printSubmissions(r, out);
    printDecidedQuotas(r, out);
    out.println("--- Diễn biến / Timeline" + (detail ? "" : " (first and last 25 of " + r.timeline().size()
        + " lines, and every timer, escalation, failed rule and chair's decision on a missing report)") + " ---");
    List<SimulationResult.TimelineEntry> lines = r.timeline();
    boolean skipped = false;
    for (int i = 0; i < lines.size(); i++) {
      var e = lines.get(i);
      if (detail || i < 25 || i >= lines.size() - 25 || notable(e.what())) {
        if (skipped) {
          out.println("  …");
          skipped = false;
        }
        out.printf("%s  %-28s %s%n", VietnameseDates.minute(e.at()), e.unit(), e.what());
      } else {
        skipped = true;
      }
    }
    out.println();
    if (detail) {
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
    }
    out.println("--- Theo cấp / Per level ---");
    out.printf("  %-26s %9s %11s %9s %-25s %-25s%n", "level", "campaigns", "conferences", "held", "held from … to",
        "dossiers late");
    Map<UnitLevel, List<Conference>> byLevel = r.conferences().stream()
        .collect(Collectors.groupingBy(c -> c.getUnitLevel() == null ? UnitLevel.COMMUNE : c.getUnitLevel(),
            () -> new EnumMap<>(UnitLevel.class), Collectors.toList()));
    Map<UnitLevel, Long> campaignsByLevel = r.campaigns().stream()
        .collect(Collectors.groupingBy(c -> c.getUnitLevel() == null ? UnitLevel.NATION : c.getUnitLevel(),
            () -> new EnumMap<>(UnitLevel.class), Collectors.counting()));
    byLevel.forEach((level, list) -> {
      var held = list.stream().map(Conference::getHeldOn).filter(Objects::nonNull).sorted().toList();
      long late = list.stream().filter(c -> Boolean.FALSE.equals(c.getDossierOnTime())).count();
      out.printf("  %-26s %9d %11d %9d %-25s %-25s%n", level.label(), campaignsByLevel.getOrDefault(level, 0L),
          list.size(), held.size(), held.isEmpty() ? "-" : held.get(0) + " … " + held.get(held.size() - 1),
          late + " late");
    });
    out.println();
    out.println("--- Báo cáo của cấp dưới / Lower reports ---");
    Map<LowerReportStatus, Long> statuses = r.lowerReports().stream()
        .collect(Collectors.groupingBy(LowerReport::getStatus, () -> new EnumMap<>(LowerReportStatus.class),
            Collectors.counting()));
    out.println("  " + statuses);
    r.lowerReports().stream().filter(x -> x.getStatus() != LowerReportStatus.RECEIVED).forEach(x -> out.printf(
        "  %-28s %-8s due %s%s%s%n", x.getUnitName(), x.getStatus(), x.getDueOn(),
        x.getWaiverReason() == null ? "" : "; waived by " + x.getWaivedBy() + " on " + x.getWaivedAt().toLocalDate()
            + ": " + x.getWaiverReason(),
        x.getReceivedAt() == null ? "" : "; arrived " + x.getReceivedAt().toLocalDate()));
    out.println();
    out.println("--- Quyết định theo quy tắc / Rule decisions (passed/failed by rule) ---");
    Map<String, int[]> byRule = new TreeMap<>();
    for (RuleDecision d : r.decisions()) {
      byRule.computeIfAbsent(d.getRule().name(), k -> new int[3])[d.isPassed() ? 0 : 1]++;
    }
    for (var refusal : r.refusals()) {
      byRule.computeIfAbsent(refusal.result().rule().name(), k -> new int[3])[2]++;
    }
    byRule.forEach((rule, n) -> out.printf("  %-22s %6d passed %5d failed %5d refused at submission%n", rule, n[0],
        n[1], n[2]));
    out.println();
    out.println("--- Leo thang / Escalations: " + r.escalations().size() + " ---");
    Map<Long, String> units = r.conferences().stream()
        .collect(Collectors.toMap(Conference::getId, Conference::getUnitName, (a, b) -> a));
    r.escalations().stream().limit(detail ? Long.MAX_VALUE : 10).forEach(e -> out.printf(
        "  %s  conference %d  %-28s %s due %s → %s%n", VietnameseDates.minute(e.getEscalatedAt()), e.getConferenceId(),
        units.getOrDefault(e.getConferenceId(), "?"), e.getDeadline(), e.getDueOn(), e.getEscalatedTo()));
    out.println();
    Map<String, Long> byKind = new TreeMap<>();
    r.notifications().forEach(n -> byKind.merge(n.getKind() + (n.getDeadline() == null ? "" : " " + n.getDeadline()),
        1L, Long::sum));
    out.println("--- Thông báo / Notifications (reminders, escalations, progress reports): " + r.notifications().size()
        + " ---");
    byKind.forEach((kind, n) -> out.printf("  %-36s %6d%n", kind, n));
    out.println();
    if (detail) {
      out.println("--- Đại biểu đi dự cấp trên / Delegates to the upper level ---");
      r.delegates().forEach(d -> out.printf("  %-45s %-9s from %-28s to %s%n", d.getDelegateName(), d.getKind(),
          d.getOriginUnitName(), d.getTargetUnitName()));
      out.println();
    }
    if (detail && !r.commendations().isEmpty()) {
      out.println("--- Quyết định khen thưởng / Commendation decisions ---");
      r.commendations().forEach(c -> out.printf("  %-30s Quyết định số %-14s ngày %s  %s — %d Giấy khen%n",
          c.unitName(), c.decision().getSymbol(), vn.thiduaflow.system.VietnameseDates.day(c.decision().getDecidedOn()),
          c.decision().getAwardLabel(), c.certificates()));
      out.println();
    }
    printTop(r, out);
    out.printf("Outcome: %s; %d campaigns, %d conferences held, %d rule failures, %d forms refused, %d escalations, "
            + "%d dossier returns, "
            + "%d waivers, %d delegates to upper levels, %d reached the top%n",
        r.completed() ? "campaign completed and reported" : "NOT COMPLETED", r.campaigns().size(),
        r.conferences().stream().filter(c -> c.getHeldOn() != null).count(),
        r.decisions().stream().filter(d -> !d.isPassed()).count(), r.refusals().size(), r.escalations().size(),
        r.dossierReturns(),
        statuses.getOrDefault(LowerReportStatus.WAIVED, 0L) + statuses.getOrDefault(LowerReportStatus.LATE, 0L),
        r.delegates().size(), r.topDelegates().size());
    if (!r.commendations().isEmpty()) {
      out.printf("Commendation: %d decisions numbered by their authorities' registers, %d certificates%n",
          r.commendations().size(), r.commendations().stream().mapToInt(SimulationResult.Commended::certificates).sum());
    }
    LocalDate first = r.timeline().isEmpty() ? null : r.timeline().get(0).at().toLocalDate();
    LocalDate last = r.timeline().isEmpty() ? null : r.timeline().get(r.timeline().size() - 1).at().toLocalDate();
    out.printf("Engine time %s … %s; run time %.1f s (in the engine's transactions %.1f s, the simulator's own reads "
        + "and planning %.1f s); peak heap %d MiB%n", first, last, r.runMillis() / 1000.0, r.engineMillis() / 1000.0,
        (r.runMillis() - r.engineMillis()) / 1000.0, r.peakHeapBytes() / (1024 * 1024));
  }

  private static boolean notable(String what) {
    return what.startsWith("⏰") || what.startsWith("⚠") || what.startsWith("✗") || what.contains("LOWER_REPORTS")
        || what.contains("DELEGATIONS") || what.contains("chưa báo cáo") || what.contains("TRẢ LẠI");
  }

  /** The delegates that reached the top conference: how many, from which delegations and levels, a sample. */
  private static void printTop(SimulationResult r, PrintStream out) {
    List<Nomination> top = r.topDelegates();
    out.println("--- Đại biểu về đến cấp cao nhất / Delegates that reached the top: " + top.size() + " ---");
    if (top.isEmpty()) {
      out.println();
      return;
    }
    Map<String, Long> byKind = top.stream().collect(Collectors.groupingBy(n -> n.getKind().name(), TreeMap::new,
        Collectors.counting()));
    out.println("  by kind: " + byKind);
    Map<String, Long> byOrigin = top.stream().collect(Collectors.groupingBy(
        n -> n.getOriginUnitName() == null ? "(own)" : n.getOriginUnitName(), Collectors.counting()));
    out.println("  units of origin: " + byOrigin.size() + " distinct");
    // a sample: the first delegate of each of the first 12 units of origin
    Map<String, Nomination> firstPerOrigin = new java.util.LinkedHashMap<>();
    top.forEach(n -> firstPerOrigin.putIfAbsent(n.getOriginUnitName() == null ? "(own)" : n.getOriginUnitName(), n));
    firstPerOrigin.values().stream().limit(12).forEach(n -> out.printf("  %-45s %-10s origin %s%n", n.getNomineeName(),
        n.getKind(), n.getOriginUnitName()));
    if (top.size() > 12) {
      out.println("  … " + (top.size() - Math.min(12, firstPerOrigin.size())) + " more");
    }
    out.println();
  }
}

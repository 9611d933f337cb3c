package vn.thiduaflow.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thiduaflow.calendar.CalendarYearMissingException;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.IssueDate;
import vn.thiduaflow.plan.model.Organization;
import vn.thiduaflow.plan.model.PilotRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ReportDeadlineRule;
import vn.thiduaflow.plan.model.ScheduleEntry;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.plan.model.TierDeadlines;
import vn.thiduaflow.plan.model.TierRules;
import vn.thiduaflow.plan.model.TimeLimit;
import vn.thiduaflow.unit.AdministrativeUnit;
import vn.thiduaflow.unit.UnitDirectory;
import vn.thiduaflow.unit.UnitLevel;

/** The calendar years a plan reaches, checked against the public-holiday calendar, for {@link PlanReader}. */
final class PlanYearCoverage {

  private final UnitDirectory units;
  private final WorkingCalendar calendar;

  PlanYearCoverage(UnitDirectory units, WorkingCalendar calendar) {
    this.units = units;
    this.calendar = calendar;
  }

  /**
   * Every calendar year the plan reaches has its public holidays in the {@link WorkingCalendar}, so that no deadline,
   * reminder or timer fails mid-campaign for want of a calendar (issue 22: a 2014 plan validated, then failed because
   * no year before 2019 was configured). A plan reaches:
   *
   * <ul>
   *   <li>the month, or day, it was issued ({@code issuedOn});
   *   <li>every day of each conference window ({@code ownConference}, {@code lowerConferences},
   *       {@code levels.<LEVEL>.conference}, {@code pilot}) and of each {@code schedule} entry;
   *   <li>each fixed deadline ({@code nominationDeadline}, {@code deadlines.councilVote}, {@code dossier},
   *       {@code lowerReports}, {@code submissions[].due});
   *   <li>the deadlines counted back from a conference day ({@code nominationDeadline}, {@code deadlines.councilVote},
   *       {@code dossier}, {@code submissions[].due}; a tier's or level's own {@code deadlines} where it has them:
   *       calendar days, or working days counted on the calendar itself) for the first and the last day of each
   *       window — a working-day count before a January window can cross into the year before;
   *   <li>the limits counted forward: {@code deadlines.resultsReport} (or the tier's own) from a conference day,
   *       {@code deadlines.dossierReview} from the day the dossier is sent and {@code submissions[].due.daysAfterStep}
   *       from a step, any day from the issue to the window's last day;
   *   <li>before each of those deadlines, its reminder ({@code deadlines.reminder}; 2 working days when the plan is
   *       silent, so a plan without any working-day rule needs the calendar too).
   * </ul>
   *
   * A working-day count that runs into a missing year is refused there; as its end cannot be counted, it is taken to
   * reach at most twice its count plus 14 calendar days (a 9-day Tết break and the weekends around it). One problem per
   * missing year, on the first field that reaches it (windows, then schedule, issue and deadlines), naming the others
   * too and
   * {@code thiduaflow.calendar.extra-file}.
   */
  void check(Plan plan, List<Problem> problems) {
    YearReach reach = new YearReach();
    IssueDate issued = plan.issuedOn();
    List<Tier> tiers = new ArrayList<>();
    tiers.add(new Tier("ownConference", plan.ownConference(), plan.ownConference().window()));
    if (plan.lowerConferences() != null) {
      tiers.add(new Tier("lowerConferences", plan.lowerConferences(), plan.lowerConferences().window()));
    }
    new TreeMap<>(plan.levels()).forEach((level, rules) ->
        tiers.add(new Tier("levels." + level + ".conference", rules.conference(), rules.conference().window())));
    for (int i = 0; i < plan.pilots().size(); i++) { // each pilot: its level's rules, its own window(s)
      PilotRule pilot = plan.pilots().get(i);
      if (pilot == null || pilot.window() == null) {
        continue; // reported by validation
      }
      UnitLevel level = plan.organizations().stream().filter(o -> o.code().equals(pilot.unitCode())).findFirst()
          .map(Organization::kind).orElseGet(() -> units.find(plan.issuer().adminStructure(), pilot.unitCode())
              .map(AdministrativeUnit::level).orElse(null));
      String rulesField = level != null && plan.levels().containsKey(level) ? "levels." + level + ".conference"
          : plan.lowerConferences() != null ? "lowerConferences" : "ownConference";
      TierRules pilotRules = level != null && plan.levels().containsKey(level) ? plan.levels().get(level).conference()
          : plan.lowerConferences() != null ? plan.lowerConferences() : plan.ownConference();
      String field = PilotChecks.pilotField(plan, i);
      tiers.add(new Tier(field, pilotRules, pilot.window(), rulesField));
      if (pilot.lowerWindow() != null) {
        tiers.add(new Tier(field + ".lower", pilotRules, pilot.lowerWindow(), rulesField));
      }
    }
    for (Tier t : tiers) {
      reach.span(t.windowField(), "conferences " + t.window().from() + " – " + t.window().to(), t.window().from(),
          t.window().to());
    }
    for (int i = 0; i < plan.schedule().size(); i++) {
      ScheduleEntry e = plan.schedule().get(i);
      reach.span("schedule[" + i + "]", e.step() + " " + e.from() + " – " + e.end(), e.from(), e.end());
    }
    reach.span("issuedOn", "issued " + issued, issued.firstDay(), issued.lastDay());
    TimeLimit lead = plan.deadlines().reminder();
    for (Tier t : tiers) {
      TierDeadlines own = t.rules().deadlines();
      beforeConference(reach, lead, t, own != null && own.nominationDeadline() != null
          ? t.rulesField() + ".deadlines.nominationDeadline" : "nominationDeadline", plan.nominationDeadlineFor(t.rules()));
      beforeConference(reach, lead, t, own != null && own.councilVote() != null
          ? t.rulesField() + ".deadlines.councilVote" : "deadlines.councilVote", plan.councilVoteFor(t.rules()));
      beforeConference(reach, lead, t, own != null && own.dossier() != null
          ? t.rulesField() + ".deadlines.dossier" : "dossier", plan.dossierDeadlineFor(t.rules()));
      afterConference(reach, lead, own != null && own.resultsReport() != null
          ? t.rulesField() + ".deadlines.resultsReport" : "deadlines.resultsReport", plan.resultsReportFor(t.rules()),
          t.window().from(), t.window().to(), "a conference in " + t.windowField());
      // the dossier can be sent any day from the issue to the conference; the review is counted from that day
      LocalDate sentFirst = issued.firstDay().isBefore(t.window().to()) ? issued.firstDay() : t.window().to();
      afterConference(reach, lead, "deadlines.dossierReview", plan.deadlines().dossierReview(), sentFirst,
          t.window().to(), "a dossier sent from " + sentFirst + " to " + t.window().to());
      for (var entry : dues(plan).entrySet()) { // the submissions' and the duties' (issue 22)
        SubmissionRule.Due due = entry.getValue();
        String field = entry.getKey();
        if (due.daysAfterStep() != null) { // a step of the conference's preparation: from the issue to its day
          LocalDate last = t.window().to().plusDays(due.daysAfterStep().days());
          reach.span(field + ".daysAfterStep", due.describe() + " (" + t.windowField() + "): up to " + last,
              sentFirst, last);
          remind(reach, lead, field + ".daysAfterStep", sentFirst, last);
        } else if (due.fixedDate() == null) {
          beforeConference(reach, lead, t, field, DeadlineRule.of(due.daysBeforeConference(),
              due.workingDaysBeforeConference(), null, true, "-"));
        }
      }
    }
    for (var entry : dues(plan).entrySet()) {
      LocalDate fixed = entry.getValue().fixedDate();
      if (fixed != null) {
        reach.span(entry.getKey() + ".fixedDate", "due " + fixed, fixed, fixed);
        remind(reach, lead, entry.getKey() + ".fixedDate", fixed, fixed);
      }
    }
    ReportDeadlineRule reports = plan.lowerReports();
    if (reports != null && (reports.fixedDate() != null || reports.daysAfterLowerWindow() != null)) {
      String field = reports.fixedDate() != null ? "lowerReports.fixedDate" : "lowerReports.daysAfterLowerWindow";
      for (Tier t : tiers) {
        if (!t.field().equals("ownConference") && !t.field().equals("pilot")) {
          LocalDate due = reports.dueFor(t.window().to());
          reach.span(field, "lower reports due " + due + " (" + t.windowField() + ")", due, due);
        }
      }
    }
    reach.report(problems);
  }

  /** The due rules of the plan's submissions and duties by their field ("submissions[0].due", "duties[1].due"). */
  private static Map<String, SubmissionRule.Due> dues(Plan plan) {
    Map<String, SubmissionRule.Due> dues = new java.util.LinkedHashMap<>();
    for (int i = 0; i < plan.submissions().size(); i++) {
      dues.put("submissions[" + i + "].due", plan.submissions().get(i).due());
    }
    for (int i = 0; i < plan.duties().size(); i++) {
      dues.put("duties[" + i + "].due", plan.duties().get(i).due());
    }
    return dues;
  }

  /**
   * The conferences of one tier for {@link #check}: the field of its rules, the rules, its window, and the
   * field its deadlines are named under when they are the tier's own.
   */
  private record Tier(String field, TierRules rules, DateWindow window, String rulesField) {

    Tier(String field, TierRules rules, DateWindow window) {
      this(field, rules, window, field);
    }

    String windowField() {
      return field.endsWith(".lower") ? field + "Window" : field + ".window"; // a pilot's lowerWindow
    }
  }

  /** A deadline counted back from the conference day (or fixed), for the first and last day of the tier's window. */
  private void beforeConference(YearReach reach, TimeLimit lead, Tier t, String name, DeadlineRule rule) {
    if (rule.fixedDate() != null) { // one form; a dossier giving more than one is refused by checkDeadline
      String field = name + ".fixedDate";
      reach.span(field, "due " + rule.fixedDate(), rule.fixedDate(), rule.fixedDate());
      remind(reach, lead, field, rule.fixedDate(), rule.fixedDate());
      return;
    }
    String field = name + (rule.workingDaysBeforeConference() != null ? ".workingDaysBeforeConference"
        : ".daysBeforeConference");
    LocalDate first = dueBefore(rule, t.window().from(), field, reach);
    LocalDate last = dueBefore(rule, t.window().to(), field, reach);
    reach.span(field, rule.describe() + " in " + t.windowField() + ": " + first + " – " + last, first, last);
    remind(reach, lead, field, first, last);
  }

  /** A limit counted forward from any day between {@code from} and {@code to}, and its reminder. */
  private void afterConference(YearReach reach, TimeLimit lead, String field, TimeLimit limit,
      LocalDate from, LocalDate to, String what) {
    LocalDate first = dueAfter(limit, from, field, reach);
    LocalDate last = dueAfter(limit, to, field, reach);
    reach.span(field, limit.describe() + " after " + what + ": " + first + " – " + last, first, last);
    remind(reach, lead, field, first, last);
  }

  /** The reminder days before deadlines due between {@code first} and {@code last}. */
  private void remind(YearReach reach, TimeLimit lead, String deadlineField, LocalDate first, LocalDate last) {
    String what = lead.describe() + " before " + deadlineField;
    LocalDate from = lead.workingDays() != null ? count(first, -lead.workingDays(), "deadlines.reminder", what, reach)
        : lead.days() != null ? first.minusDays(lead.days()) : first;
    LocalDate to = lead.workingDays() != null ? count(last, -lead.workingDays(), "deadlines.reminder", what, reach)
        : lead.days() != null ? last.minusDays(lead.days()) : last;
    reach.span("deadlines.reminder", what + ": " + from + " – " + to, from, to);
  }

  /** The deadline for a conference on this day; the day itself for a rule that sets no count (refused elsewhere). */
  private LocalDate dueBefore(DeadlineRule rule, LocalDate conference, String field, YearReach reach) {
    return rule.workingDaysBeforeConference() != null
        ? count(conference, -rule.workingDaysBeforeConference(), field, rule.describe(conference), reach)
        : rule.daysBeforeConference() != null ? conference.minusDays(rule.daysBeforeConference()) : conference;
  }

  /** The last day of a limit from {@code start}; {@code start} for a limit that sets no count (refused elsewhere). */
  private LocalDate dueAfter(TimeLimit limit, LocalDate start, String field, YearReach reach) {
    return limit.workingDays() != null
        ? count(start, limit.workingDays(), field, limit.describe() + " after " + start, reach)
        : limit.days() != null ? start.plusDays(limit.days()) : start;
  }

  /**
   * {@link WorkingCalendar#plusWorkingDays}; when the count runs into a year the calendar lacks, that year is reached
   * and the end is estimated as |n| × 2 + 14 calendar days from {@code from}.
   */
  private LocalDate count(LocalDate from, int n, String field, String what, YearReach reach) {
    try {
      return calendar.plusWorkingDays(from, n);
    } catch (CalendarYearMissingException e) {
      reach.year(e.day().getYear(), field, what + ", counted into " + e.day());
      return from.plusDays((n < 0 ? -1L : 1L) * (Math.abs((long) n) * 2 + 14));
    }
  }

  /** The fields that reach each year the calendar lacks, the first reach of each field with its detail. */
  private final class YearReach {

    private final Map<Integer, Map<String, String>> missing = new TreeMap<>();

    /** Every year from {@code a} to {@code b} (either order) is reached by {@code field}. */
    void span(String field, String what, LocalDate a, LocalDate b) {
      LocalDate from = a.isAfter(b) ? b : a;
      LocalDate to = a.isAfter(b) ? a : b;
      for (int y = from.getYear(); y <= to.getYear(); y++) {
        year(y, field, what);
      }
    }

    void year(int year, String field, String what) {
      if (!calendar.covers(year)) {
        missing.computeIfAbsent(year, y -> new LinkedHashMap<>()).putIfAbsent(field, what);
      }
    }

    void report(List<Problem> problems) {
      missing.forEach((year, fields) -> {
        var first = fields.entrySet().iterator().next();
        List<String> others = fields.keySet().stream().skip(1).toList();
        problems.add(new Problem(first.getKey(), "reaches " + year + " (" + first.getValue() + ")"
            + (others.isEmpty() ? "" : "; so do " + String.join(", ", others))
            + ", but the public-holiday calendar has no " + year + " (it has " + spans(calendar.years())
            + "), so working days and reminders there cannot be counted: add " + year + "'s days off from its "
            + "announcement to " + WorkingCalendar.BUNDLED + " or to the file given with "
            + "thiduaflow.calendar.extra-file"));
      });
    }
  }

  /** "2010–2026", or "2010–2020, 2022" for years with a gap. */
  private static String spans(List<Integer> years) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < years.size(); ) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
        j++;
      }
      parts.add(i == j ? String.valueOf(years.get(i)) : years.get(i) + "–" + years.get(j));
      i = j + 1;
    }
    return parts.isEmpty() ? "no year" : String.join(", ", parts);
  }
}

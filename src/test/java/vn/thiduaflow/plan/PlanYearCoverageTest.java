package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DeadlineRules;
import vn.thiduaflow.plan.model.IssueDate;
import vn.thiduaflow.plan.model.Plan;

/**
 * Every year a plan reaches is checked at load (issue 22): a plan that would count working days or remind in a year
 * the public-holiday calendar lacks (2009 and earlier, 2027 and later) is refused with one problem per year, naming
 * the field that reaches it, instead of validating and failing mid-campaign.
 */
class PlanYearCoverageTest {

  /** Xã Bình An's plan (27/KH-UBND) cut to its rules, with the dates and deadlines each test sets. */
  private static final String PLAN = """
      id: coverage-test
      number: "27/KH-UBND"
      issuedOn: %s
      title: "Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Bình An"
      source: "test fixture"
      issuer: { adminStructure: THREE_LEVEL, unitCode: "21064", name: "Xã Bình An" }
      term: "2010 - 2015"
      ownConference:
        clause: "§II.2"
        forms: [EXEMPLAR_COMMENDATION_CONFERENCE]
        window: { from: %s, to: %s, clause: "§II.2" }
        duration: ONE_SESSION
        delegateCap: { value: 150, clause: "§II.2" }
      programme:
        clause: "§II.3"
        items:
          - { code: OPENING, label: "Khai mạc" }
          - { code: CLOSING, label: "Bế mạc" }
      officialName: { clause: "§I", templates: { default: "Hội nghị {unit}, ngày {day}/{month}/{year}" } }
      dossier: { %s, clause: "§IV.1" }
      nominationDeadline: { %s, clause: "§IV.2" }
      reporting: { frequency: AFTER_CONFERENCE, recipient: "Phòng Nội vụ huyện Bình Sơn", clause: "Nơi nhận" }
      councilVote: { thresholdPercent: 50, comparison: MORE_THAN, clause: "Quy chế" }
      %s
      """;

  private static String plan(String issuedOn, String from, String to, String dossier, String nominations,
      String more) {
    return PLAN.formatted(issuedOn, from, to, dossier, nominations, more);
  }

  /** The plan of the default test with only the window and the date of signing changed. */
  private static String planIn(String issuedOn, String from, String to) {
    return plan(issuedOn, from, to, "daysBeforeConference: 15", "daysBeforeConference: 25", "");
  }

  /** The problems of a plan file; none when it loads. */
  private static List<Problem> problems(String yaml) {
    try {
      PlanFiles.read("coverage-test.yaml", yaml);
      return List.of();
    } catch (PlanFileException e) {
      return e.problems();
    }
  }

  @Test
  void aPlanWhoseWindowIsIn2014Loads() {
    Plan plan = PlanFiles.read("coverage-test.yaml", planIn("2014-05", "2014-09-01", "2014-12-31"));
    assertThat(plan.ownConference().window().from()).isEqualTo(LocalDate.of(2014, 9, 1));
    assertThat(plan.issuedOn()).isEqualTo(new IssueDate(2014, 5, null));
  }

  @Test
  void aPlanWithAWindowIn2009IsRefusedNaming2009AndTheField() {
    List<Problem> problems = problems(planIn("2010-01", "2009-11-02", "2010-03-31"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("ownConference.window");
      assertThat(p.problem()).startsWith("reaches 2009 (conferences 2009-11-02 – 2010-03-31)")
          .contains("the public-holiday calendar has no 2009 (it has 2010–2026)")
          .contains("so do nominationDeadline.daysBeforeConference", "dossier.daysBeforeConference",
              "deadlines.reminder")
          .contains(WorkingCalendar.BUNDLED, "thiduaflow.calendar.extra-file");
    });
  }

  @Test
  void everyPilotsWindowsAreCountedTooNotOnlyTheOldSinglePilot() throws java.io.IOException {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/plans/test-three-pilots.yaml"));
    assertThat(problems(text)).isEmpty();
    String early = text.replace("lowerWindow: { from: 2024-11-04,", "lowerWindow: { from: 2009-12-01,");
    assertThat(early).isNotEqualTo(text);
    assertThat(problems(early)).anySatisfy(p -> {
      assertThat(p.field()).matches("pilots\\[\\d]\\.lowerWindow");
      assertThat(p.problem()).startsWith("reaches 2009");
    });
  }

  @Test
  void eachMissingYearIsOneProblemNamingTheFirstFieldThatReachesIt() {
    // issued in 2008, conferences in 2009: two years missing, one problem each
    List<Problem> problems = problems(planIn("2008-12-15", "2009-03-02", "2009-06-30"));
    assertThat(problems).extracting(Problem::field).containsExactly("issuedOn", "ownConference.window");
    assertThat(problems.get(0).problem()).startsWith("reaches 2008 (issued 2008-12-15)");
    assertThat(problems.get(1).problem()).startsWith("reaches 2009 (conferences 2009-03-02 – 2009-06-30)");
    // and a year after the calendar too
    assertThat(problems(planIn("2026-05", "2026-11-02", "2027-01-29"))).singleElement()
        .satisfies(p -> assertThat(p.problem()).startsWith("reaches 2027 (conferences 2026-11-02 – 2027-01-29)"));
  }

  /**
   * 10 working days before Monday 18/1/2010 is Monday 4/1/2010 (1/1 a holiday, 2–3/1 a weekend): the first working day
   * of 2010, so the plan loads; 11 reach Thursday 31/12/2009, a year without a calendar, and it is refused on the
   * dossier rule. Reminders here are 1 calendar day, nominations and the vote a few calendar days before.
   */
  @Test
  void aWorkingDayDossierDeadlineBeforeAJanuaryWindowThatReachesIntoTheYearBeforeIsRefused() {
    String more = """
        deadlines:
          councilVote: { daysBeforeConference: 5, clause: "§x" }
          reminder: { days: 1, clause: "§y" }
        """;
    Plan atTheLimit = PlanFiles.read("coverage-test.yaml", plan("2010-01", "2010-01-18", "2010-03-31",
        "workingDaysBeforeConference: 10", "daysBeforeConference: 7", more));
    assertThat(atTheLimit.dossier().deadlineFor(LocalDate.of(2010, 1, 18), new WorkingCalendar("")))
        .isEqualTo(LocalDate.of(2010, 1, 4));
    List<Problem> problems = problems(plan("2010-01", "2010-01-18", "2010-03-31",
        "workingDaysBeforeConference: 11", "daysBeforeConference: 7", more));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("dossier.workingDaysBeforeConference");
      assertThat(p.problem()).startsWith("reaches 2009 (11 working days before the conference on 2010-01-18, "
          + "counted into 2009-12-31)").contains("thiduaflow.calendar.extra-file");
    });
  }

  /**
   * A plan that counts nothing in working days still reminds 2 working days before each deadline (the default,
   * {@link DeadlineRules#DEFAULT_REMINDER}): nominations due Wednesday 6/1/2010 are reminded on Monday 4/1 and
   * the plan loads; due Tuesday 5/1 they would be reminded on 31/12/2009, and it is refused on the reminder.
   */
  @Test
  void calendarDayDeadlinesStillNeedTheCalendarForTheirReminders() {
    String vote = "deadlines:\n  councilVote: { daysBeforeConference: 10, clause: \"§x\" }\n";
    PlanFiles.read("coverage-test.yaml", plan("2010-01", "2010-01-18", "2010-03-31", "daysBeforeConference: 8",
        "daysBeforeConference: 12", vote));
    List<Problem> problems = problems(plan("2010-01", "2010-01-18", "2010-03-31", "daysBeforeConference: 8",
        "daysBeforeConference: 13", vote));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("deadlines.reminder");
      assertThat(p.problem()).startsWith("reaches 2009 (2 working days before nominationDeadline."
          + "daysBeforeConference, counted into 2009-12-31)");
    });
  }

  /** The same boundary for a tier's own dossier deadline ({@code ownConference.deadlines}), named as the tier's. */
  @Test
  void aTiersOwnWorkingDayDeadlineIsCheckedUnderItsOwnName() {
    String more = """
        deadlines:
          councilVote: { daysBeforeConference: 5, clause: "§x" }
          reminder: { days: 1, clause: "§y" }
        """;
    String atTheLimit = plan("2010-01", "2010-01-18", "2010-03-31", "daysBeforeConference: 3",
        "daysBeforeConference: 7", more).replace("  delegateCap: { value: 150, clause: \"§II.2\" }\n",
        "  delegateCap: { value: 150, clause: \"§II.2\" }\n"
            + "  deadlines: { dossier: { workingDaysBeforeConference: 10, clause: \"§III\" } }\n");
    assertThat(problems(atTheLimit)).isEmpty();
    assertThat(problems(atTheLimit.replace("workingDaysBeforeConference: 10", "workingDaysBeforeConference: 11")))
        .singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("ownConference.deadlines.dossier.workingDaysBeforeConference");
          assertThat(p.problem()).startsWith("reaches 2009 (11 working days before the conference on 2010-01-18");
        });
  }

  /** What units send before their conference ({@code submissions}) is counted like the dossier. */
  @Test
  void aSubmissionDueInWorkingDaysIsCheckedToo() {
    String more = """
        deadlines:
          councilVote: { daysBeforeConference: 5, clause: "§x" }
          reminder: { days: 1, clause: "§y" }
        submissions:
          - code: unit-plan
            title: "Kế hoạch tổ chức Hội nghị"
            documents: [{ code: unit-plan, title: "Kế hoạch tổ chức Hội nghị của đơn vị" }]
            from: OWN
            to: { kind: STANDING_OFFICE }
            due: { workingDaysBeforeConference: 10 }
            clause: "§IV.2"
        """;
    String atTheLimit = plan("2010-01", "2010-01-18", "2010-03-31", "daysBeforeConference: 3",
        "daysBeforeConference: 7", more);
    assertThat(problems(atTheLimit)).isEmpty();
    assertThat(problems(atTheLimit.replace("due: { workingDaysBeforeConference: 10 }",
        "due: { workingDaysBeforeConference: 11 }"))).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("submissions[0].due.workingDaysBeforeConference");
          assertThat(p.problem()).startsWith("reaches 2009 (11 working days before the conference on 2010-01-18");
        });
  }

  @Test
  void aFixedDeadlineInAYearWithoutACalendarIsRefused() {
    // a dossier due on a fixed day: Wednesday 6/1/2010 passes (reminded Monday 4/1), 30/12/2009 is refused
    assertThat(problems(plan("2010-01", "2010-02-01", "2010-03-31", "fixedDate: 2010-01-06",
        "daysBeforeConference: 25", ""))).isEmpty();
    assertThat(problems(plan("2010-01", "2010-02-01", "2010-03-31", "fixedDate: 2009-12-30",
        "daysBeforeConference: 25", ""))).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("dossier.fixedDate");
          assertThat(p.problem()).startsWith("reaches 2009 (due 2009-12-30); so do deadlines.reminder");
        });
  }

  @Test
  void aResultsReportCountedIntoTheNextYearIsRefused() {
    // a conference on Thursday 31/12/2026: the results report, 5 working days after it by default, is due in 2027
    List<Problem> problems = problems(planIn("2026-05", "2026-11-02", "2026-12-31"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("deadlines.resultsReport");
      assertThat(p.problem()).startsWith("reaches 2027 (5 working days after 2026-12-31, counted into 2027-01-01)");
    });
    assertThat(problems(planIn("2026-05", "2026-11-02", "2026-12-23"))).isEmpty();
  }

  @Test
  void aYearAddedWithTheExtraFileIsAccepted(@TempDir Path dir) throws Exception {
    Path extra = dir.resolve("holidays-2009.yaml");
    Files.writeString(extra, """
        years:
          2009:
            source: "Thông báo (thử)"
            daysOff:
              - { from: 2009-01-01, to: 2009-01-01, name: "Tết Dương lịch" }
        """);
    PlanReader reader = new PlanReader(Validation.buildDefaultValidatorFactory().getValidator(), PlanFiles.UNITS,
        new WorkingCalendar(extra.toString()));
    Plan plan = reader.read("coverage-test.yaml", new ByteArrayInputStream(
        planIn("2009-06", "2009-11-02", "2010-03-31").getBytes(StandardCharsets.UTF_8)));
    assertThat(plan.ownConference().window().from()).isEqualTo(LocalDate.of(2009, 11, 2));
  }

  @Test
  void everyBundledPlanLoadsWithTheCheck() {
    assertThat(new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, "").all()).isNotEmpty();
  }
}

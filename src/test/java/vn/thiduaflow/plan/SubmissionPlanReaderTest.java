package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.calendar.WorkingCalendar;
import vn.thiduaflow.plan.model.OrganizingCommitteeRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.SubmissionRule;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.UnitLevel;

/**
 * Submissions before the conference and the organizing committee in a plan file (issue 22): the test plan's two
 * submissions and committee as read, and every refusal at its field.
 */
class SubmissionPlanReaderTest {

  private static final String FILE = "test-early-submission.yaml";
  private static final String YAML = testPlan();
  private static final String FIRST = "  - code: plan-to-home-affairs\n";

  private static String testPlan() {
    try {
      return Files.readString(Path.of("src/test/resources/plans", FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsTheSubmissionsWithTheirDocumentsRecipientsDueDatesAndTheCommittee() {
    Plan plan = PlanFiles.read(FILE, YAML);
    assertThat(plan.submissions()).extracting(SubmissionRule::code)
        .containsExactly("plan-to-home-affairs", "drafts-to-standing-office");
    SubmissionRule home = plan.submissions().get(0);
    assertThat(home.to().kind()).isEqualTo(SubmissionRule.RecipientKind.NAMED_OFFICE);
    assertThat(home.to().describe("Huyện Văn Quan")).isEqualTo("Sở Nội vụ tỉnh Lạng Sơn");
    assertThat(home.due().fixedDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(home.requiredCodes()).containsExactly("unit-plan", SubmissionRule.COMMITTEE_DECISION);
    assertThat(home.from().tier()).isEqualTo(Tier.LOWER);
    SubmissionRule drafts = plan.submissions().get(1);
    assertThat(drafts.from().levels()).containsExactly(UnitLevel.COMMUNE);
    assertThat(drafts.requiredCodes()).containsExactly("draft-summary-report");
    assertThat(drafts.to().describe("Huyện Văn Quan"))
        .isEqualTo("Thường trực Hội đồng Thi đua - Khen thưởng Huyện Văn Quan");
    // 20 calendar days before 10/3/2025; a fixed date is the date whatever the conference
    WorkingCalendar calendar = new WorkingCalendar("");
    assertThat(drafts.due().dueFor(LocalDate.of(2025, 3, 10), null, calendar)).isEqualTo(LocalDate.of(2025, 2, 18));
    assertThat(home.due().dueFor(LocalDate.of(2025, 3, 31), null, calendar)).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(plan.organizingCommittee().subCommittees()).containsExactly(
        OrganizingCommitteeRule.SubCommittee.CONTENT, OrganizingCommitteeRule.SubCommittee.COMMUNICATION);
    assertThat(plan.organizingCommittee().requiredFor(plan, Tier.LOWER, UnitLevel.COMMUNE)).isTrue();
    assertThat(plan.organizingCommittee().requiredFor(plan, Tier.OWN, UnitLevel.DISTRICT)).isFalse();
  }

  @Test
  void plansWithoutSubmissionsHaveNoneAndNoCommittee() {
    Plan plan = PlanFiles.read("binh-an-27-2025.yaml", PlanFiles.seed("binh-an-27-2025.yaml"));
    assertThat(plan.submissions()).isEmpty();
    assertThat(plan.organizingCommittee()).isNull();
  }

  @Test
  void workingDaysAndDaysAfterAStepCountAsTheyAreWritten() {
    Plan plan = PlanFiles.read(FILE, YAML.replace("due: { daysBeforeConference: 20 }",
        "due: { workingDaysBeforeConference: 5 }"));
    WorkingCalendar calendar = new WorkingCalendar("");
    // 5 working days before Friday 7/2/2025: Friday 24/1/2025 (Tết 25/1–2/2 skipped)
    assertThat(plan.submissions().get(1).due().dueFor(LocalDate.of(2025, 2, 7), null, calendar))
        .isEqualTo(LocalDate.of(2025, 1, 24));
    Plan after = PlanFiles.read(FILE, YAML.replace("due: { daysBeforeConference: 20 }",
        "due: { daysAfterStep: { step: ORGANIZING_COMMITTEE, days: 7 } }"));
    assertThat(after.submissions().get(1).due().dueFor(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 1, 10), calendar))
        .isEqualTo(LocalDate.of(2025, 1, 17));
  }

  @Test
  void aDueDateNeedsExactlyOneForm() {
    assertRefused(YAML.replace("due: { fixedDate: 2025-01-15 }", "due: { fixedDate: 2025-01-15, daysBeforeConference: 3 }"),
        "submissions[0].due", "exactly one of fixedDate");
    assertRefused(YAML.replace("due: { fixedDate: 2025-01-15 }", "due: {}"), "submissions[0].due", "exactly one");
    assertRefused(YAML.replace("due: { daysBeforeConference: 20 }", "due: { daysBeforeConference: -1 }"),
        "submissions[1].due.daysBeforeConference", "greater than or equal to 0");
  }

  @Test
  void aFixedDateOnThePlansDayPassesAndTheDayBeforeIsRefused() {
    assertThat(PlanFiles.read(FILE, YAML.replace("fixedDate: 2025-01-15", "fixedDate: 2024-12-02"))
        .submissions().get(0).due().fixedDate()).isEqualTo(LocalDate.of(2024, 12, 2));
    assertRefused(YAML.replace("fixedDate: 2025-01-15", "fixedDate: 2024-12-01"), "submissions[0].due.fixedDate",
        "before the plan was issued");
  }

  @Test
  void codesAreUniqueAndApartFromTheDossiersAndTheMinutes() {
    assertRefused(YAML.replace("code: drafts-to-standing-office", "code: plan-to-home-affairs"),
        "submissions[1].code", "used twice");
    assertRefused(YAML.replace("code: draft-programme", "code: draft-summary-report"),
        "submissions[1].documents[1].code", "used twice in this submission");
    assertRefused(YAML.replace("code: unit-plan", "code: plan"), "submissions[0].documents[0].code",
        "dossier document's code");
    assertRefused(YAML.replace("code: unit-plan", "code: conference-minutes"), "submissions[0].documents[0].code",
        "minutes");
    assertRefused(YAML.replace("code: unit-plan", "code: Ke_Hoach"), "submissions[0].documents[0].code", "kebab-case");
    assertRefused(YAML.replace("code: draft-summary-report, title: \"Dự thảo Báo cáo tổng kết phong trào thi đua 5 năm\"",
        "code: unit-plan, title: \"Kế hoạch khác\""), "submissions[1].documents[0].code", "one title");
    // the committee's decision may also be a dossier document: it is one file
    Plan shared = PlanFiles.read(FILE, YAML.replace("dossier:\n  daysBeforeConference: 15\n",
        "dossier:\n  daysBeforeConference: 15\n  documents:\n    - { code: organizing-committee-decision, title: "
            + "\"Quyết định thành lập Ban Tổ chức Hội nghị\", clause: \"§IV.1\" }\n"));
    assertThat(shared.submissions().get(0).requiredCodes()).contains(SubmissionRule.COMMITTEE_DECISION);
  }

  @Test
  void aNamedOfficeNeedsANameAndTheCouncilsHaveNone() {
    assertRefused(YAML.replace("{ kind: NAMED_OFFICE, name: \"Sở Nội vụ tỉnh Lạng Sơn\" }", "{ kind: NAMED_OFFICE }"),
        "submissions[0].to.name", "needs the office's name");
    assertRefused(YAML.replace("{ kind: STANDING_OFFICE }", "{ kind: STANDING_OFFICE, name: \"Phòng Nội vụ\" }"),
        "submissions[1].to.name", "only a NAMED_OFFICE");
    assertRefused(YAML.replace("kind: STANDING_OFFICE", "kind: PARTY_COMMITTEE"), "submissions[1].to.kind",
        "NAMED_OFFICE");
  }

  @Test
  void fromAndForAreOwnLowerOrLevels() {
    assertRefused(YAML.replace("from: LOWER", "from: EVERYONE"), "submissions[0].from", "OWN, LOWER");
    assertRefused(YAML.replace("from: [COMMUNE]", "from: [COMMUNE, VILLAGE]"), "submissions[1].from", "VILLAGE");
    assertRefused(YAML.replace("from: [COMMUNE]", "from: []"), "submissions[1].from", "OWN, LOWER");
    assertRefused(YAML.replace("from: [COMMUNE]", "from: [COMMUNE, COMMUNE]"), "submissions[1].from", "twice");
    assertRefused(YAML.replace("  for: LOWER\n", ""), "organizingCommittee.appliesTo", "null");
  }

  @Test
  void aDueDateAfterTheCommitteeNeedsTheCommitteeAndSubCommitteesAreListedOnce() {
    String afterCommittee = YAML.replace("due: { daysBeforeConference: 20 }",
        "due: { daysAfterStep: { step: ORGANIZING_COMMITTEE, days: 7 } }");
    assertRefused(afterCommittee.substring(0, afterCommittee.indexOf("organizingCommittee:")),
        "submissions[1].due.daysAfterStep.step", "needs organizingCommittee");
    assertRefused(YAML.replace("[CONTENT, COMMUNICATION]", "[CONTENT, CONTENT]"), "organizingCommittee.subCommittees",
        "twice");
    assertRefused(YAML.replace("[CONTENT, COMMUNICATION]", "[CONTENT, CATERING]"), "organizingCommittee.subCommittees",
        "LOGISTICS");
    assertRefused(YAML.replace("    clause: \"§IV.2 (giả định)", "    clauze: \"§IV.2 (giả định)"),
        "submissions[0].clauze", "unknown field");
  }

  private static void assertRefused(String yaml, String path, String message) {
    assertThat(yaml).isNotEqualTo(YAML);
    assertThatThrownBy(() -> PlanFiles.read(FILE, yaml)).isInstanceOf(PlanFileException.class)
        .hasMessageContaining(FILE).hasMessageContaining(path).hasMessageContaining(message);
  }
}

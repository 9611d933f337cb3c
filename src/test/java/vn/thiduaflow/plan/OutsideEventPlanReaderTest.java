package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.OutsideEvent;
import vn.thiduaflow.plan.model.Plan;

/**
 * A plan's outside events (issue 22: "'Before the provincial Party congress' is a rule") as the plan file states them,
 * on the test plan test-two-level-before-party-congress (Tỉnh Lai Châu, two communes, the provincial Party congress on
 * 20/10/2025; province window 11/9–31/10/2025, communes 01/8–10/9/2025): read with their clauses, and refused at load
 * when a tier names an unknown event or the event leaves no day of a window on the required side (at the boundary:
 * the event on the window's first day leaves nothing before it, the next day leaves that first day).
 */
class OutsideEventPlanReaderTest {

  private static final String FILE = "test-two-level-before-party-congress.yaml";
  private static final String OWN_RELATION = "{ event: PROVINCIAL_PARTY_CONGRESS, relation: BEFORE, clause: "
      + "\"Giả định của kiểm thử: Hội nghị cấp tỉnh";
  private static final String DATE = "date: 2025-10-20";

  private static String plan() {
    try {
      return Files.readString(Path.of("src/test/resources/plans", FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Plan read(String yaml) {
    return PlanFiles.read(FILE, yaml);
  }

  private static void assertRefused(String yaml, String field, String problem) {
    assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(PlanFileException.class, e ->
        assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.field()).isEqualTo(field);
          assertThat(p.problem()).contains(problem);
        }));
  }

  @Test
  void readsTheCongressAndTheTiersHeldBeforeIt() {
    Plan plan = read(plan());
    assertThat(plan.outsideEvents()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("PROVINCIAL_PARTY_CONGRESS");
      assertThat(e.name()).isEqualTo("Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030");
      assertThat(e.date()).isEqualTo(LocalDate.of(2025, 10, 20));
    });
    assertThat(plan.ownConference().relativeTo()).singleElement().satisfies(r -> {
      assertThat(r.event()).isEqualTo("PROVINCIAL_PARTY_CONGRESS");
      assertThat(r.relation()).isEqualTo(OutsideEvent.Order.BEFORE);
      assertThat(r.clause()).contains("172/KH-UBND §II.1");
    });
    assertThat(plan.lowerConferences().relativeTo()).extracting(OutsideEvent.Relation::relation)
        .containsExactly(OutsideEvent.Order.BEFORE);
    assertThat(plan.issuer().adminStructure()).isEqualTo(vn.thiduaflow.unit.AdminStructure.TWO_LEVEL);
    // a plan without them has none, and its tiers no order to keep
    Plan binhAn = PlanFiles.read("binh-an-27-2025.yaml", PlanFiles.seed("binh-an-27-2025.yaml"));
    assertThat(binhAn.outsideEvents()).isEmpty();
    assertThat(binhAn.ownConference().relativeTo()).isEmpty();
  }

  @Test
  void anUnknownEventCodeIsRefusedNamingTheFieldAndTheKnownEvents() {
    assertRefused(plan().replace(OWN_RELATION, OWN_RELATION.replace("PROVINCIAL_PARTY_CONGRESS", "PARTY_CONGRESS")),
        "ownConference.relativeTo[0].event",
        "no outside event with code 'PARTY_CONGRESS'; outsideEvents: [PROVINCIAL_PARTY_CONGRESS]");
    assertRefused(plan().replace("code: PROVINCIAL_PARTY_CONGRESS", "code: Provincial-congress"),
        "outsideEvents[0].code", "must be UPPER_SNAKE");
  }

  @Test
  void beforeAnEventOnTheWindowsFirstDayIsRefusedAndTheNextDayLoads() {
    // the province's window opens on 11/9/2025: a congress that day leaves no day before it
    assertRefused(plan().replace(DATE, "date: 2025-09-11"), "ownConference.relativeTo[0]",
        "PROVINCIAL_PARTY_CONGRESS on 2025-09-11 leaves no day of ownConference.window (2025-09-11 … 2025-10-31) before"
            + " it");
    assertThat(read(plan().replace(DATE, "date: 2025-09-12")).outsideEvents().get(0).date())
        .isEqualTo(LocalDate.of(2025, 9, 12));
    // the communes' window opens on 1/8/2025
    assertRefused(plan().replace(DATE, "date: 2025-08-01"), "lowerConferences.relativeTo[0]",
        "leaves no day of lowerConferences.window (2025-08-01 … 2025-09-10) before it");
  }

  @Test
  void afterAnEventOnTheWindowsLastDayIsRefusedAndTheDayBeforeLoads() {
    String after = plan().replace(OWN_RELATION, OWN_RELATION.replace("relation: BEFORE", "relation: AFTER"));
    assertRefused(after.replace(DATE, "date: 2025-10-31"), "ownConference.relativeTo[0]",
        "PROVINCIAL_PARTY_CONGRESS on 2025-10-31 leaves no day of ownConference.window (2025-09-11 … 2025-10-31) after"
            + " it");
    assertThat(read(after.replace(DATE, "date: 2025-10-30")).ownConference().relativeTo().get(0).relation())
        .isEqualTo(OutsideEvent.Order.AFTER);
  }

  @Test
  void twoEventsThatTogetherLeaveNoDayAreRefusedAndACodeUsedTwiceToo() {
    String front = "  - { code: PROVINCIAL_FRONT_CONGRESS, name: \"Đại hội đại biểu Mặt trận Tổ quốc tỉnh\", date: "
        + "2025-10-25, clause: \"Giả định\" }";
    String both = plan().replace("\n\nownConference:", "\n" + front + "\n\nownConference:").replace(OWN_RELATION,
        "{ event: PROVINCIAL_FRONT_CONGRESS, relation: AFTER, clause: \"Giả định\" }\n    - " + OWN_RELATION);
    // after 25/10 and before 20/10: each alone leaves days of 11/9–31/10, together none
    assertRefused(both, "ownConference.relativeTo",
        "together the events leave no day of ownConference.window (2025-09-11 … 2025-10-31): after them from "
            + "2025-10-26, before them until 2025-10-19");
    assertRefused(plan().replace("\n\nownConference:", "\n" + front.replace("PROVINCIAL_FRONT_CONGRESS",
        "PROVINCIAL_PARTY_CONGRESS") + "\n\nownConference:"), "outsideEvents[1].code",
        "code 'PROVINCIAL_PARTY_CONGRESS' is used twice");
  }
}

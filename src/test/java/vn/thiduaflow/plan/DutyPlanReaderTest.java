package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.plan.model.DutyRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The plan's division of work and supervision in a plan file (issue 22): the seed plans' duties and Vĩnh Thuận's
 * supervision as read, and every refusal at its field, with the boundaries (a fixed date on the plan's own day passes,
 * the day before is refused; a code of 50 characters passes, 51 is refused).
 */
class DutyPlanReaderTest {

  private static final String FILE = "vinh-thuan-172-2024.yaml";
  private static final String YAML = PlanFiles.seed(FILE);
  private static final String HOLDER = "holder: { role: CULTURE_OFFICER }   # §IV.3 Phòng Văn hóa - Thông tin";
  private static final String DUE = "due: { daysBeforeConference: 0 }\n    clause: \"§IV.3";

  @Test
  void readsTheSeedPlansDutiesWithTheirHoldersDueDatesAndClauses() {
    Plan vanYen = PlanFiles.read("van-yen-2020.yaml", PlanFiles.seed("van-yen-2020.yaml"));
    assertThat(vanYen.duties()).extracting(DutyRule::code)
        .containsExactly("five-year-report", "budget-estimate", "publicity", "art-performances");
    assertThat(vanYen.duties()).extracting(d -> d.holder().role()).containsExactly(CouncilRole.OFFICE_CLERK,
        CouncilRole.FINANCE_OFFICER, CouncilRole.CULTURE_OFFICER, CouncilRole.CULTURE_OFFICER);
    assertThat(vanYen.duties().get(0).due().fixedDate()).isEqualTo(LocalDate.of(2020, 3, 27));
    assertThat(vanYen.duties().get(0).clause()).contains("Tổ chức thực hiện §2");
    assertThat(vanYen.duties().get(2).holder().groupId("18097")).isEqualTo("u18097.culture-officer");
    assertThat(vanYen.duties().get(2).appliesTo().covers(vanYen, Tier.OWN, UnitLevel.COMMUNE)).isTrue();
    assertThat(vanYen.supervision()).isNull();

    Plan binhAn = PlanFiles.read("binh-an-27-2025.yaml", PlanFiles.seed("binh-an-27-2025.yaml"));
    assertThat(binhAn.duties()).extracting(DutyRule::code)
        .containsExactly("five-year-report", "programme", "budget-estimate", "publicity");
    assertThat(binhAn.duties().get(0).due().daysBeforeConference()).isEqualTo(15);

    Plan vinhThuan = PlanFiles.read(FILE, YAML);
    assertThat(vinhThuan.supervision().clause()).startsWith("§IV.2");
    assertThat(vinhThuan.supervision().covers(vinhThuan, Tier.LOWER, UnitLevel.COMMUNE)).isTrue();
    assertThat(vinhThuan.supervision().covers(vinhThuan, Tier.OWN, UnitLevel.DISTRICT)).isFalse();
    // a plan without the blocks has none
    Plan lang = PlanFiles.read("lang-son-city-2024.yaml", PlanFiles.seed("lang-son-city-2024.yaml"));
    assertThat(lang.duties()).isEmpty();
    assertThat(lang.supervision()).isNull();
  }

  @Test
  void aHolderIsExactlyOneOfARoleOrAUnitThatTakesPart() {
    assertRefused(YAML.replace(HOLDER, "holder: { role: CULTURE_OFFICER, unit: \"910\" }"), "duties[0].holder",
        "exactly one of role");
    assertRefused(YAML.replace(HOLDER, "holder: {}"), "duties[0].holder", "exactly one of role");
    assertRefused(YAML.replace(HOLDER, "holder: { role: UPPER_COUNCIL }"), "duties[0].holder.role",
        "UPPER_COUNCIL reviews");
    assertRefused(YAML.replace(HOLDER, "holder: { role: PRESS_OFFICER }"), "duties[0].holder.role", "CULTURE_OFFICER");
    assertRefused(YAML.replace(HOLDER, "holder: { unit: \"18097\" }"), "duties[0].holder.unit",
        "is not the issuer nor a unit below Huyện Vĩnh Thuận");
    // the issuer, a commune below it and one of its organizations: each a unit whose head does it
    for (String unit : new String[] {"910", "31063", "VT-KHOI-DN-HTX"}) {
      Plan plan = PlanFiles.read(FILE, YAML.replace(HOLDER, "holder: { unit: \"" + unit + "\" }"));
      assertThat(plan.duties().get(0).holder().groupId("910")).isEqualTo(CouncilRole.UNIT_HEAD.groupId(unit));
    }
  }

  @Test
  void aDueDateNeedsExactlyOneFormAndAFixedDateOnThePlansDayPassesTheDayBeforeIsRefused() {
    assertRefused(YAML.replace(DUE, "due: { daysBeforeConference: 0, fixedDate: 2025-03-01 }\n    clause: \"§IV.3"),
        "duties[0].due", "exactly one of fixedDate");
    assertRefused(YAML.replace(DUE, "due: {}\n    clause: \"§IV.3"), "duties[0].due", "exactly one");
    assertThat(PlanFiles.read(FILE, YAML.replace(DUE, "due: { fixedDate: 2024-10-23 }\n    clause: \"§IV.3"))
        .duties().get(0).due().fixedDate()).isEqualTo(LocalDate.of(2024, 10, 23));
    assertRefused(YAML.replace(DUE, "due: { fixedDate: 2024-10-22 }\n    clause: \"§IV.3"), "duties[0].due.fixedDate",
        "before the plan was issued");
    assertRefused(YAML.replace(DUE, "due: { daysAfterStep: { step: ORGANIZING_COMMITTEE, days: 3 } }\n    clause: "
        + "\"§IV.3"), "duties[0].due.daysAfterStep.step", "needs organizingCommittee");
  }

  @Test
  void codesAreUniqueKebabCaseAndAtMostFiftyCharacters() {
    String twice = YAML.replace("duties:                              # §IV Tổ chức thực hiện\n",
        "duties:\n  - { code: publicity, title: \"Khác\", holder: { role: OFFICE_CLERK }, for: OWN, due: "
            + "{ daysBeforeConference: 3 }, clause: \"§IV\" }\n");
    assertRefused(twice, "duties[1].code", "used twice");
    assertRefused(YAML.replace("code: publicity", "code: Tuyen_Truyen"), "duties[0].code", "kebab-case");
    String fifty = "a".repeat(50);
    assertThat(PlanFiles.read(FILE, YAML.replace("code: publicity", "code: " + fifty)).duties().get(0).code())
        .isEqualTo(fifty);
    assertRefused(YAML.replace("code: publicity", "code: " + fifty + "a"), "duties[0].code", "size must be between");
  }

  @Test
  void lowerDutiesAndSupervisionNeedUnitsBelowAndSupervisionIsNeverOfTheOwnConference() {
    String vanYen = PlanFiles.seed("van-yen-2020.yaml");
    assertThatThrownBy(() -> PlanFiles.read("van-yen-2020.yaml", vanYen.replace("    for: OWN\n    due: { daysBeforeConference: 0 }",
        "    for: LOWER\n    due: { daysBeforeConference: 0 }"))).isInstanceOf(PlanFileException.class)
        .hasMessageContaining("duties[2].for").hasMessageContaining("no lowerConferences");
    assertThatThrownBy(() -> PlanFiles.read("van-yen-2020.yaml", vanYen + "\nsupervision: { for: LOWER, clause: "
        + "\"§III.2\" }\n")).isInstanceOf(PlanFileException.class).hasMessageContaining("supervision.for")
        .hasMessageContaining("no unit to supervise");
    assertRefused(YAML.replace("supervision:                         # §IV.2: the standing office assigns council "
        + "members to the units' conferences\n  for: LOWER", "supervision:\n  for: OWN"), "supervision.for",
        "OWN: the issuer's own conference has no council above");
    assertThat(PlanFiles.read(FILE, YAML.replace("supervision:                         # §IV.2: the standing office "
        + "assigns council members to the units' conferences\n  for: LOWER", "supervision:\n  for: [COMMUNE]"))
        .supervision().covers(PlanFiles.read(FILE, YAML), Tier.LOWER, UnitLevel.EMULATION_BLOCK)).isFalse();
  }

  private static void assertRefused(String yaml, String path, String message) {
    assertThat(yaml).isNotEqualTo(YAML);
    assertThatThrownBy(() -> PlanFiles.read(FILE, yaml)).isInstanceOf(PlanFileException.class)
        .hasMessageContaining(FILE).hasMessageContaining(path).hasMessageContaining(message);
  }
}

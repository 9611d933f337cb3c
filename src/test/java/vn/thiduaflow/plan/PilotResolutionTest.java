package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thiduaflow.plan.model.DateWindow;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.AdminStructure;

/**
 * Which window a pilot rule gives a conference, and where a pilot is one (issue 22), on test plan test-three-pilots:
 * the root's pilots reach the plans derived for the units below ({@link PlanCatalog#derive}), so the pilot district is
 * a pilot in its own campaign and in the province's; its communes take its {@code lowerWindow}; every other unit keeps
 * its tier's window (no pilot window applies).
 */
class PilotResolutionTest {

  private static final PlanCatalog PLANS = new PlanCatalog(PlanFiles.reader(), PlanFiles.UNITS, "");
  private static final Plan ROOT = PLANS.get("test-three-pilots");

  private static Plan derived(String code) {
    return PLANS.derive(ROOT, PLANS.unitOf(ROOT, code).orElseThrow());
  }

  @Test
  void derivedPlansCarryTheRootsPilots() {
    for (String code : new String[] {"072", "070", "TQ-SYT"}) {
      assertThat(derived(code).pilots()).as(code).isEqualTo(ROOT.pilots());
    }
    assertThat(derived("072").pilotFor("072")).as("the pilot district is a pilot in its own campaign")
        .contains(ROOT.pilotFor("072").orElseThrow());
  }

  @Test
  void aPilotGetsItsOwnWindowAsALowerConferenceAndAsTheOwnConferenceOfItsCampaign() {
    DateWindow naHang = new DateWindow(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 14),
        "Mô phỏng §VI.3: huyện điểm tổ chức trước 15/02/2025");
    // in the province's campaign (the unit above is the province) and in its own derived plan alike
    assertThat(ROOT.pilotWindow("072", "08")).contains(naHang);
    assertThat(derived("072").pilotWindow("072", "08")).contains(naHang);
    assertThat(ROOT.pilotWindow("TQ-SYT", "08").orElseThrow().to()).isEqualTo(LocalDate.of(2025, 2, 14));
    assertThat(ROOT.pilotWindow("TQ-CTLN", "08").orElseThrow().from()).isEqualTo(LocalDate.of(2025, 1, 13));
  }

  @Test
  void theUnitsDirectlyBelowAPilotTakeItsLowerWindowAndNoOneElseDoes() {
    Plan naHang = derived("072");
    assertThat(naHang.pilotWindow("02221", "072").orElseThrow())
        .isEqualTo(new DateWindow(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 12, 13),
            "Mô phỏng §VI.3: các xã của huyện điểm hoàn thành trước 14/12/2024"));
    assertThat(derived("070").pilotWindow("02200", "070")).as("a commune of a non-pilot district").isEmpty();
    assertThat(ROOT.pilotWindow("TQ-SGDDT", "08")).as("a non-pilot department").isEmpty();
    assertThat(ROOT.pilotWindow("070", "08")).as("a non-pilot district").isEmpty();
    assertThat(ROOT.pilotWindow("02200", null)).isEmpty();
  }

  @Test
  void aPilotWithoutALowerWindowGivesTheUnitsBelowItNone() {
    Plan langSon = PLANS.get("lang-son-city-2024");
    assertThat(langSon.issuer().adminStructure()).isEqualTo(AdminStructure.THREE_LEVEL);
    assertThat(langSon.pilotWindow("05971", langSon.issuer().unitCode()).orElseThrow().to())
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(langSon.pilotWindow("99999", "05971")).as("nothing below a pilot without lowerWindow").isEmpty();
  }
}

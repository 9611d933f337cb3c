package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecision;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A department with two grassroots agencies below it (test plan test-agencies-below-department, Tỉnh Sơn La) simulated
 * end to end (issue 22: "Units below a department get their level's rules, not the department's"): the Department of
 * Health runs a campaign of its own under levels.AGENCY (window 20/9–30/9/2025, cap 150 at a delegate conference), its
 * hospital and disease-control centre hold theirs in it under levels.AGENCY_BELOW (window 15/8–10/9/2025, at most 60
 * people at every conference), and each is refused the day before its own window opens.
 */
@ThiDuaFlowSpringTest
class AgenciesBelowDepartmentScenarioTest {

  static final String PLAN = "test-agencies-below-department";
  static final String DEPARTMENT = "SL-SYT";
  static final List<String> AGENCIES = List.of("SL-BVDK", "SL-CDC");

  @Autowired
  CampaignSimulator simulator;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static List<RuleDecision> decisions(SimulationResult r, Conference c, Rule rule) {
    return r.decisions().stream().filter(d -> c.getId().equals(d.getConferenceId()) && d.getRule() == rule).toList();
  }

  private static Conference conference(SimulationResult r, String unitCode, Tier tier) {
    return r.conferences().stream().filter(c -> c.getUnitCode().equals(unitCode) && c.getTier() == tier).findFirst()
        .orElseThrow(() -> new AssertionError("no " + tier + " conference of " + unitCode));
  }

  @Test
  void theDepartmentsOwnAgenciesFollowTheirLevelsWindowAndCapAndTheDepartmentItsOwn() {
    SimulationResult r = simulator.run(PLAN, SimulationScript.happyPath());

    assertThat(r.completed()).isTrue();
    // the department runs a campaign of its own, under the province's; its agencies are lower units of it
    Campaign department = r.campaigns().stream().filter(c -> c.getIssuerCode().equals(DEPARTMENT)).findFirst()
        .orElseThrow();
    assertThat(department.getUnitLevel()).isEqualTo(UnitLevel.AGENCY);
    assertThat(department.getParentCampaignId()).isEqualTo(r.campaignId());

    for (String code : AGENCIES) {
      Conference agency = conference(r, code, Tier.LOWER);
      assertThat(agency.getCampaignId()).as(code).isEqualTo(department.getId());
      assertThat(agency.getUnitLevel()).as(code).isEqualTo(UnitLevel.AGENCY_BELOW);
      assertThat(agency.getUpperUnitCode()).isEqualTo(DEPARTMENT);
      assertThat(agency.getHeldOn()).as(code).isBetween(LocalDate.of(2025, 8, 15), LocalDate.of(2025, 9, 10));
      assertThat(agency.getAttendeeCount()).as(code).isLessThanOrEqualTo(60);
      assertThat(decisions(r, agency, Rule.DELEGATE_CAP)).as(code).isNotEmpty().allSatisfy(d -> {
        assertThat(d.isPassed()).isTrue();
        assertThat(d.getClause()).contains("mọi hội nghị đơn vị trực thuộc sở không quá 60 người");
      });
      assertThat(r.windowProbes()).filteredOn(p -> agency.getId().equals(p.conferenceId())).singleElement()
          .satisfies(p -> {
            assertThat(p.window().from()).isEqualTo(LocalDate.of(2025, 8, 15));
            assertThat(p.window().to()).isEqualTo(LocalDate.of(2025, 9, 10));
            assertThat(p.triedOn()).isEqualTo(LocalDate.of(2025, 8, 14));
            assertThat(p.refusal()).as("the day before its window opens is refused").isNotNull();
          });
    }

    Conference own = conference(r, DEPARTMENT, Tier.OWN);
    assertThat(own.getUnitLevel()).isEqualTo(UnitLevel.AGENCY);
    assertThat(own.getHeldOn()).isBetween(LocalDate.of(2025, 9, 20), LocalDate.of(2025, 9, 30));
    assertThat(decisions(r, own, Rule.DELEGATE_CAP)).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getClause()).contains("hội nghị các sở, ban, ngành không quá 150 đại biểu"));
    assertThat(r.windowProbes()).filteredOn(p -> own.getId().equals(p.conferenceId())).singleElement()
        .satisfies(p -> {
          assertThat(p.window().from()).isEqualTo(LocalDate.of(2025, 9, 20));
          assertThat(p.triedOn()).isEqualTo(LocalDate.of(2025, 9, 19));
          assertThat(p.refusal()).isNotNull();
        });
    // the department is held after both of its agencies
    AGENCIES.forEach(code -> assertThat(own.getHeldOn()).isAfter(conference(r, code, Tier.LOWER).getHeldOn()));

    Conference commune = conference(r, "03646", Tier.LOWER);
    assertThat(commune.getUnitLevel()).isEqualTo(UnitLevel.COMMUNE);
    assertThat(commune.getHeldOn()).isBetween(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31));
    Conference province = conference(r, "14", Tier.OWN);
    assertThat(province.getHeldOn()).isBetween(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 31));
  }
}

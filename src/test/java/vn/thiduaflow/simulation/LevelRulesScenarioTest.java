package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.AttendanceMode;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.rule.Rule;
import vn.thiduaflow.rule.RuleDecision;
import vn.thiduaflow.unit.UnitLevel;

/**
 * A 2014 province written from scratch (test plan test-bac-kan-2014-levels) simulated end to end on the 2014–2015
 * calendars: fixed windows per level, caps of 50 (every commune conference) / 200 (district delegate conferences) / 500
 * (the provincial congress), the 9–11 presidium for the provincial congress alone, the districts' "chaired by 3", and
 * the communes' own deadlines.
 */
@ThiDuaFlowSpringTest
class LevelRulesScenarioTest {

  @Autowired
  CampaignSimulator simulator;
  @Autowired
  vn.thiduaflow.quota.DelegateQuotaService quotas;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static List<RuleDecision> decisions(SimulationResult r, Conference c, Rule rule) {
    return r.decisions().stream().filter(d -> c.getId().equals(d.getConferenceId()) && d.getRule() == rule).toList();
  }

  @Test
  void a2014ProvinceHoldsEveryLevelInItsWindowUnderItsOwnLevelsRules() {
    SimulationResult r = simulator.run("test-bac-kan-2014-levels", SimulationScript.happyPath());

    assertThat(r.completed()).isTrue();
    assertThat(r.conferences()).hasSize(7).allSatisfy(c -> assertThat(c.getHeldOn()).isNotNull());
    for (Conference c : r.conferences()) {
      LocalDate held = c.getHeldOn();
      switch (c.getUnitLevel()) {
        case COMMUNE -> {
          assertThat(held).isBetween(LocalDate.of(2014, 8, 1), LocalDate.of(2014, 9, 30));
          // every commune conference, plenary or not, under 50 people
          assertThat(c.getAttendeeCount()).as(c.getUnitName()).isLessThanOrEqualTo(50);
          assertThat(decisions(r, c, Rule.DELEGATE_CAP)).isNotEmpty().allSatisfy(d -> {
            assertThat(d.isPassed()).isTrue();
            assertThat(d.getClause()).contains("mọi hội nghị cấp xã không quá 50 người");
          });
          // the provincial presidium rule is for the provincial congress alone
          assertThat(decisions(r, c, Rule.PRESIDIUM)).allSatisfy(d -> assertThat(d.getDetail()).contains("not stated in the plan"));
        }
        case DISTRICT -> {
          assertThat(held).isBetween(LocalDate.of(2014, 10, 1), LocalDate.of(2014, 12, 31));
          assertThat(decisions(r, c, Rule.PRESIDIUM)).isNotEmpty()
              .allSatisfy(d -> assertThat(d.getClause()).contains("03 đồng chí lãnh đạo chủ trì"));
          assertThat(c.getOfficialName()).startsWith("Hội nghị điển hình tiên tiến " + c.getUnitName());
          // held to the numbers the provincial standing office decided for it (2 collectives, 4 individuals)
          assertThat(c.getUpperCollectives()).isBetween(0, 2);
          assertThat(c.getUpperIndividuals()).isBetween(0, 4);
        }
        case PROVINCE -> {
          assertThat(held).isBetween(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 6, 30));
          assertThat(decisions(r, c, Rule.PRESIDIUM)).isNotEmpty()
              .allSatisfy(d -> assertThat(d.getClause()).contains("9–11 người"));
        }
        default -> throw new AssertionError("unexpected level " + c.getUnitLevel() + " of " + c.getUnitName());
      }
    }
    assertThat(r.conferences()).filteredOn(c -> c.getUnitLevel() == UnitLevel.COMMUNE)
        .extracting(Conference::getAttendanceMode).contains(AttendanceMode.PLENARY);
    // the districts' delegates were decided by the provincial office while the campaign ran: once refused for more
    // than the whole congress, then 2 + 4 each
    assertThat(quotas.decidedIn(r.campaignId())).extracting(q -> q.getUnitCode() + ":" + q.getCollectives() + "+"
        + q.getIndividuals()).containsExactlyInAnyOrder("058:2+4", "060:2+4");
    assertThat(r.timeline()).anySatisfy(e -> assertThat(e.what()).contains("Phân bổ số đại biểu dự Đại hội")
        .contains("bị từ chối").contains("vượt số đại biểu chính thức của Đại hội: 500 người"));
  }
}

package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.plan.model.Tier;

/**
 * A plan written against a unit list of a past date (test plan test-bac-kan-2014-unit-list on the test fixture
 * test-bac-kan-2014, not the official 2014 list) simulated end to end: its campaigns keep the list, and every unit is
 * the list's — "Thị xã Bắc Kạn" by its name of that list, and Xã Bộc Bố held under Huyện Ba Bể's campaign, where the
 * list places it (today's list places it in Huyện Pác Nặm, which the fixture does not have).
 */
@ThiDuaFlowSpringTest
class PastUnitListScenarioTest {

  static final String LIST = "test-bac-kan-2014";

  @Autowired
  CampaignSimulator simulator;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Campaign campaign(SimulationResult r, String unitCode) {
    return r.campaigns().stream().filter(c -> c.getIssuerCode().equals(unitCode)).findFirst().orElseThrow();
  }

  @Test
  void aPlanOnThe2014ListRunsItsCampaignsOnThatListByItsNames() {
    SimulationResult r = simulator.run("test-bac-kan-2014-unit-list", SimulationScript.happyPath());

    assertThat(r.completed()).isTrue();
    assertThat(r.campaigns()).extracting(Campaign::getIssuerCode).containsExactlyInAnyOrder("06", "058", "061");
    assertThat(r.campaigns()).allSatisfy(c -> assertThat(c.getUnitList()).isEqualTo(LIST));
    assertThat(campaign(r, "058").getIssuerName()).isEqualTo("Thị xã Bắc Kạn");

    assertThat(r.conferences()).hasSize(6).allSatisfy(c -> assertThat(c.getHeldOn()).isNotNull());
    Conference town = r.conferences().stream().filter(c -> c.getUnitCode().equals("058") && c.getTier() == Tier.OWN)
        .findFirst().orElseThrow();
    assertThat(town.getUnitName()).isEqualTo("Thị xã Bắc Kạn");
    assertThat(town.getOfficialName()).contains("Bắc Kạn").doesNotContain("Thành phố");
    Conference bocBo = r.conferences().stream().filter(c -> c.getUnitCode().equals("01864")).findFirst()
        .orElseThrow();
    assertThat(bocBo.getUnitName()).isEqualTo("Xã Bộc Bố");
    assertThat(bocBo.getCampaignId()).isEqualTo(campaign(r, "061").getId());
    assertThat(bocBo.getUpperUnitName()).isEqualTo("Huyện Ba Bể");
    // Huyện Pác Nặm, a district of today's list only, takes no part
    assertThat(r.conferences()).filteredOn(c -> c.getUnitCode().equals("060")).isEmpty();
  }
}

package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceStatus;
import vn.thiduaflow.rule.Rule;

/**
 * The test plan test-two-level-before-party-congress simulated to the end (issue 22): a province on the two-level
 * structure (Tỉnh Lai Châu, plan of 10/7/2025) whose conferences — its own and its two communes' — must all be held
 * before the provincial Party congress (20/10/2025 in the plan). The scripted secretary of the province first tries the
 * congress's own day and is refused (rule OUTSIDE_EVENT_ORDER, both dates and the clause), then holds the conference on
 * a day before it; every conference is held before the congress.
 */
@ThiDuaFlowSpringTest
class OutsideEventScenarioTest {

  private static final LocalDate CONGRESS = LocalDate.of(2025, 10, 20);

  @Autowired CampaignSimulator simulator;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyConferenceIsHeldBeforeTheProvincialPartyCongressAndTheCongressDayIsRefused() {
    SimulationResult r = simulator.run("test-two-level-before-party-congress");
    assertThat(r.completed()).isTrue();
    assertThat(r.conferences()).hasSize(3).allSatisfy(c -> {
      assertThat(c.getStatus()).isEqualTo(ConferenceStatus.REPORTED);
      assertThat(c.getHeldOn()).isBefore(CONGRESS);
    });
    Conference province = r.conferences().stream().filter(c -> c.getUnitName().equals("Tỉnh Lai Châu")).findFirst()
        .orElseThrow();
    // the scripted try on the wrong side: the congress's own day, refused at submission with the dates and the clause
    assertThat(r.refusals()).filteredOn(x -> x.result().rule() == Rule.OUTSIDE_EVENT_ORDER).singleElement()
        .satisfies(x -> {
          assertThat(x.conferenceId()).isEqualTo(province.getId());
          assertThat(x.result().vietnamese()).isEqualTo("hội nghị ngày 20/10/2025 không trước Đại hội đại biểu Đảng bộ"
              + " tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030 (ngày 20/10/2025): phải tổ chức chậm nhất ngày"
              + " 19/10/2025");
          assertThat(x.result().clause()).contains("Hội nghị cấp tỉnh tổ chức trước Đại hội đại biểu Đảng bộ tỉnh");
        });
    assertThat(r.timeline()).anySatisfy(t -> assertThat(t.what()).contains("ngày 2025-10-20")
        .contains("bị từ chối"));
    // the check of the schedule records the rule as passed for each conference, with its clause
    assertThat(r.decisions()).filteredOn(d -> d.getRule() == Rule.OUTSIDE_EVENT_ORDER)
        .isNotEmpty().allSatisfy(d -> assertThat(d.isPassed()).isTrue());
  }
}

package vn.thiduaflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.dashboard.CampaignDashboard.Filter;
import vn.thiduaflow.dashboard.CampaignDashboard.Page;
import vn.thiduaflow.dashboard.CampaignDashboard.Row;
import vn.thiduaflow.dashboard.CampaignDashboard.Viewer;
import vn.thiduaflow.deadline.DeadlineKind;
import vn.thiduaflow.deadline.Escalation;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The standing office's dashboard on Vĩnh Thuận's campaign (172/KH-UBND: the district's own conference and its nine
 * communes'): who sees which units, stages and counts, the overdue filter, pages, and refused filters.
 */
@ThiDuaFlowSpringTest
class CampaignDashboardTest {

  private static final Viewer DISTRICT_OFFICE = Viewer.of(List.of("u910.standing-office"));

  @Autowired CampaignService campaigns;
  @Autowired CampaignDashboard dashboard;
  @Autowired ConferenceRepository conferences;
  @Autowired EscalationRepository escalations;

  private Campaign campaign;

  @BeforeEach
  void vinhThuansCampaign() {
    ClockUtil.setCurrentTime(EngineClock.toDate(LocalDateTime.of(2024, 10, 28, 8, 0)));
    campaign = campaigns.start("vinh-thuan-172-2024");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Filter all(int size) {
    return new Filter(campaign.getId(), null, null, false, 0, size);
  }

  @Test
  void theDistrictsStandingOfficeSeesEveryUnitOfItsCampaignInThePlanStage() {
    Page page = dashboard.page(DISTRICT_OFFICE, all(50));

    assertThat(page.total()).isEqualTo(10);
    assertThat(page.rows()).hasSize(10);
    assertThat(page.rows()).extracting(Row::stage).containsOnly(Stage.PLAN);
    assertThat(page.perStage().get(Stage.PLAN)).isEqualTo(10);
    assertThat(page.perStage().get(Stage.VOTE)).isZero();
    assertThat(page.perStage()).hasSize(Stage.values().length);
    assertThat(page.overdue()).isZero();
    assertThat(page.rows()).extracting(Row::unitName).isSorted();
    // the communes' instances start in the campaign's next job; every row links to its campaign's instance meanwhile
    assertThat(page.rows()).extracting(Row::campaignProcessInstanceId).containsOnly(campaign.getProcessInstanceId());
  }

  @Test
  void aCommunesSecretarySeesItsOwnConferenceOnlyAndSomeoneWithoutARoleNothing() {
    Conference commune = conferences.findByCampaignIdOrderById(campaign.getId()).stream()
        .filter(c -> c.getUnitLevel() == UnitLevel.COMMUNE).findFirst().orElseThrow();
    Viewer secretary = Viewer.of(List.of("u" + commune.getUnitCode() + ".unit-secretary"));

    assertThat(dashboard.page(secretary, all(50)).rows()).extracting(Row::conferenceId)
        .containsExactly(commune.getId());
    assertThat(dashboard.page(Viewer.of(List.of("some-other-group")), all(50)).total()).isZero();
    assertThat(dashboard.page(Viewer.of(List.of("camunda-admin")), all(50)).total()).isEqualTo(10);
    // the upper council's group of a commune does not show the commune's own conference
    assertThat(dashboard.page(Viewer.of(List.of("u" + commune.getUnitCode() + ".upper-council")), all(50)).total())
        .isZero();
  }

  @Test
  void filtersByLevelStageAndOverdueAndPagesByUnitName() {
    assertThat(dashboard.page(DISTRICT_OFFICE, new Filter(campaign.getId(), UnitLevel.DISTRICT, null, false, 0, 50))
        .total()).isEqualTo(1);
    assertThat(dashboard.page(DISTRICT_OFFICE, new Filter(campaign.getId(), null, Stage.VOTE, false, 0, 50))
        .total()).isZero();

    Conference late = conferences.findByCampaignIdOrderById(campaign.getId()).get(3);
    escalations.save(new Escalation(late.getId(), DeadlineKind.NOMINATIONS, LocalDate.of(2025, 3, 10),
        LocalDateTime.of(2025, 3, 11, 8, 0), "u910.chair", null));
    Page overdue = dashboard.page(DISTRICT_OFFICE, new Filter(campaign.getId(), null, null, true, 0, 50));
    assertThat(overdue.rows()).extracting(Row::conferenceId).containsExactly(late.getId());
    assertThat(overdue.rows().get(0).overdue()).containsExactly("Hạn gửi danh sách đề cử (hạn 10/03/2025)");
    assertThat(dashboard.page(DISTRICT_OFFICE, all(50)).overdue()).isEqualTo(1);

    Page first = dashboard.page(DISTRICT_OFFICE, all(4));
    Page third = dashboard.page(DISTRICT_OFFICE, new Filter(campaign.getId(), null, null, false, 2, 4));
    assertThat(first.rows()).hasSize(4);
    assertThat(third.rows()).hasSize(2);
    assertThat(first.total()).isEqualTo(10);
    assertThat(first.rows().get(3).unitName()).isLessThanOrEqualTo(third.rows().get(0).unitName());
  }

  @Test
  void theCampaignChoiceOffersTheCampaignsWhereTheViewerSeesAUnit() {
    assertThat(dashboard.campaigns(DISTRICT_OFFICE)).extracting(CampaignDashboard.CampaignChoice::rootCampaignId)
        .contains(campaign.getId());
    CampaignDashboard.CampaignChoice choice = dashboard.campaigns(DISTRICT_OFFICE).stream()
        .filter(c -> c.rootCampaignId().equals(campaign.getId())).findFirst().orElseThrow();
    assertThat(choice.label()).startsWith("Kế hoạch số 172/KH-UBND — Tổ chức Hội nghị Điển hình tiên tiến");
    assertThat(choice.issuerName()).isEqualTo("Huyện Vĩnh Thuận");
    assertThat(dashboard.campaigns(Viewer.of(List.of("some-other-group")))).isEmpty();
    assertThat(dashboard.campaigns(Viewer.of(List.of("camunda-admin"))))
        .extracting(CampaignDashboard.CampaignChoice::rootCampaignId).contains(campaign.getId());
    assertThat(CampaignDashboard.stageChoices()).extracting(CampaignDashboard.Choice::label)
        .containsExactly("Kế hoạch", "Chờ đại biểu cấp dưới", "Đề cử", "Biểu quyết", "Hồ sơ", "Phê duyệt hồ sơ",
            "Hội nghị", "Báo cáo");
  }

  @Test
  void aPageOfExactlyTheMaximumIsServedAndBadFiltersAreRefused() {
    assertThat(dashboard.page(DISTRICT_OFFICE, all(CampaignDashboard.MAX_PAGE_SIZE)).rows()).hasSize(10);
    assertThatThrownBy(() -> dashboard.page(DISTRICT_OFFICE, all(CampaignDashboard.MAX_PAGE_SIZE + 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("size");
    assertThatThrownBy(() -> dashboard.page(DISTRICT_OFFICE, all(0))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> dashboard.page(DISTRICT_OFFICE, new Filter(-1L, null, null, false, 0, 10)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("campaign");
  }
}

package vn.thiduaflow.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.InvalidInputException;

/**
 * The chair's late-dossier choice "reschedule" against the plan's rules (issue 22, fixed dates mean what they say):
 * refused when the dossier is due on a fixed date (Văn Yên 2020: 27/3/2020, the date stays wherever the conference
 * moves, so rescheduling would only bring the chair back); refused outside the window (inclusive: its last day passes).
 */
@ThiDuaFlowSpringTest
@Transactional
class LateDossierDecisionTest {

  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired ConferenceScheduling scheduling;
  @Autowired ConferenceDateService dates;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Conference scheduled(String planId, ConferenceForm form, LocalDate day) {
    ConferenceDriver.at(LocalDateTime.of(day.getYear(), 1, 2, 8, 0));
    Long campaign = campaigns.start(planId).getId();
    Conference c = conferences.ofCampaign(campaign, Tier.OWN).get(0);
    scheduling.schedule(c.getId(), new ScheduleRequest(form, day, null, null, 120, false));
    return c;
  }

  @Test
  void againstAFixedDossierDateReschedulingIsRefusedWithTheDateAndTheClause() {
    Conference c = scheduled("van-yen-2020", ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE, LocalDate.of(2020, 3, 28));
    assertThatThrownBy(() -> dates.decideLateDossier(c.getId(), LateDossierAction.RESCHEDULE,
        LocalDate.of(2020, 3, 30), null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.vietnamese())
            .contains("Hạn hồ sơ là ngày cố định 27/03/2020").contains("giữ nguyên lịch"));
    assertThat(conferences.get(c.getId()).getScheduledOn()).isEqualTo(LocalDate.of(2020, 3, 28));
    // holding it as scheduled, with a reason, is the way left
    assertThat(dates.decideLateDossier(c.getId(), LateDossierAction.HOLD_AS_SCHEDULED, null,
        "Hồ sơ gửi chậm 1 ngày do chờ ký báo cáo")).isFalse();
  }

  @Test
  void aNewDayMustLieInTheWindowItsLastDayIncluded() {
    Conference c = scheduled("binh-an-27-2025", ConferenceForm.EXEMPLAR_COMMENDATION_CONFERENCE,
        LocalDate.of(2025, 3, 27));
    assertThatThrownBy(() -> dates.decideLateDossier(c.getId(), LateDossierAction.RESCHEDULE,
        LocalDate.of(2025, 4, 1), null))
        .hasMessageContaining("Ngày mới 01/04/2025 nằm ngoài thời gian Kế hoạch cho phép, từ 01/01/2025 đến 31/03/2025");
    assertThat(dates.decideLateDossier(c.getId(), LateDossierAction.RESCHEDULE, LocalDate.of(2025, 3, 31),
        null)).isTrue();
    assertThat(conferences.get(c.getId()).getScheduledOn()).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void aFixedDossierDateMustComeBeforeTheConference_theDayAfterItPasses() {
    ConferenceDriver.at(LocalDateTime.of(2020, 1, 2, 8, 0));
    Long campaign = campaigns.start("van-yen-2020").getId();
    Conference c = conferences.ofCampaign(campaign, Tier.OWN).get(0);
    // the dossier is due on 27/3/2020: a conference that day is refused, the next day passes
    assertThatThrownBy(() -> scheduling.schedule(c.getId(), new ScheduleRequest(
        ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE, LocalDate.of(2020, 3, 27), null, null, 120, false)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("conferenceDate");
          assertThat(e.vietnamese()).contains("hội nghị ngày 27/03/2020 không sau hạn hồ sơ cố định 27/03/2020");
        });
    scheduling.schedule(c.getId(), new ScheduleRequest(ConferenceForm.ADVANCED_EXEMPLAR_CONFERENCE,
        LocalDate.of(2020, 3, 28), null, null, 120, false));
    assertThat(conferences.get(c.getId()).getScheduledOn()).isEqualTo(LocalDate.of(2020, 3, 28));
    // and a reschedule may not move it back to that day
    assertThatThrownBy(() -> dates.reschedule(c.getId(), LocalDate.of(2020, 3, 27), "Trùng lịch họp"))
        .hasMessageContaining("không sau hạn hồ sơ cố định 27/03/2020");
  }
}

package vn.thiduaflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.system.EngineClock;

/**
 * The periodic progress report as a repeating timer: monthly for 172/KH-UBND (§IV "định kỳ hàng tháng"), none for a
 * plan that reports only after its conference (Bình An).
 */
@ThiDuaFlowSpringTest
class ProgressReportProcessTest {

  private static final String PROGRESS_TIMER = "BoundaryEvent_ProgressReportDue";

  @Autowired CampaignService campaigns;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired NotificationRepository notifications;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Job progressTimer(Campaign c) {
    return managementService.createJobQuery().processInstanceId(c.getProcessInstanceId()).activityId(PROGRESS_TIMER)
        .singleResult();
  }

  @Test
  void aMonthlyPlanReportsOnTheTwentyFifthOfEveryMonthUntilTheCampaignCloses() {
    ClockUtil.setCurrentTime(EngineClock.toDate(LocalDateTime.of(2024, 10, 28, 8, 0)));
    Campaign c = campaigns.start("vinh-thuan-172-2024");
    assertThat(progressTimer(c).getDuedate()).isEqualTo(EngineClock.toDate(LocalDate.of(2024, 11, 25).atTime(8, 0)));
    for (int month = 11; month <= 12; month++) {
      ClockUtil.setCurrentTime(EngineClock.toDate(LocalDate.of(2024, month, 25).atTime(8, 0)));
      managementService.executeJob(progressTimer(c).getId());
    }
    assertThat(progressTimer(c).getDuedate()).isEqualTo(EngineClock.toDate(LocalDate.of(2025, 1, 25).atTime(8, 0)));
    var reports = notifications.findByCampaignIdAndKindOrderById(c.getId(), NotificationKind.PROGRESS_REPORT);
    assertThat(reports).extracting(n -> n.getSubject()).containsExactly(
        "[Thi Đua Flow] Báo cáo tiến độ kỳ 11/2024 — Huyện Vĩnh Thuận",
        "[Thi Đua Flow] Báo cáo tiến độ kỳ 12/2024 — Huyện Vĩnh Thuận");
    assertThat(reports.get(1).getBody()).contains("Hội nghị theo giai đoạn (10 hội nghị)").contains("PLANNED: 10")
        .contains("Việc quá hạn chưa xử lý: 0").contains("§IV");
  }

  @Test
  void aPlanThatReportsAfterItsConferenceHasNoPeriodicTimer() {
    ClockUtil.setCurrentTime(EngineClock.toDate(LocalDateTime.of(2025, 2, 20, 8, 0)));
    Campaign c = campaigns.start("binh-an-27-2025");
    assertThat(progressTimer(c)).isNull();
  }
}

package vn.thiduaflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.deadline.DeadlineService;
import vn.thiduaflow.deadline.Notification;
import vn.thiduaflow.deadline.NotificationKind;
import vn.thiduaflow.deadline.NotificationRepository;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * A pilot's conference that moves invites the units of its level again, to the new day (test plan test-three-pilots:
 * the state forestry company, a pilot without consultation): once when scheduled, once more after the reschedule,
 * and the new invitations name the new day.
 */
@ThiDuaFlowSpringTest
class PilotRescheduleInvitationTest {

  private static final String COMPANY = "TQ-CTLN";

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired NotificationRepository notifications;
  @Autowired DeadlineService deadlines;

  private Campaign campaign;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (campaign != null) {
      runtimeService.deleteProcessInstance(campaign.getProcessInstanceId(), "test done");
    }
  }

  private List<Notification> invitations() {
    return notifications.findByCampaignIdAndKindOrderById(campaign.getId(), NotificationKind.PILOT_INVITATION);
  }

  @Test
  void aRescheduledPilotInvitesItsLevelAgainToTheNewDay() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 6, 8, 0));
    campaign = campaigns.start("test-three-pilots");
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().rootProcessInstanceId(campaign.getProcessInstanceId())
        .executable().messages().list()).isEmpty()) {
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
    Conference company = conferences.ofCampaign(campaign.getId(), Tier.LOWER).stream()
        .filter(c -> c.getUnitCode().equals(COMPANY)).findFirst().orElseThrow();
    var task = taskService.createTaskQuery().processInstanceId(company.getProcessInstanceId())
        .taskDefinitionKey(Elements.SCHEDULE_CONFERENCE).singleResult();
    String form = conferences.tierOf(company).forms().get(0).name();
    taskService.complete(task.getId(), withVariables(Fields.CONFERENCE_FORM, form, Fields.CONFERENCE_DATE,
        "2025-02-10", Fields.EDITION, "I"));
    int first = invitations().size();
    assertThat(first).as("the enterprises of its level are invited").isPositive();

    deadlines.reschedule(company.getId(), LocalDate.of(2025, 2, 17), "Trùng lịch làm việc của tỉnh", "test.office");

    List<Notification> all = invitations();
    assertThat(all).hasSize(2 * first);
    assertThat(all.subList(first, all.size())).allSatisfy(n -> assertThat(n.getBody()).contains("17/02/2025"));
  }
}

package vn.thiduaflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Issue 22: a campaign's own conference opens with the campaign. Huyện Vĩnh Thuận (172/KH-UBND: its communes hold
 * their conferences in Q1/2025, the district in Q2) schedules its conference while the communes hold theirs; only its
 * nominations wait until every commune has reported, then open by the message LowerDelegatesCollected. A campaign
 * without lower units (Xã Bình An, 27/KH-UBND) has nothing to wait for.
 */
@ThiDuaFlowSpringTest
class OwnConferenceOpensWithCampaignProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private Campaign campaign;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (campaign != null && runtimeService.createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).count() > 0) {
      runtimeService.deleteProcessInstance(campaign.getProcessInstanceId(), "test done");
    }
  }

  private void runMessageJobs() {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().rootProcessInstanceId(campaign.getProcessInstanceId())
        .executable().messages().list()).isEmpty()) {
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
  }

  private ProcessInstance instanceOf(Conference conference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(conference.getId().toString())
        .processDefinitionKey(vn.thiduaflow.system.ProcessModel.UNIT_CONFERENCE).singleResult();
  }

  @Test
  void aDistrictSchedulesItsConferenceWhileItsCommunesHoldTheirsAndItsNominationsOpenAfterTheLastReport() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    campaign = campaigns.start("vinh-thuan-172-2024");
    runMessageJobs();
    Conference district = conferences.ofCampaign(campaign.getId(), Tier.OWN).get(0);
    assertThat(district.isAwaitsLowerDelegates()).isTrue();
    ProcessInstance own = instanceOf(district);
    ProcessInstance campaignInstance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult();

    // from the first day: the district's schedule task, beside the wait for the communes' delegates
    assertThat(campaignInstance).isWaitingAt(Elements.HOLD_OWN_CONFERENCE, Elements.RECEIVE_LOWER_REPORT);
    assertThat(own).isWaitingAt(Elements.SCHEDULE_CONFERENCE, Elements.AWAIT_LOWER_DELEGATES);
    var schedule = taskService.createTaskQuery().processInstanceId(own.getId())
        .taskDefinitionKey(Elements.SCHEDULE_CONFERENCE).singleResult();
    String form = conferences.tierOf(district).forms().get(0).name();
    taskService.complete(schedule.getId(), withVariables(Fields.CONFERENCE_FORM, form, Fields.CONFERENCE_DATE,
        "2025-05-20", Fields.EDITION, "V", Fields.STAFF_COUNT, 180));
    assertThat(conferences.get(district.getId()).getScheduledOn()).hasToString("2025-05-20");
    // the dashboard says it waits for its lower units, not that it is nominating (and shows no nominations deadline)
    assertThat(conferences.get(district.getId()).getStatus())
        .isEqualTo(vn.thiduaflow.conference.ConferenceStatus.AWAITING_LOWER_DELEGATES);
    assertThat(vn.thiduaflow.dashboard.Stage.of(conferences.get(district.getId()).getStatus()))
        .isEqualTo(vn.thiduaflow.dashboard.Stage.LOWER).extracting(vn.thiduaflow.dashboard.Stage::deadline).isNull();
    assertThat(own).isWaitingAt(Elements.AWAIT_LOWER_DELEGATES).isNotWaitingAt(Elements.SUBMIT_NOMINATIONS);

    // every commune but the last reports: the nominations stay closed
    List<String> communes = campaigns.expectedUnitCodes(campaign.getId());
    assertThat(communes).hasSizeGreaterThan(1);
    ConferenceDriver.at(LocalDateTime.of(2025, 4, 3, 9, 0));
    for (String commune : communes.subList(0, communes.size() - 1)) {
      campaigns.sendLowerReport(campaign.getId(), commune);
    }
    assertThat(own).isWaitingAt(Elements.AWAIT_LOWER_DELEGATES).isNotWaitingAt(Elements.SUBMIT_NOMINATIONS);

    // the last report: the delegates are collected and the district's nominations open
    campaigns.sendLowerReport(campaign.getId(), communes.get(communes.size() - 1));
    assertThat(own).isWaitingAt(Elements.SUBMIT_NOMINATIONS).isNotWaitingAt(Elements.AWAIT_LOWER_DELEGATES);
    assertThat(conferences.get(district.getId()).getStatus())
        .isEqualTo(vn.thiduaflow.conference.ConferenceStatus.SCHEDULED);
    assertThat(conferences.get(district.getId()).isAwaitsLowerDelegates()).isFalse();
    assertThat(campaignInstance).isWaitingAt(Elements.HOLD_OWN_CONFERENCE)
        .isNotWaitingAt(Elements.RECEIVE_LOWER_REPORT);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(own.getId())
        .activityId(Elements.AWAIT_LOWER_DELEGATES).finished().count()).isEqualTo(1);
  }

  @Test
  void aCampaignWithoutLowerUnitsOpensItsNominationsOnceScheduled() {
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 20, 8, 0));
    campaign = campaigns.start("binh-an-27-2025");
    Conference commune = conferences.ofCampaign(campaign.getId(), Tier.OWN).get(0);
    assertThat(commune.isAwaitsLowerDelegates()).isFalse();
    ProcessInstance own = instanceOf(commune);
    assertThat(own).isWaitingAt(Elements.SCHEDULE_CONFERENCE).isNotWaitingAt(Elements.AWAIT_LOWER_DELEGATES);

    var schedule = taskService.createTaskQuery().processInstanceId(own.getId()).singleResult();
    taskService.complete(schedule.getId(), withVariables(Fields.CONFERENCE_FORM, "EXEMPLAR_COMMENDATION_CONFERENCE",
        Fields.CONFERENCE_DATE, "2025-03-27", Fields.EDITION, "III"));
    assertThat(own).isWaitingAt(Elements.SUBMIT_NOMINATIONS);
  }
}

package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.event.process.ChangeOutsideEventDate;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * Issue 22: only the standing office of the plan's issuing unit moves the plan's outside events
 * (Tasklist «Bắt đầu quy trình» → ChangeOutsideEventDate), over the engine's REST API as Tasklist calls it. On the test
 * plan test-two-level-before-party-congress (Tỉnh Lai Châu, communes Xã Bình Lư and Xã Sin Suối Hồ): a commune's
 * standing office inside the province's campaign is refused, and so is a province council member who is not the
 * office; the province's office starts it naming another campaign and gets its own.
 */
@ThiDuaFlowHttpTest
class ChangeOutsideEventDateHttpTest {

  private static final String START = "/engine-rest/process-definition/key/" + ChangeOutsideEventDate.PROCESS
      + "/start";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private Conference conference(Campaign campaign, String unitName) {
    return conferences.ofCampaign(campaign.getId(), null).stream().filter(c -> c.getUnitName().equals(unitName))
        .findFirst().orElseThrow();
  }

  /** The keys of the process definitions the user may start from Tasklist (as Tasklist asks the REST API). */
  private static java.util.List<String> startable(Http http, String user) {
    var answer = http.json(user, "GET", "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true", null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    java.util.List<String> keys = new java.util.ArrayList<>();
    answer.json().forEach(d -> keys.add(d.get("key").asText()));
    return keys;
  }

  @Test
  void onlyTheIssuersStandingOfficeStartsItAndGetsItsOwnCampaign() {
    ConferenceDriver.at(LocalDateTime.of(2025, 7, 10, 8, 0));
    Campaign campaign = campaigns.start("test-two-level-before-party-congress");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "event.http.test");
    Conference province = conference(campaign, "Tỉnh Lai Châu");
    Conference commune = conference(campaign, "Xã Bình Lư");
    var http = new Http(port);

    // Tasklist's «Bắt đầu quy trình» lists it for the province's office only: a commune's office (which starts its own
    // council's process) does not see it, and starting it anyway is refused by the engine's authorization
    String office = councils.holder(province.getId(), CouncilRole.STANDING_OFFICE);
    String communeOfficer = councils.holder(commune.getId(), CouncilRole.STANDING_OFFICE);
    assertThat(startable(http, office)).contains(ChangeOutsideEventDate.PROCESS, "CouncilMaintenance");
    assertThat(startable(http, communeOfficer)).contains("CouncilMaintenance")
        .doesNotContain(ChangeOutsideEventDate.PROCESS);
    var communeOffice = http.json(communeOfficer, "POST", START, "{\"businessKey\":\"" + campaign.getId() + "\"}");
    assertThat(communeOffice.status()).as(communeOffice.body()).isEqualTo(403);
    // a member of the province's council who is not its office may not start it at all
    var member = http.json(councils.holder(province.getId(), CouncilRole.CHAIR), "POST", START, "{}");
    assertThat(member.status()).as(member.body()).isIn(400, 403);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeOutsideEventDate.PROCESS)
        .count()).isZero();

    // the province's office, naming another campaign and another initiator: its own campaign, its own task
    var started = http.json(office, "POST", START, "{\"businessKey\":\"1\",\"variables\":{\"initiator\":"
        + "{\"value\":\"" + councils.holder(commune.getId(), CouncilRole.STANDING_OFFICE) + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo(campaign.getId().toString());
    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getAssignee())
        .isEqualTo(office);
  }
}

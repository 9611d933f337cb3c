package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * A form refused by the plan's rules as Tasklist sees it: submitted through the webapps' own engine API
 * ({@code /camunda/api/engine/…}, with the session and CSRF token), the answer is 400 with every broken rule at once,
 * in Vietnamese sentences naming the field, the rule and the clause — no "Cannot submit task form", no ENGINE-03051 —
 * the log holds one WARN line and no stack trace, and the task is still open with nothing recorded.
 */
@ThiDuaFlowHttpTest
@ExtendWith(OutputCaptureExtension.class)
class FormRefusalHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private ProcessInstance unit;
  private String secretary;

  @BeforeAll
  void aUnitWaitingToSchedule() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    Campaign c = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(c, Http.PASSWORD, "refusal.test");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .singleResult();
    secretary = councils.holder(Long.valueOf(unit.getBusinessKey()), CouncilRole.UNIT_SECRETARY);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyBrokenRuleComesBackAtOnceInVietnameseAndTheLogGetsOneWarnLine(CapturedOutput output) {
    Http browser = new Http(port, true);
    String token = browser.send(null, null, "GET", "/camunda/app/tasklist/default/", null, null).cookie("XSRF-TOKEN");
    Http.Answer login = browser.send(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=" + secretary + "&password="
            + Http.PASSWORD.replace("!", "%21"), "X-XSRF-TOKEN", token);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    token = Http.latestCsrfToken(login, token);
    Http.Answer tasks = browser.send(null, null, "GET", "/camunda/api/engine/engine/default/task?processInstanceId="
        + unit.getId(), null, null, "X-XSRF-TOKEN", token);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    token = Http.latestCsrfToken(tasks, token);
    String task = tasks.json().get(0).get("id").asText();
    int logFrom = output.getOut().length();

    // a form the plan does not allow, a date after the window (quý I: 01/01–31/03/2025), a venue of 201 characters
    Http.Answer refused = browser.send(null, null, "POST", "/camunda/api/engine/engine/default/task/" + task
        + "/submit-form", "application/json", "{\"variables\":{"
        + "\"conferenceForm\":{\"value\":\"GOOD_PEOPLE_GOOD_DEEDS_CONFERENCE\"},"
        + "\"conferenceDate\":{\"value\":\"2025-04-01\"},"
        + "\"venue\":{\"value\":\"" + "x".repeat(201) + "\"}}}", "X-XSRF-TOKEN", token);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    JsonNode problem = refused.json();
    assertThat(problem.get("type").asText()).isEqualTo("urn:thiduaflow:invalid-input");
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("venue", "conferenceForm", "conferenceDate");
    String message = problem.get("message").asText();
    assertThat(message).startsWith("Chưa gửi được, có 3 điều cần sửa: 1) ")
        .contains("Địa điểm dài quá 200 ký tự").contains("ngày 01/04/2025 không nằm trong thời gian Kế hoạch cho phép, từ 01/01/2025 đến 31/03/2025")
        .doesNotContain("conference on")
        .doesNotContain("ENGINE-").doesNotContain("Cannot submit").doesNotContain("[venue]");
    problem.get("errors").forEach(e -> assertThat(e.get("vi").asText()).isNotBlank());

    String log = output.getOut().substring(logFrom);
    assertThat(log.lines().filter(l -> l.contains("vn.thiduaflow.refusals")).toList()).hasSize(1)
        .allSatisfy(l -> assertThat(l).contains("WARN"));
    assertThat(log).doesNotContain("ENGINE-16004").doesNotContain("ENGINE-03051").doesNotContain("\tat org.camunda");
    // nothing kept: the task is still open, the conference not scheduled
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(unit.getId(), "conferenceDate")).isNull();
  }

}

package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * Authentication and per-unit authorization over HTTP, with two units of two campaigns: Xã Bình An (plan 27/KH-UBND)
 * and the issuer of the Văn Yên plan. A member of one unit gets nothing of the other by listing, by guessing an id,
 * through variables, history or the project's reports; calls without valid credentials get 401.
 */
@ThiDuaFlowHttpTest
class SecurityHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired ConferenceQueries conferences;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired LoginThrottle throttle;

  private Http http;
  private ProcessInstance a;
  private ProcessInstance b;
  private Task taskA;
  private Task taskB;
  private String userA;
  private String userB;

  @BeforeAll
  void twoUnitsOfTwoCampaigns() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    http = new Http(port);
    Http.ensureAdmin(engine);
    a = unitInstance(campaigns.start("binh-an-27-2025"), "a.test");
    b = unitInstance(campaigns.start("van-yen-2020"), "b.test");
    taskA = taskService.createTaskQuery().processInstanceId(a.getId()).list().get(0);
    taskB = taskService.createTaskQuery().processInstanceId(b.getId()).list().get(0);
    userA = candidate(taskA);
    userB = candidate(taskB);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance unitInstance(Campaign c, String mailDomain) {
    accounts.ensureAccounts(c, Http.PASSWORD, mailDomain);
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .processDefinitionKey("UnitConference").list().get(0);
  }

  /** A user of the first candidate group of the task (the person Tasklist offers it to). */
  private String candidate(Task task) {
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        var users = identityService.createUserQuery().memberOfGroup(link.getGroupId()).list();
        if (!users.isEmpty()) {
          return users.get(0).getId();
        }
      }
    }
    throw new IllegalStateException("no candidate for " + task.getName());
  }


  private static List<String> ids(Http.Answer answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    answer.json().forEach(n -> ids.add(n.get(field).asText()));
    return ids;
  }

  @Test
  void withoutValidCredentialsBothApisAnswer401() {
    String conference = "/api/conferences/" + a.getBusinessKey();
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/task",
        conference + "/deadlines", conference + "/nominees", conference + "/audit")) {
      Http.Answer none = http.send(null, null, "GET", path, null, null);
      assertThat(none.status()).as(path).isEqualTo(401);
      assertThat(none.header("WWW-Authenticate")).as(path).startsWith("Basic");
      assertThat(http.send(userA, "wrong-password", "GET", path, null, null).status()).as(path).isEqualTo(401);
      assertThat(http.send("nobody", Http.PASSWORD, "GET", path, null, null).status()).as(path).isEqualTo(401);
      // wrong passwords slow the next attempts from this address (LoginThrottle, BreakInHttpTest): start afresh
      throttle.clear(null, null);
    }
    Http.Answer post = http.send(null, null, "POST", conference + "/reschedule", "application/json",
        "{\"date\":\"2025-03-20\",\"reason\":\"x\"}");
    assertThat(post.status()).isEqualTo(401);
    assertThat(conferences.get(Long.valueOf(a.getBusinessKey())).getRescheduledFrom()).isNull();
  }

  @Test
  void aMemberOfOneUnitGetsNothingOfTheOtherByListingGuessingVariablesHistoryOrReports() {
    for (var side : List.of(new Object[] {userA, a, taskA, b, taskB}, new Object[] {userB, b, taskB, a, taskA})) {
      String user = (String) side[0];
      ProcessInstance own = (ProcessInstance) side[1];
      Task ownTask = (Task) side[2];
      ProcessInstance other = (ProcessInstance) side[3];
      Task otherTask = (Task) side[4];
      // listing: own task and instance, nothing of the other unit
      assertThat(ids(http.get(user, "/engine-rest/task"), "id")).contains(ownTask.getId())
          .doesNotContain(otherTask.getId());
      assertThat(ids(http.get(user, "/engine-rest/process-instance"), "id")).contains(own.getId())
          .doesNotContain(other.getId());
      assertThat(ids(http.get(user, "/engine-rest/history/process-instance"), "id")).contains(own.getId())
          .doesNotContain(other.getId());
      // guessing ids
      assertThat(http.get(user, "/engine-rest/task/" + otherTask.getId()).status()).isEqualTo(404);
      assertThat(http.get(user, "/engine-rest/task/" + otherTask.getId() + "/variables").status()).isIn(403, 404);
      assertThat(http.get(user, "/engine-rest/task/" + otherTask.getId() + "/form-variables").status())
          .isIn(403, 404);
      assertThat(http.get(user, "/engine-rest/process-instance/" + other.getId()).status()).isIn(403, 404);
      assertThat(http.get(user, "/engine-rest/process-instance/" + other.getId() + "/variables").status())
          .isIn(403, 404);
      // variables and history by query
      assertThat(http.get(user, "/engine-rest/variable-instance?processInstanceIdIn=" + other.getId()).json())
          .isEmpty();
      assertThat(http.get(user, "/engine-rest/variable-instance?processInstanceIdIn=" + own.getId()).json())
          .isNotEmpty();
      for (String history : List.of("task", "variable-instance", "activity-instance", "detail")) {
        assertThat(http.get(user, "/engine-rest/history/" + history + "?processInstanceId=" + other.getId()).json())
            .as(history).isEmpty();
      }
      assertThat(http.get(user, "/engine-rest/history/variable-instance?processInstanceId=" + own.getId()).json())
          .isNotEmpty();
      // acting on the other unit's task
      assertThat(http.json(user, "POST", "/engine-rest/task/" + otherTask.getId() + "/claim",
          "{\"userId\":\"" + user + "\"}").status()).isIn(403, 404);
      assertThat(http.json(user, "POST", "/engine-rest/task/" + otherTask.getId() + "/complete", "{}").status())
          .isIn(403, 404);
      assertThat(taskService.createTaskQuery().taskId(otherTask.getId()).singleResult().getAssignee()).isNull();
      // the project's reports
      String otherConference = "/api/conferences/" + other.getBusinessKey();
      for (String report : List.of("/deadlines", "/nominees", "/audit")) {
        Http.Answer refused = http.get(user, otherConference + report);
        assertThat(refused.status()).as(report).isEqualTo(404);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain(conferences.get(Long.valueOf(other.getBusinessKey()))
            .getUnitName());
      }
      assertThat(http.get(user, "/api/conferences/" + own.getBusinessKey() + "/deadlines").status()).isEqualTo(200);
      // an unknown id is answered the same way as the other unit's
      assertThat(http.get(user, "/api/conferences/987654/deadlines").json().get("detail").asText())
          .isEqualTo("Không tìm thấy hội nghị 987654 / No conference 987654");
    }
    // the other unit's chair cannot move this unit's conference either
    LocalDate before = conferences.get(Long.valueOf(a.getBusinessKey())).getScheduledOn();
    String otherChair = councils.holder(Long.valueOf(b.getBusinessKey()), CouncilRole.CHAIR);
    assertThat(http.json(otherChair, "POST", "/api/conferences/" + a.getBusinessKey()
        + "/reschedule", "{\"date\":\"2025-03-20\",\"reason\":\"thử\"}").status()).isEqualTo(404);
    assertThat(conferences.get(Long.valueOf(a.getBusinessKey())).getScheduledOn()).isEqualTo(before);
    // a council member of the unit may see it but not move it
    String memberOfA = councils.holder(Long.valueOf(a.getBusinessKey()), CouncilRole.MEMBER);
    Http.Answer member = http.json(memberOfA, "POST", "/api/conferences/" + a.getBusinessKey()
        + "/reschedule", "{\"date\":\"2025-03-20\",\"reason\":\"thử\"}");
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.json().get("title").asText()).isEqualTo("Không có quyền / Forbidden");
    // the administrator sees both
    assertThat(ids(http.get("test-admin", "/engine-rest/task"), "id")).contains(taskA.getId(), taskB.getId());
  }

  @Test
  void bothApisAndTheWebappsSendSecurityHeaders() {
    for (String path : List.of("/engine-rest/task", "/api/conferences/" + a.getBusinessKey() + "/deadlines")) {
      Http.Answer answer = http.get(userA, path);
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
    }
    Http.Answer tasklist = new Http(port).send(null, null, "GET", "/camunda/app/tasklist/default/", null, null);
    assertThat(tasklist.status()).isEqualTo(200);
    assertThat(tasklist.header("Content-Security-Policy")).isNotBlank();
    assertThat(tasklist.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(tasklist.headers().allValues("Set-Cookie")).anySatisfy(c ->
        assertThat(c).startsWith("XSRF-TOKEN=").contains("SameSite=Lax"));
  }


  @Test
  void theWebappRefusesLoginAndChangesWithoutItsCsrfToken() {
    Http browser = new Http(port);
    Http.Answer page = browser.send(null, null, "GET", "/camunda/app/tasklist/default/", null, null);
    String session = "JSESSIONID=" + page.cookie("JSESSIONID") + "; XSRF-TOKEN=" + page.cookie("XSRF-TOKEN");
    String form = "username=" + userA + "&password=" + Http.PASSWORD.replace("!", "%21");
    Http.Answer login = browser.send(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", form, "Cookie", session);
    assertThat(login.status()).isEqualTo(403);
    Http.Answer claim = browser.send(null, null, "POST", "/camunda/api/engine/engine/default/task/" + taskA.getId()
        + "/claim", "application/json", "{\"userId\":\"" + userA + "\"}", "Cookie", session);
    assertThat(claim.status()).isIn(401, 403);
    assertThat(taskService.createTaskQuery().taskId(taskA.getId()).singleResult().getAssignee()).isNull();
  }
}

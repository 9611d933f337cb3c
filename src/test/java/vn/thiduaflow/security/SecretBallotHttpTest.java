package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;

/**
 * Secret ballot over HTTP: each council member submits the vote form with their own credentials, as Tasklist does;
 * afterwards every table of the engine and of the project, and the log, is read and holds no choice at all — only the
 * round's counts and, separately, who took part.
 */
@ThiDuaFlowHttpTest
@ExtendWith(OutputCaptureExtension.class)
class SecretBallotHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DataSource dataSource;
  @Autowired vn.thiduaflow.council.BallotService ballots;

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void nobodyCanReadHowAMemberVotedAnywhereAfterTheVote(CapturedOutput log) {
    org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    Campaign c = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(c, Http.PASSWORD, "ballot.test");
    ProcessInstance unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .singleResult();
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    ConferenceDriver driver = new ConferenceDriver(engine, councils, unit);
    driver.schedule("2025-03-27");
    driver.sendNominations();
    driver.compose(100, 40, 3);
    Http http = new Http(port);
    List<String> members = councils.votingMembers(conferenceId);
    assertThat(members).hasSize(7);
    String firstTask = taskOf(unit, members.get(0));
    // a member cannot cast another member's ballot: the task is not theirs
    assertThat(http.json(members.get(1), "POST", "/engine-rest/task/" + firstTask + "/submit-form",
        "{\"variables\":{\"ballot\":{\"value\":\"APPROVE\"}}}").status()).isIn(403, 404);
    // a choice that is not on the ballot is refused with the field, nothing is counted
    var bad = http.json(members.get(0), "POST", "/engine-rest/task/" + firstTask + "/submit-form",
        "{\"variables\":{\"ballot\":{\"value\":\"MAYBE\"}}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("ballot");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from vote_participation where conference_id = ?", Long.class,
        conferenceId)).isZero();
    // each member marks every nominee with their own credentials: member i agrees with nominee n unless (i + n) % 3
    // == 0, and leaves every fourth mark blank (counted as disagreeing)
    int nominees = ballots.blankBallot(conferenceId).size();
    assertThat(nominees).isGreaterThan(3);
    int[] expected = new int[nominees];
    // a ballot with a row too few is refused, nothing counted
    var short1 = http.json(members.get(0), "POST", "/engine-rest/task/" + firstTask + "/submit-form",
        ballotJson(new String[nominees - 1]));
    assertThat(short1.status()).isEqualTo(400);
    assertThat(short1.json().get("field").asText()).isEqualTo("ballot");
    for (int i = 0; i < members.size(); i++) {
      String task = taskOf(unit, members.get(i));
      String[] marks = new String[nominees];
      for (int n = 0; n < nominees; n++) {
        marks[n] = (i + n) % 4 == 3 ? null : (i + n) % 3 == 0 ? "REJECT" : "APPROVE";
        expected[n] += "APPROVE".equals(marks[n]) ? 1 : 0;
      }
      var answer = http.json(members.get(i), "POST", "/engine-rest/task/" + task + "/submit-form", ballotJson(marks));
      assertThat(answer.status()).as(answer.body()).isEqualTo(204);
      // a second vote: 409, the task says when it was completed; nothing is counted (checked below: 5/2, 7 voters)
      var second = http.json(members.get(i), "POST", "/engine-rest/task/" + task + "/submit-form",
          "{\"variables\":{\"ballot\":{\"value\":\"REJECT\"}}}");
      assertThat(second.status()).as(second.body()).isEqualTo(409);
      assertThat(second.header("Content-Type")).startsWith("application/problem+json");
      assertThat(second.json().get("detail").asText()).contains("đã được hoàn thành").contains("one vote per member");
      // another member probing the same id learns nothing more than "not found"
      var probe = http.json(members.get((i + 1) % members.size()), "POST", "/engine-rest/task/" + task
          + "/submit-form", "{\"variables\":{\"ballot\":{\"value\":\"REJECT\"}}}");
      assertThat(probe.status()).as(probe.body()).isIn(404, 409);
    }
    driver.executeBallotContinuations();
    // the tally is right and nothing else is kept
    assertThat(jdbc.queryForObject("select ballots from ballot_box where conference_id = ?", Integer.class,
        conferenceId)).isEqualTo(7);
    assertThat(jdbc.queryForList("select agreements from ballot_count where conference_id = ? order by nomination_id",
        Integer.class, conferenceId)).containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Integer[]::new));
    assertThat(jdbc.queryForObject("select count(*) from vote_participation where conference_id = ?", Long.class,
        conferenceId)).isEqualTo(7);
    List<String> found = new ArrayList<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables "
        + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class)) {
      for (var row : jdbc.queryForList("select * from \"" + table + "\"")) {
        if (table.equals("ACT_GE_BYTEARRAY") && row.get("DEPLOYMENT_ID_") != null) {
          continue; // the deployed form and model name the two options, for everyone alike
        }
        // the context's other tests run other conferences to their end (a dossier APPROVED is no ballot): only this
        // vote's conference and process instance are looked at, and rows belonging to no conference or instance
        Object instance = row.get("PROC_INST_ID_");
        Object conference = table.equals("CONFERENCE") ? row.get("ID") : row.get("CONFERENCE_ID");
        if ((instance != null && !instance.equals(unit.getId()))
            || (conference != null && !String.valueOf(conference).equals(String.valueOf(conferenceId)))) {
          continue;
        }
        for (var e : row.entrySet()) {
          String value = e.getValue() instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
              : String.valueOf(e.getValue());
          if (value.contains("APPROVE") || value.contains("REJECT") || value.contains("MAYBE")
              || value.contains("\"choice\"") || "ballot".equals(value)) {
            found.add(table + "." + e.getKey() + " = " + value);
          }
        }
      }
    }
    assertThat(found).as("choices stored anywhere").isEmpty();
    assertThat(log.getAll()).doesNotContain("APPROVE").doesNotContain("REJECT");
    // and over the API, even for the administrator: no ballot variable in runtime or history
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("ballot").count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(unit.getId()).list())
        .noneSatisfy(d -> assertThat(String.valueOf(d)).contains("ballot"));
  }

  /** A per-nominee ballot as the vote form sends it: a Json list of rows with their choice (null: unmarked). */
  private static String ballotJson(String[] marks) {
    StringBuilder list = new StringBuilder("[");
    for (int n = 0; n < marks.length; n++) {
      list.append(n == 0 ? "" : ",").append("{\\\"nominee\\\":\\\"").append(n + 1).append("\\\",\\\"choice\\\":")
          .append(marks[n] == null ? "null" : "\\\"" + marks[n] + "\\\"").append("}");
    }
    return "{\"variables\":{\"ballot\":{\"value\":\"" + list.append("]") + "\",\"type\":\"Json\"}}}";
  }

  private String taskOf(ProcessInstance unit, String member) {
    return taskService.createTaskQuery().processInstanceId(unit.getId()).taskAssignee(member).singleResult().getId();
  }
}

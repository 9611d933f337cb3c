package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.system.ProcessModel;

/**
 * The unit secretary enters the nominee list in the nominations task's Camunda Form (issue 20), as Tasklist sends it:
 * the form's dynamic list {@code nominees} comes back as a Json variable. The task opens with the unit's current list;
 * a list with wrong rows is refused with every row and field named and nothing changes; a right one replaces the
 * unit's own list, with position and achievement summary, and leaves no variable behind.
 */
@ThiDuaFlowHttpTest
class NominationFormHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired NominationRepository nominations;
  @Autowired DataSource dataSource;

  private ProcessInstance unit;
  private Long conferenceId;
  private String secretary;

  @BeforeAll
  void aUnitAtItsNominations() {
    org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    var campaign = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "nominations.test");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaign.getProcessInstanceId())
        .singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    new ConferenceDriver(engine, councils, unit).schedule("2025-03-27");
    secretary = councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private String task() {
    return taskService.createTaskQuery().processInstanceId(unit.getId())
        .taskDefinitionKey(ProcessModel.Elements.SUBMIT_NOMINATIONS).singleResult().getId();
  }

  private static String submission(String rows) {
    return "{\"variables\":{\"nominees\":{\"type\":\"Json\",\"value\":" + quoted(rows) + "},"
        + "\"nominationsSent\":{\"value\":true},\"nominationsNote\":{\"value\":\"\"}}}";
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String row(String kind, String name, String position, String title, Object year, String source,
      String summary) {
    return "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"position\":" + (position == null ? "null"
        : "\"" + position + "\"") + ",\"title\":\"" + title + "\",\"recognizedYear\":" + year + ",\"source\":\""
        + source + "\",\"unitCode\":null,\"achievementSummary\":" + (summary == null ? "null" : "\"" + summary + "\"")
        + "}";
  }

  @Test
  void theSecretaryEntersTheListInTheFormAWrongOneIsRefusedRowByRowARightOneReplacesIt() {
    Http http = new Http(port);
    // the task opens with the unit's current list, for the form's dynamic list
    Http.Answer shown = http.get(secretary, "/engine-rest/task/" + task() + "/form-variables");
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().path("nominees").path("type").asText()).isEqualTo("Json");
    List<Nomination> before = nominations.findByConferenceIdOrderById(conferenceId);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long auditBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);

    // two wrong rows: a one-letter name, a year to come; every problem at once, named by row and label
    String wrong = "[" + row("INDIVIDUAL", "Nguyễn Thị Hoa", "Giáo viên", "EMULATION_FIGHTER", 2024, "AGENCY", null)
        + "," + row("INDIVIDUAL", "A", null, "EXEMPLAR", 2031, "MASS_ORGANIZATION", null) + "]";
    Http.Answer refused = http.json(secretary, "POST", "/engine-rest/task/" + task() + "/submit-form",
        submission(wrong));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("field").asText()).isEqualTo("nominees[1].name");
    assertThat(refused.json().path("detail").asText()).contains("Đề cử thứ 2 — Họ và tên / Tên tập thể");
    assertThat(refused.body()).contains("nominees[1].recognizedYear");
    assertThat(nominations.findByConferenceIdOrderById(conferenceId)).hasSameSizeAs(before);
    assertThat(taskService.createTaskQuery().taskId(task()).count()).isOne();

    // corrected: the list is stored with what the council reads, the process goes on, no variable is left
    String right = "[" + row("INDIVIDUAL", "Nguyễn Thị Hoa", "Giáo viên, Trường Tiểu học Bình An",
        "EMULATION_FIGHTER", 2024, "AGENCY", "Ba năm liền giáo viên dạy giỏi cấp huyện") + ","
        + row("COLLECTIVE", "Tổ dân phố 3", null, "GOOD_PERSON_GOOD_DEED", 2023, "RESIDENTIAL_GROUP", null) + "]";
    String taskId = task();
    Http.Answer saved = http.json(secretary, "POST", "/engine-rest/task/" + taskId + "/submit-form",
        submission(right));
    assertThat(saved.status()).as(saved.body()).isEqualTo(204);
    List<Nomination> after = nominations.findByConferenceIdOrderById(conferenceId);
    assertThat(after).extracting(Nomination::getNomineeName).containsExactly("Nguyễn Thị Hoa", "Tổ dân phố 3");
    assertThat(after.get(0).getPosition()).isEqualTo("Giáo viên, Trường Tiểu học Bình An");
    assertThat(after.get(0).getAchievementSummary()).isEqualTo("Ba năm liền giáo viên dạy giỏi cấp huyện");
    assertThat(after).allSatisfy(n -> assertThat(n.isSample()).isFalse());
    assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOMINEE_LIST'", Long.class))
        .isPositive();
    assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isGreaterThan(auditBefore);
    assertThat(runtimeService.getVariables(unit.getId())).doesNotContainKey("nominees");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    // the JSON list tells the same
    Http.Answer list = http.get(secretary, "/api/conferences/" + conferenceId + "/nominees");
    assertThat(list.json().get(0).path("position").asText()).isEqualTo("Giáo viên, Trường Tiểu học Bình An");
    assertThat(list.json().get(0).path("achievementSummary").asText()).startsWith("Ba năm liền");
  }

  /** A second unit of the same plan at its nominations, with its secretary. */
  private ProcessInstance anotherUnitAtItsNominations() {
    var campaign = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "nominations.test");
    ProcessInstance other = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getProcessInstanceId()).singleResult();
    new ConferenceDriver(engine, councils, other).schedule("2025-03-27");
    return other;
  }

  @Test
  void aListSentBackAsItWasShownIsNotStoredAgain() {
    ProcessInstance other = anotherUnitAtItsNominations();
    Long otherConference = Long.valueOf(other.getBusinessKey());
    String otherSecretary = councils.holder(otherConference, CouncilRole.UNIT_SECRETARY);
    String taskId = taskService.createTaskQuery().processInstanceId(other.getId()).singleResult().getId();
    Http http = new Http(port);
    // what the form shows, sent back as form-js sends it: texts it had none of come back empty
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode shown;
    try {
      // as Tasklist reads it: the Json value as its text
      shown = mapper.readTree(http.get(otherSecretary, "/engine-rest/task/" + taskId
          + "/form-variables?deserializeValues=false").json().path("nominees").path("value").asText());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
    assertThat(shown.size()).isPositive();
    var rows = mapper.createArrayNode();
    shown.forEach(row -> {
      var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) row).deepCopy();
      copy.fields().forEachRemaining(f -> {
        if (f.getValue().isNull()) {
          copy.put(f.getKey(), "");
        }
      });
      rows.add(copy);
    });
    List<Long> before = nominations.findByConferenceIdOrderById(otherConference).stream().map(Nomination::getId)
        .toList();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long audits = jdbc.queryForObject("select count(*) from audit_event where action = 'NOMINEE_LIST'", Long.class);

    Http.Answer sent = http.json(otherSecretary, "POST", "/engine-rest/task/" + taskId + "/submit-form",
        submission(rows.toString()));

    assertThat(sent.status()).as(sent.body()).isEqualTo(204);
    assertThat(nominations.findByConferenceIdOrderById(otherConference)).extracting(Nomination::getId)
        .containsExactlyElementsOf(before);
    assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOMINEE_LIST'", Long.class))
        .isEqualTo(audits);
  }

  @Test
  void aListSentWithCompleteIsStoredAndLeavesNoVariable() {
    ProcessInstance other = anotherUnitAtItsNominations();
    Long otherConference = Long.valueOf(other.getBusinessKey());
    String otherSecretary = councils.holder(otherConference, CouncilRole.UNIT_SECRETARY);
    String taskId = taskService.createTaskQuery().processInstanceId(other.getId()).singleResult().getId();
    String list = "[" + row("INDIVIDUAL", "Phạm Văn Đức", null, "EXEMPLAR", 2024, "AGENCY", null) + "]";
    Http.Answer sent = new Http(port).json(otherSecretary, "POST", "/engine-rest/task/" + taskId + "/complete",
        submission(list));
    assertThat(sent.status()).as(sent.body()).isEqualTo(204);
    assertThat(nominations.findByConferenceIdOrderById(otherConference)).extracting(Nomination::getNomineeName)
        .containsExactly("Phạm Văn Đức");
    assertThat(runtimeService.getVariables(other.getId())).doesNotContainKey("nominees");
  }
}

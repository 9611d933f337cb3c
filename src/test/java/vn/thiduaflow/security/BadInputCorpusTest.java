package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * Bad input changes nothing and explains itself: a corpus of bad requests over HTTP — plan files, rescheduling,
 * nominee lists, every kind of form sent to Camunda's REST API (dates outside the window, caps exceeded, votes by
 * non-members, second votes), wrong content types and methods, oversized and chunked bodies, unknown ids and units,
 * injection strings. Each is answered with its status as problem+json naming the field (and the rule, in Vietnamese
 * and English), and every table of the database — engine and project — is the same after it as before.
 */
@ThiDuaFlowHttpTest
class BadInputCorpusTest {

  /** Written outside any request: the engine's telemetry/properties and its metrics reporter. */
  private static final Set<String> UNSTABLE_TABLES = Set.of("ACT_GE_PROPERTY", "ACT_RU_METER_LOG");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DataSource dataSource;

  /**
   * The tables as the last bad input left them, unchanged by it: the next one's "before" (the cases run one after
   * another on one instance of this class, nothing else writes in between); null when not known.
   */
  private Map<String, String> unchanged;

  private Http http;
  private JdbcTemplate jdbc;
  private String scheduling;
  private String nominating;
  private String composing;
  private String voting;
  private String scheduleTask;
  private String nominationsTask;
  private String composeTask;
  private String openBallot;
  private String castBallot;
  private String secretary;
  private String chair;
  private String member;
  private String voter;
  private String otherSecretary;
  private String seedPlan;
  private String schedulingInstance;
  private String otherConference;
  private String otherTask;

  @BeforeAll
  void conferencesAtEveryStep() {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    http = new Http(port);
    jdbc = new JdbcTemplate(dataSource);
    Http.ensureAdmin(engine);
    ProcessInstance s = binhAn();
    ProcessInstance n = binhAn();
    ProcessInstance c = binhAn();
    ProcessInstance v = binhAn();
    new ConferenceDriver(engine, councils, n).schedule("2025-03-27");
    ConferenceDriver composeDriver = new ConferenceDriver(engine, councils, c);
    composeDriver.schedule("2025-03-27");
    composeDriver.sendNominations();
    ConferenceDriver voteDriver = new ConferenceDriver(engine, councils, v);
    voteDriver.schedule("2025-03-27");
    voteDriver.sendNominations();
    voteDriver.compose(100, 40, 3);
    scheduling = s.getBusinessKey();
    nominating = n.getBusinessKey();
    composing = c.getBusinessKey();
    voting = v.getBusinessKey();
    scheduleTask = onlyTask(s);
    nominationsTask = onlyTask(n);
    composeTask = onlyTask(c);
    List<String> members = councils.votingMembers(Long.valueOf(voting));
    voter = members.get(0);
    member = members.get(1);
    castBallot = ballotOf(v, voter);
    assertThat(http.json(voter, "POST", "/engine-rest/task/" + castBallot + "/submit-form",
        "{\"variables\":{\"ballot\":{\"value\":\"APPROVE\"}}}").status()).isEqualTo(204);
    openBallot = ballotOf(v, member);
    secretary = councils.holder(Long.valueOf(scheduling), CouncilRole.UNIT_SECRETARY);
    chair = councils.holder(Long.valueOf(scheduling), CouncilRole.CHAIR);
    Campaign vanYen = campaigns.start("van-yen-2020");
    accounts.ensureAccounts(vanYen, Http.PASSWORD, "corpus-b.test");
    String vanYenConference = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(vanYen.getProcessInstanceId()).processDefinitionKey("UnitConference").list().get(0)
        .getBusinessKey();
    otherSecretary = councils.holder(Long.valueOf(vanYenConference), CouncilRole.UNIT_SECRETARY);
    otherConference = vanYenConference;
    otherTask = taskService.createTaskQuery().processInstanceBusinessKey(vanYenConference).list().get(0).getId();
    schedulingInstance = s.getId();
    seedPlan = resource("/plans/binh-an-27-2025.yaml");
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance binhAn() {
    Campaign campaign = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "corpus.test");
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaign.getProcessInstanceId())
        .singleResult();
  }

  private String onlyTask(ProcessInstance p) {
    return taskService.createTaskQuery().processInstanceId(p.getId()).singleResult().getId();
  }

  private String ballotOf(ProcessInstance p, String user) {
    return taskService.createTaskQuery().processInstanceId(p.getId()).taskAssignee(user).singleResult().getId();
  }


  private static String resource(String path) {
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One bad request and what it must get.
   *
   * @param name what is wrong, for the report
   * @param chunked send the body without a length
   * @param status the expected HTTP status
   * @param field the expected {@code field} member of the problem, or null when the problem is not about one field
   */
  record Case(String name, String user, String method, String path, String contentType, String body, boolean chunked,
      int status, String field, String absent) {
    @Override
    public String toString() {
      return name;
    }

    /** The same case, whose answer must also not contain {@code text} (what it would give away). */
    Case without(String text) {
      return new Case(name, user, method, path, contentType, body, chunked, status, field, text);
    }
  }

  private static Case bad(String name, String user, String method, String path, String contentType, String body,
      int status, String field) {
    return new Case(name, user, method, path, contentType, body, false, status, field, null);
  }

  private static String schedule(String form, String date, String edition) {
    return Http.form("conferenceForm", "\"" + form + "\"", "conferenceDate", "\"" + date + "\"", "edition",
        "\"" + edition + "\"");
  }

  private static String composition(int exemplars, int guests, int presidium) {
    return Http.form("exemplarDelegates", String.valueOf(exemplars), "guestDelegates", String.valueOf(guests),
        "presidiumSize", String.valueOf(presidium), "presidiumExemplars", "0");
  }

  private static String nominee(String name, String title, int year, String unitCode) {
    return "{\"name\":\"" + name + "\",\"kind\":\"INDIVIDUAL\",\"title\":\"" + title + "\",\"recognizedYear\":" + year
        + ",\"source\":\"AGENCY\",\"unitCode\":\"" + unitCode + "\"}";
  }

  List<Case> corpus() {
    String plans = "/api/plans/check";
    String yaml = "application/yaml";
    String json = "application/json";
    String reschedule = "/api/conferences/" + nominating + "/reschedule";
    String nominees = "/api/conferences/" + nominating + "/nominees";
    String submitSchedule = "/engine-rest/task/" + scheduleTask + "/submit-form";
    String submitNominations = "/engine-rest/task/" + nominationsTask + "/submit-form";
    String submitComposition = "/engine-rest/task/" + composeTask + "/submit-form";
    String submitBallot = "/engine-rest/task/" + openBallot + "/submit-form";
    String ok = nominee("Nguyễn Thị Hoa", "EXEMPLAR", 2023, "21064");
    String megabyte = "x".repeat(1024 * 1024 + 10);
    String admin = "test-admin";
    String office = councils.holder(Long.valueOf(composing), CouncilRole.STANDING_OFFICE);
    List<Case> cases = new ArrayList<>(List.of(
        // malformed plan files
        bad("plan: YAML syntax error", secretary, "POST", plans, yaml, "id: [unclosed\nnumber: 27", 400, null),
        bad("plan: empty file", secretary, "POST", plans, yaml, "", 400, null),
        bad("plan: only an id", secretary, "POST", plans, yaml, "id: x\n", 400, null),
        bad("plan: window ends before it starts", secretary, "POST", plans, yaml,
            seedPlan.replace("to: 2025-03-31", "to: 2024-12-31"), 400, "ownConference.window.to"),
        bad("plan: vote threshold of 150%", secretary, "POST", plans, yaml,
            seedPlan.replace("thresholdPercent: 50", "thresholdPercent: 150"), 400, "approval.thresholdPercent"),
        bad("plan: unknown conference form", secretary, "POST", plans, yaml,
            seedPlan.replace("forms: [EXEMPLAR_COMMENDATION_CONFERENCE]", "forms: [BANQUET]"), 400,
            "ownConference.forms[0]"),
        bad("plan: issuer is not an administrative unit", secretary, "POST", plans, yaml,
            seedPlan.replace("unitCode: \"21064\"", "unitCode: \"99999\""), 400, "issuer.unitCode"),
        bad("plan: sent as JSON", secretary, "POST", plans, json, "{\"id\":\"x\"}", 415, null),
        bad("plan: over 1 MiB", secretary, "POST", plans, yaml, "# " + megabyte, 413, null),
        // rescheduling
        bad("reschedule: date outside the plan's window", chair, "POST", reschedule, json,
            "{\"date\":\"2025-04-01\",\"reason\":\"Trùng lịch\"}", 400, "date"),
        bad("reschedule: date in the past", chair, "POST", reschedule, json,
            "{\"date\":\"2025-01-01\",\"reason\":\"Trùng lịch\"}", 400, "date"),
        bad("reschedule: no reason", chair, "POST", reschedule, json, "{\"date\":\"2025-03-20\"}", 400, "reason"),
        bad("reschedule: reason over 500 characters", chair, "POST", reschedule, json,
            "{\"date\":\"2025-03-20\",\"reason\":\"" + "a".repeat(501) + "\"}", 400, "reason"),
        bad("reschedule: not a date", chair, "POST", reschedule, json,
            "{\"date\":\"2025-13-45\",\"reason\":\"Trùng lịch\"}", 400, "date"),
        bad("reschedule: not JSON", chair, "POST", reschedule, json, "date=2025-03-20", 400, null),
        bad("reschedule: form-encoded body", chair, "POST", reschedule, "application/x-www-form-urlencoded",
            "date=2025-03-20&reason=x", 415, null),
        bad("reschedule: GET", chair, "GET", reschedule, null, null, 405, null),
        bad("reschedule: by a council member", member(), "POST", reschedule, json,
            "{\"date\":\"2025-03-20\",\"reason\":\"Trùng lịch\"}", 403, null),
        bad("reschedule: by another unit's secretary", otherSecretary, "POST", reschedule, json,
            "{\"date\":\"2025-03-20\",\"reason\":\"Trùng lịch\"}", 404, null),
        bad("reschedule: conference not yet scheduled", chair, "POST", "/api/conferences/" + scheduling
            + "/reschedule", json, "{\"date\":\"2025-03-20\",\"reason\":\"Trùng lịch\"}", 400, "date"),
        bad("conference id is not a number", chair, "GET", "/api/conferences/abc/deadlines", null, null, 400,
            "conferenceId"),
        bad("unknown conference", chair, "GET", "/api/conferences/987654/deadlines", null, null, 404, null),
        new Case("reschedule: chunked body without a length", chair, "POST", reschedule, json,
            "{\"date\":\"2025-03-20\",\"reason\":\"Trùng lịch\"}", true, 411, null, null),
        // nominee lists
        bad("nominees: duplicate name", secretary, "PUT", nominees, json,
            "[" + ok + "," + nominee("nguyễn  thị hoa", "EXEMPLAR", 2022, "21064") + "]", 400, "nominees[1].name"),
        bad("nominees: script injection in a name", secretary, "PUT", nominees, json,
            "[" + nominee("<script>alert(1)</script>", "EXEMPLAR", 2023, "21064") + "]", 400, "nominees[0].name"),
        bad("nominees: SQL injection in a name", secretary, "PUT", nominees, json,
            "[" + nominee("Robert'); DROP TABLE nomination;--", "EXEMPLAR", 2023, "21064") + "]", 400,
            "nominees[0].name"),
        bad("nominees: unknown unit code", secretary, "PUT", nominees, json,
            "[" + nominee("Trần Văn Nam", "EXEMPLAR", 2023, "99999") + "]", 400, "nominees[0].unitCode"),
        bad("nominees: unit outside the conference's unit", secretary, "PUT", nominees, json,
            "[" + nominee("Trần Văn Nam", "EXEMPLAR", 2023, "18097") + "]", 400, "nominees[0].unitCode"),
        bad("nominees: year of recognition in the future", secretary, "PUT", nominees, json,
            "[" + nominee("Trần Văn Nam", "EXEMPLAR", 2031, "21064") + "]", 400, "nominees[0].recognizedYear"),
        bad("nominees: unknown title", secretary, "PUT", nominees, json,
            "[" + nominee("Trần Văn Nam", "SUPERHERO", 2023, "21064") + "]", 400, "nominees[0].title"),
        bad("nominees: one-letter name", secretary, "PUT", nominees, json,
            "[" + nominee("A", "EXEMPLAR", 2023, "21064") + "]", 400, "nominees[0].name"),
        bad("nominees: an achievement summary over 2,000 characters", secretary, "PUT", nominees, json,
            "[" + ok.replace("}", ",\"achievementSummary\":\"" + "Thành tích ".repeat(200) + "\"}") + "]", 400,
            "nominees[0].achievementSummary"),
        bad("nominees: a position over 200 characters", secretary, "PUT", nominees, json,
            "[" + ok.replace("}", ",\"position\":\"" + "Giáo viên ".repeat(21) + "\"}") + "]", 400,
            "nominees[0].position"),
        bad("nominees: empty list", secretary, "PUT", nominees, json, "[]", 400, "nominees"),
        bad("nominees: null row", secretary, "PUT", nominees, json, "[" + ok + ",null]", 400, "nominees[1]"),
        bad("nominees: over 1000 rows", secretary, "PUT", nominees, json,
            "[" + String.join(",", java.util.Collections.nCopies(1001, ok)) + "]", 400, "nominees"),
        bad("nominees: an object instead of a list", secretary, "PUT", nominees, json, ok, 400, null),
        bad("nominees: while nominations are not open", secretary, "PUT", "/api/conferences/" + scheduling
            + "/nominees", json, "[" + ok + "]", 400, "nominees"),
        bad("nominees: another unit's conference", otherSecretary, "PUT", nominees, json, "[" + ok + "]", 404, null),
        // forms submitted to Camunda's REST API, as Tasklist does
        bad("schedule form: the day after the window", secretary, "POST", submitSchedule, json,
            schedule("EXEMPLAR_COMMENDATION_CONFERENCE", "2025-04-01", "III"), 400, "conferenceDate"),
        bad("schedule form: the day before the window", secretary, "POST", submitSchedule, json,
            schedule("EXEMPLAR_COMMENDATION_CONFERENCE", "2024-12-31", "III"), 400, "conferenceDate"),
        bad("schedule form: a form the plan does not allow", secretary, "POST", submitSchedule, json,
            schedule("PATRIOTIC_EMULATION_CONGRESS", "2025-03-27", "III"), 400, "conferenceForm"),
        bad("schedule form: unknown conference form", secretary, "POST", submitSchedule, json,
            schedule("BANQUET", "2025-03-27", "III"), 400, "conferenceForm"),
        bad("schedule form: not a date", secretary, "POST", submitSchedule, json,
            schedule("EXEMPLAR_COMMENDATION_CONFERENCE", "27/03/2025", "III"), 400, "conferenceDate"),
        bad("schedule form: edition not a Roman numeral", secretary, "POST", submitSchedule, json,
            schedule("EXEMPLAR_COMMENDATION_CONFERENCE", "2025-03-27", "3'; --"), 400, "edition"),
        bad("schedule form: negative staff count", secretary, "POST", submitSchedule, json,
            Http.form("conferenceForm", "\"EXEMPLAR_COMMENDATION_CONFERENCE\"", "conferenceDate", "\"2025-03-27\"",
                "staffCount", "-5"), 400, "staffCount"),
        bad("schedule form: venue over 200 characters", secretary, "POST", submitSchedule, json,
            Http.form("conferenceForm", "\"EXEMPLAR_COMMENDATION_CONFERENCE\"", "conferenceDate", "\"2025-03-27\"",
                "venue", "\"" + "Hội trường ".repeat(25) + "\""), 400, "venue"),
        bad("schedule form: sent as text", secretary, "POST", submitSchedule, "text/plain", "conferenceDate=x", 415,
            null),
        bad("nominations form: not confirmed as sent", secretary, "POST", submitNominations, json,
            Http.form("nominationsSent", "false"), 400, "nominationsSent"),
        bad("composition form: 151 delegates, cap 150", office, "POST",
            submitComposition, json, composition(111, 40, 3), 400, "exemplarDelegates"),
        bad("composition form: presidium of 4, plan says 3", office, "POST",
            submitComposition, json, composition(100, 40, 4), 400, "presidiumSize"),
        bad("composition form: negative count", office, "POST",
            submitComposition, json, composition(-1, 40, 3), 400, "composition"),
        bad("vote: a choice not on the ballot", member, "POST", submitBallot, json, Http.form("ballot", "\"MAYBE\""), 400,
            "ballot"),
        // a task the caller may not see is not found, like an unknown id (issue 19)
        bad("vote: by the unit's secretary, not a council member", secretary, "POST", submitBallot, json,
            Http.form("ballot", "\"APPROVE\""), 404, null),
        bad("vote: by another unit's secretary", otherSecretary, "POST", submitBallot, json,
            Http.form("ballot", "\"APPROVE\""), 404, null),
        bad("vote: an administrator casting a member's ballot", admin, "POST", submitBallot, json,
            Http.form("ballot", "\"APPROVE\""), 400, "ballot"),
        bad("vote: a second vote", voter, "POST", "/engine-rest/task/" + castBallot + "/submit-form", json,
            Http.form("ballot", "\"REJECT\""), 409, null),
        bad("form sent to an unknown task", admin, "POST", "/engine-rest/task/no-such-task/submit-form", json,
            Http.form("ballot", "\"APPROVE\""), 404, null)));
    cases.addAll(breakIn(secretary, json, admin, submitSchedule, submitBallot));
    return cases;
  }

  /**
   * Issue 19: what a unit's own users tried against other units' conferences, and values that were silently coerced
   * or answered with an internal error.
   */
  private List<Case> breakIn(String secretary, String json, String admin, String submitSchedule, String submitBallot) {
    String task = "/engine-rest/task/";
    String variable = "{\"value\":" + otherConference + ",\"type\":\"Long\"}";
    String okSchedule = schedule("EXEMPLAR_COMMENDATION_CONFERENCE", "2025-03-27", "III");
    String withExtra = okSchedule.substring(0, okSchedule.length() - 2) + ",\"conferenceId\":" + variable + "}}";
    String ballot = "{\"variables\":{\"ballot\":{\"value\":\"APPROVE\"},";
    return List.of(
        // nothing a user sends re-points a process at another unit's conference
        bad("tampering: a secretary sets conferenceId on their task", secretary, "PUT", task + scheduleTask
            + "/variables/conferenceId", json, variable, 403, null),
        bad("tampering: a secretary sets conferenceId on their instance", secretary, "PUT",
            "/engine-rest/process-instance/" + schedulingInstance + "/variables/conferenceId", json, variable, 403,
            null),
        bad("tampering: a secretary removes a variable of their task", secretary, "DELETE", task + scheduleTask
            + "/variables/ruleViolations", null, null, 403, null),
        bad("tampering: the schedule form with conferenceId added", secretary, "POST", submitSchedule, json,
            withExtra, 400, "conferenceId"),
        bad("tampering: the schedule task completed with a campaign id", secretary, "POST", task + scheduleTask
            + "/complete", json, "{\"variables\":{\"campaignId\":" + variable + "}}", 400, "campaignId"),
        bad("tampering: a ballot that moves the multi-instance counter", member, "POST", submitBallot, json,
            ballot + "\"nrOfCompletedInstances\":{\"value\":7}}}", 400, "nrOfCompletedInstances"),
        bad("tampering: a ballot that sets the gateway flag", member, "POST", submitBallot, json,
            ballot + "\"votePassed\":{\"value\":true}}}", 400, "votePassed"),
        bad("tampering: a ballot that names another council member", member, "POST", submitBallot, json,
            ballot + "\"councilMember\":{\"value\":\"" + voter + "\"}}}", 400, "councilMember"),
        // a council member cannot pass their vote task to anyone
        bad("vote task: its member sets another assignee", member, "POST", task + openBallot + "/assignee", json,
            "{\"userId\":\"" + voter + "\"}", 403, null),
        bad("vote task: its member delegates it", member, "POST", task + openBallot + "/delegate", json,
            "{\"userId\":\"" + voter + "\"}", 403, null),
        bad("vote task: its member claims it for another member", member, "POST", task + openBallot + "/claim", json,
            "{\"userId\":\"" + voter + "\"}", 400, "userId"),
        bad("vote task: its member drops it (claim for nobody)", member, "POST", task + openBallot + "/claim", json,
            "{\"userId\":null}", 400, "userId"),
        bad("vote task: its member unclaims it", member, "POST", task + openBallot + "/unclaim", json, "{}", 403,
            null),
        bad("vote task: its member adds a candidate", member, "POST", task + openBallot + "/identity-links", json,
            "{\"userId\":\"" + voter + "\",\"type\":\"candidate\"}", 403, null),
        bad("vote task: its member changes the owner", member, "PUT", task + openBallot, json,
            "{\"name\":\"x\",\"owner\":\"" + voter + "\"}", 403, null),
        bad("task: a secretary ends it with a BPMN error", secretary, "POST", task + scheduleTask + "/bpmnError", json,
            "{\"errorCode\":\"x\"}", 400, "task"),
        bad("tampering: the schedule form with the read-only rule violations", secretary, "POST", submitSchedule, json,
            okSchedule.substring(0, okSchedule.length() - 2) + ",\"ruleViolations\":{\"value\":\"ok\"}}}", 400,
            "ruleViolations"),
        // another unit's task or instance answers like an unknown id
        bad("other unit: a task's variables", otherSecretary, "GET", task + scheduleTask + "/variables", null, null,
            404, null),
        bad("other unit: a task's form variables", otherSecretary, "GET", task + scheduleTask + "/form-variables",
            null, null, 404, null),
        bad("other unit: a task's identity links", otherSecretary, "GET", task + scheduleTask + "/identity-links",
            null, null, 404, null),
        bad("other unit: an instance's variables", otherSecretary, "GET", "/engine-rest/process-instance/"
            + schedulingInstance + "/variables", null, null, 404, null),
        bad("other unit: an instance's activity instances", otherSecretary, "GET", "/engine-rest/process-instance/"
            + schedulingInstance + "/activity-instances", null, null, 404, null),
        bad("other unit: a form submitted to its task", secretary, "POST", task + otherTask + "/submit-form", json,
            okSchedule, 404, null),
        bad("other unit: a task's variables under engine/default", otherSecretary, "GET", "/engine-rest/engine/default/"
            + "task/" + scheduleTask + "/variables", null, null, 404, null),
        bad("other unit: an instance's execution", otherSecretary, "GET", "/engine-rest/execution/"
            + schedulingInstance, null, null, 404, null),
        bad("other unit: an instance's history", otherSecretary, "GET", "/engine-rest/history/process-instance/"
            + schedulingInstance, null, null, 404, null),
        bad("unknown task: variables", secretary, "GET", task + "no-such-task/variables", null, null, 404, null),
        bad("unknown task: form variables", secretary, "GET", task + "no-such-task/form-variables", null, null, 404,
            null),
        bad("unknown task: identity links", secretary, "GET", task + "no-such-task/identity-links", null, null, 404,
            null),
        bad("unknown instance: variables", secretary, "GET", "/engine-rest/process-instance/no-such-instance"
            + "/variables", null, null, 404, null),
        bad("unknown instance: activity instances", secretary, "GET", "/engine-rest/process-instance/no-such-instance"
            + "/activity-instances", null, null, 404, null),
        bad("message: correlation under engine/default", secretary, "POST", "/engine-rest/engine/default/message", json,
            "{\"messageName\":\"LowerReportReceived\",\"businessKey\":\"" + campaigns.start("binh-an-27-2025")
                .getId() + "\"}", 400, null).without("match"),
        bad("message: correlation to another unit's campaign", secretary, "POST", "/engine-rest/message", json,
            "{\"messageName\":\"LowerReportReceived\",\"businessKey\":\"" + campaigns.start("binh-an-27-2025")
                .getId() + "\"}", 400, null).without("match"),
        // CVE-2026-109432: expressions hidden in a task query's OR branches were evaluated for anyone
        bad("task query: an expression in an OR branch", secretary, "POST", "/engine-rest/task", json,
            "{\"orQueries\":[{\"dueAfterExpression\":\"${1+1}\"}]}", 400, null),
        bad("filter: an expression in the OR branch of the extending query", secretary, "POST", "/engine-rest/filter/"
            + engine.getFilterService().createFilterQuery().list().get(0).getId() + "/list", json,
            "{\"orQueries\":[{\"followUpBeforeExpression\":\"${now()}\"}]}", 400, null),
        // values that were read as something else
        bad("schedule form: a date with trailing text", secretary, "POST", submitSchedule, json,
            schedule("EXEMPLAR_COMMENDATION_CONFERENCE", "2025-03-26xyz", "III"), 400, "conferenceDate"),
        bad("schedule form: a staff count written 7d", secretary, "POST", submitSchedule, json,
            Http.form("conferenceForm", "\"EXEMPLAR_COMMENDATION_CONFERENCE\"", "conferenceDate", "\"2025-03-27\"",
                "staffCount", "\"7d\""), 400, "staffCount"),
        bad("schedule form: a staged format that is not a yes or no", secretary, "POST", submitSchedule, json,
            Http.form("conferenceForm", "\"EXEMPLAR_COMMENDATION_CONFERENCE\"", "conferenceDate", "\"2025-03-27\"",
                "stagedFormat", "\"maybe\""), 400, "stagedFormat"),
        bad("schedule form: a venue sent as a number", secretary, "POST", submitSchedule, json,
            Http.form("conferenceForm", "\"EXEMPLAR_COMMENDATION_CONFERENCE\"", "conferenceDate", "\"2025-03-27\"",
                "venue", "12"), 400, "venue"),
        bad("schedule form: an edition of 10,000 characters", secretary, "POST", submitSchedule, json,
            schedule("EXEMPLAR_COMMENDATION_CONFERENCE", "2025-03-27", "I".repeat(10_000)), 400, "edition"),
        bad("nominees: a year of 2023.5", secretary, "PUT", "/api/conferences/" + nominating + "/nominees", json,
            "[" + nominee("Trần Văn Nam", "EXEMPLAR", 2023, "21064").replace("2023", "2023.5") + "]", 400,
            "[0].recognizedYear"),
        bad("reschedule: a reason of zero-width spaces", chair, "POST", "/api/conferences/" + nominating
            + "/reschedule", json, "{\"date\":\"2025-03-20\",\"reason\":\"\u200B\u200B\u2060\"}", 400, "reason"),
        // internal errors that reached users
        bad("deployment without a body", admin, "POST", "/engine-rest/deployment/create",
            "multipart/form-data; boundary=x", "", 400, null),
        bad("a variable set on a finished task", admin, "PUT", task + castBallot + "/variables/x", json,
            "{\"value\":1}", 404, null));
  }

  private String member() {
    return councils.holder(Long.valueOf(nominating), CouncilRole.MEMBER);
  }

  @Test
  void theCorpusHasAtLeastFortyCases() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40)
        .extracting(Case::name).doesNotHaveDuplicates();
  }

  @Test
  void theSnapshotSeesWhatAGoodRequestChanges() {
    unchanged = null;
    Map<String, String> before = snapshot();
    Http.Answer saved = http.json(secretary, "PUT", "/api/conferences/" + nominating + "/nominees",
        "[" + nominee("Lê Thị Mai", "EXEMPLAR", 2024, "21064") + "]");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(changed(before, snapshot())).anySatisfy(t -> assertThat(t).startsWith("NOMINATION "))
        .anySatisfy(t -> assertThat(t).startsWith("AUDIT_EVENT "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void badInputIsRefusedWithItsFieldAndChangesNothing(Case c) {
    Map<String, String> before = unchanged != null ? unchanged : snapshot();
    unchanged = null;
    Http.Answer answer = c.chunked() ? http.chunked(c.user(), c.method(), c.path(), c.contentType(), c.body())
        : http.send(c.user(), Http.PASSWORD, c.method(), c.path(), c.contentType(), c.body());
    assertThat(answer.status()).as(c.name() + " → " + answer.body()).isEqualTo(c.status());
    assertThat(answer.header("Content-Type")).as(c.name()).startsWith("application/problem+json");
    var problem = answer.json();
    assertThat(problem.get("status").asInt()).as(c.name()).isEqualTo(c.status());
    assertThat(problem.get("title").asText()).as(c.name()).contains(" / ");
    assertThat(problem.get("detail").asText()).as(c.name() + " → " + answer.body()).contains(" / ");
    if (c.field() != null) {
      assertThat(problem.path("field").asText()).as(c.name() + " → " + answer.body()).isEqualTo(c.field());
    }
    if (c.absent() != null) {
      assertThat(answer.body()).as(c.name()).doesNotContainIgnoringCase(c.absent());
    }
    Map<String, String> after = snapshot();
    assertThat(changed(before, after)).as("tables changed by: " + c.name()).isEmpty();
    unchanged = after;
  }

  /**
   * Every table's rows, as a digest (order-independent): each row's values hashed as they are (bytes of BLOBs and
   * binaries, text of the rest), the rows' hashes sorted and hashed together with the row count.
   */
  private Map<String, String> snapshot() {
    Map<String, String> tables = new TreeMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables "
        + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class)) {
      if (UNSTABLE_TABLES.contains(table)) {
        continue;
      }
      List<String> rows = jdbc.query("select * from \"" + table + "\"", (rs, n) -> {
        MessageDigest row = sha256();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object v = rs.getObject(i);
          if (v instanceof java.sql.Blob blob) {
            v = blob.getBytes(1, (int) blob.length());
          } else if (v instanceof java.sql.Clob clob) {
            v = clob.getSubString(1, (int) clob.length());
          }
          row.update(v instanceof byte[] bytes ? bytes : String.valueOf(v).getBytes(StandardCharsets.UTF_8));
          row.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(row.digest());
      });
      rows.sort(null);
      tables.put(table, rows.size() + ":" + digest(String.join("\n", rows)));
    }
    return tables;
  }

  private static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    after.forEach((table, digest) -> {
      if (!digest.equals(before.get(table))) {
        changed.add(table + " (" + before.get(table) + " → " + digest + ")");
      }
    });
    return changed;
  }

  private static String digest(String s) {
    return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

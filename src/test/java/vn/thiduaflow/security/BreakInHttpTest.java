package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;

/**
 * Issue 19 over HTTP, the findings that take more than one request: password guessing from one address and from many
 * (no lock-out button, the guesser slowed, the real user still let in), a cross-site POST that must not end an
 * official's session, Object variables of classes outside the allow-list, the cache and referrer headers, and other
 * units' objects that must look exactly like unknown ids. The single bad requests are in {@link BadInputCorpusTest}.
 *
 * <p>Different source addresses are real ones: the test's sockets bind to 127.0.0.x, which Linux routes to the
 * loopback, so the server sees each as its own client.
 */
@ThiDuaFlowHttpTest
class BreakInHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired LoginThrottle throttle;

  private ProcessInstance unit;
  private ProcessInstance otherUnit;
  private String secretary;
  private String otherSecretary;

  @BeforeAll
  void twoUnits() {
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    Http.ensureAdmin(engine);
    unit = unitOf(campaigns.start("binh-an-27-2025"), "breakin-a.test");
    otherUnit = unitOf(campaigns.start("van-yen-2020"), "breakin-b.test");
    secretary = councils.holder(Long.valueOf(unit.getBusinessKey()), CouncilRole.UNIT_SECRETARY);
    otherSecretary = councils.holder(Long.valueOf(otherUnit.getBusinessKey()), CouncilRole.UNIT_SECRETARY);
  }

  @BeforeEach
  @AfterAll
  void forgetFailedLogins() {
    throttle.clear(null, null);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance unitOf(Campaign c, String mailDomain) {
    accounts.ensureAccounts(c, Http.PASSWORD, mailDomain);
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
        .processDefinitionKey("UnitConference").list().get(0);
  }

  @Test
  void twentyWrongPasswordsFromOneAddressSlowThatAddressAndNeverLockTheAdministrator() {
    List<Raw> attack = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      attack.add(basic("127.0.0.2", "test-admin", "wrong-" + i, "/engine-rest/user/count"));
    }
    assertThat(attack.subList(0, 5)).extracting(Raw::status).containsOnly(401);
    assertThat(attack.subList(5, 20)).extracting(Raw::status).containsOnly(429);
    Raw slowed = attack.get(19);
    assertThat(slowed.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(slowed.header("Retry-After"))).isPositive();
    assertThat(slowed.body()).contains("Đã nhập sai mật khẩu nhiều lần").contains("password was not checked");
    // the right password from another address is let in at once
    assertThat(basic("127.0.0.3", "test-admin", Http.PASSWORD, "/engine-rest/user/count").status()).isEqualTo(200);
    // the attacking address is slowed even with the right password: it is not checked there until the wait is over
    assertThat(basic("127.0.0.2", "test-admin", Http.PASSWORD, "/engine-rest/user/count").status()).isEqualTo(429);
    // Camunda's own lock (ENGINE-27002, for good after ten failures) never happened
    assertThat(identityService.checkPassword("test-admin", Http.PASSWORD)).isTrue();
    // the administrator sees who waits and lets the address in at once
    Raw waiting = basic("127.0.0.3", "test-admin", Http.PASSWORD, "/api/security/login-delays");
    assertThat(waiting.status()).isEqualTo(200);
    assertThat(waiting.body()).contains("127.0.0.2");
    assertThat(raw("127.0.0.3", "DELETE", "/api/security/login-delays?address=127.0.0.2", auth("test-admin",
        Http.PASSWORD), null, null).status()).isEqualTo(200);
    assertThat(basic("127.0.0.2", "test-admin", Http.PASSWORD, "/engine-rest/user/count").status()).isEqualTo(200);
    // nobody else may clear the delays
    assertThat(basic("127.0.0.3", secretary, Http.PASSWORD, "/api/security/login-delays").status()).isEqualTo(403);
  }

  @Test
  void guessesFromManyAddressesSlowTheUserOnlyWhereTheyNeverLoggedIn() {
    assertThat(basic("127.0.0.3", secretary, Http.PASSWORD, "/engine-rest/task").status()).isEqualTo(200);
    for (int i = 1; i <= 20; i++) {
      assertThat(basic("127.0.1." + i, secretary, "guess-" + i, "/engine-rest/task").status()).isEqualTo(401);
    }
    // a new address must wait for this user …
    Raw fresh = basic("127.0.2.1", secretary, Http.PASSWORD, "/engine-rest/task");
    assertThat(fresh.status()).isEqualTo(429);
    assertThat(fresh.header("Retry-After")).isNotBlank();
    // … while the secretary's usual workplace is not held up by an attack from elsewhere
    assertThat(basic("127.0.0.3", secretary, Http.PASSWORD, "/engine-rest/task").status()).isEqualTo(200);
    // and other users are not affected at all
    assertThat(basic("127.0.2.1", otherSecretary, Http.PASSWORD, "/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  void passwordChecksThroughIdentityVerifyAreThrottledLikeLogins() {
    // identity/verify checks any password Camunda's READ on that user allows: wherever it is allowed, the checks
    // count against the guessed user at the caller's address (PasswordCheckThrottle), and a right guess after the
    // free ones is answered as wrong without being checked
    String verify = "{\"username\":\"test-admin\",\"password\":\"%s\"}";
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Raw answer = raw("127.0.0.7", "POST", "/engine-rest/identity/verify", auth(secretary, Http.PASSWORD),
          "application/json", verify.formatted("guess-" + i));
      statuses.add(answer.status());
      assertThat(answer.body()).doesNotContain("\"authenticated\":true");
    }
    assertThat(statuses).allMatch(s -> s == 200 || s == 403);
    if (statuses.contains(200)) {
      assertThat(throttle.waitBefore("test-admin", "127.0.0.7")).isPresent();
      assertThat(raw("127.0.0.7", "POST", "/engine-rest/identity/verify", auth(secretary, Http.PASSWORD),
          "application/json", verify.formatted(Http.PASSWORD)).body()).doesNotContain("\"authenticated\":true");
    }
    assertThat(basic("127.0.0.8", "test-admin", Http.PASSWORD, "/engine-rest/user/count").status()).isEqualTo(200);
  }

  @Test
  void aBasicHeaderTheFilterCannotReadIsStillThrottledWhereThePasswordIsChecked() {
    // Camunda's decoder skips characters that are not Base64; the filter's does not: the engine counts anyway
    String header = "Authorization: Basic " + Base64.getEncoder().encodeToString(("test-admin:x")
        .getBytes(StandardCharsets.UTF_8)).replaceFirst("^(...)", "$1.");
    for (int i = 0; i < 5; i++) {
      assertThat(raw("127.0.0.9", "GET", "/engine-rest/user/count", header, null, null).status()).isEqualTo(401);
    }
    // the right password from there is now answered as wrong (not checked) until the wait is over
    assertThat(basic("127.0.0.9", "test-admin", Http.PASSWORD, "/engine-rest/user/count").status()).isIn(401, 429);
    assertThat(throttle.waitBefore("test-admin", "127.0.0.9")).isPresent();
  }

  @Test
  void theAssigneeOfAGroupTaskMayGiveItBackAVoteTaskStaysWithItsMember() {
    Http http = new Http(port);
    String task = taskService.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId();
    assertThat(http.json(secretary, "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + secretary
        + "\"}").status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(secretary);
    Http.Answer unclaim = http.json(secretary, "POST", "/engine-rest/task/" + task + "/unclaim", "{}");
    assertThat(unclaim.status()).as(unclaim.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    // nobody else may give it back for them
    taskService.setAssignee(task, secretary);
    String other = councils.holder(Long.valueOf(unit.getBusinessKey()), CouncilRole.CHAIR);
    assertThat(http.json(other, "POST", "/engine-rest/task/" + task + "/unclaim", "{}").status()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(secretary);
    taskService.setAssignee(task, null);
  }

  @Test
  void grantsOfTasksCreatedBeforeTaskWorkLoseUpdateAtStartUp() {
    var authorizations = engine.getAuthorizationService();
    String task = taskService.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId();
    var old = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    old.setUserId("old-grant-user");
    old.setResource(org.camunda.bpm.engine.authorization.Resources.TASK);
    old.setResourceId(task);
    old.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    old.addPermission(org.camunda.bpm.engine.authorization.Permissions.UPDATE);
    authorizations.saveAuthorization(old);

    new TaskGrantUpgrade().postProcessEngineBuild(engine);

    var upgraded = authorizations.createAuthorizationQuery().userIdIn("old-grant-user").singleResult();
    assertThat(upgraded.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.UPDATE)).isFalse();
    assertThat(upgraded.isPermissionGranted(org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK)).isTrue();
    assertThat(upgraded.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.READ)).isTrue();
    // the administrators keep theirs
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("camunda-admin")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).singleResult()
        .isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.UPDATE)).isTrue();
    authorizations.deleteAuthorization(upgraded.getId());
  }

  @Test
  void theWebappLoginIsSlowedLikeTheApi() {
    Map<String, String> attacker = webappSession("127.0.0.4");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      statuses.add(webappLogin("127.0.0.4", attacker, secretary, "wrong-" + i).status());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 8)).containsOnly(429);
    Map<String, String> official = webappSession("127.0.0.5");
    Raw in = webappLogin("127.0.0.5", official, secretary, Http.PASSWORD);
    assertThat(in.status()).as(in.body()).isEqualTo(200);
    assertThat(in.body()).contains("\"userId\":\"" + secretary + "\"");
  }

  @Test
  void aCrossSitePostWithoutTheCsrfTokenIsRefusedAndTheSessionStays() {
    Map<String, String> cookies = webappSession("127.0.0.6");
    Raw login = webappLogin("127.0.0.6", cookies, secretary, Http.PASSWORD);
    assertThat(login.status()).isEqualTo(200);
    cookies.putAll(login.cookies());
    // Tasklist's first request after the login hands the new session its CSRF token
    cookies.putAll(raw("127.0.0.6", "GET", "/camunda/api/admin/auth/user/default", cookieHeader(cookies), null, null)
        .cookies());
    String task = taskService.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId();
    String claim = "/camunda/api/engine/engine/default/task/" + task + "/claim";
    Raw forged = raw("127.0.0.6", "POST", claim, cookieHeader(cookies), "application/json",
        "{\"userId\":\"" + secretary + "\"}");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    // still logged in: the session answers as the secretary
    Raw whoAmI = raw("127.0.0.6", "GET", "/camunda/api/admin/auth/user/default", cookieHeader(cookies), null, null);
    assertThat(whoAmI.status()).as(whoAmI.body()).isEqualTo(200);
    assertThat(whoAmI.body()).contains(secretary);
    // a forged login form does not log the official out either
    Raw forgedLogin = raw("127.0.0.6", "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        cookieHeader(cookies), "application/x-www-form-urlencoded", "username=x&password=y");
    assertThat(forgedLogin.status()).isEqualTo(403);
    assertThat(raw("127.0.0.6", "GET", "/camunda/api/admin/auth/user/default", cookieHeader(cookies), null, null)
        .status()).isEqualTo(200);
    // Tasklist's own API refuses a variable that is not a field of the form, too
    Raw extra = raw("127.0.0.6", "POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        cookieHeader(cookies) + "\r\nX-XSRF-TOKEN: " + cookies.get("XSRF-TOKEN"), "application/json",
        "{\"variables\":{\"conferenceId\":{\"value\":1,\"type\":\"Long\"}}}");
    assertThat(extra.status()).as(extra.body()).isEqualTo(400);
    assertThat(extra.body()).contains("conferenceId");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    // with the session's token the same claim goes through
    Raw claimed = raw("127.0.0.6", "POST", claim, cookieHeader(cookies) + "\r\nX-XSRF-TOKEN: "
        + cookies.get("XSRF-TOKEN"), "application/json", "{\"userId\":\"" + secretary + "\"}");
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    taskService.setAssignee(task, null);
  }

  @Test
  void objectVariablesOfClassesOutsideTheAllowListAreNeverDeserialized() {
    Http http = new Http(port);
    String variables = "/engine-rest/process-instance/" + unit.getId() + "/variables/";
    String evil = "{\"value\":\"{\\\"id\\\":\\\"planted\\\",\\\"firstName\\\":\\\"Kẻ gian\\\"}\",\"type\":\"Object\","
        + "\"valueInfo\":{\"objectTypeName\":\"org.camunda.bpm.engine.impl.persistence.entity.UserEntity\","
        + "\"serializationDataFormat\":\"application/json\"}}";
    assertThat(http.json("test-admin", "PUT", variables + "planted", evil).status()).isEqualTo(204);
    try {
      readsNoPlantedObject(http, variables);
    } finally {
      runtimeService.removeVariables(unit.getId(), List.of("planted", "list"));
    }
  }

  private void readsNoPlantedObject(Http http, String variables) {
    Http.Answer read = http.get("test-admin", variables + "planted");
    assertThat(read.status()).as(read.body()).isBetween(400, 499);
    assertThat(read.header("Content-Type")).startsWith("application/problem+json");
    assertThat(read.body()).doesNotContain("\"firstName\"");
    // only the serialized text can be read, never an object made from it
    Http.Answer serialized = http.get("test-admin", variables + "planted?deserializeValue=false");
    assertThat(serialized.status()).isEqualTo(200);
    // a plain list (java.util) is still an object the engine reads
    String list = "{\"value\":\"[\\\"a\\\",\\\"b\\\"]\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
        + "\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"}}";
    assertThat(http.json("test-admin", "PUT", variables + "list", list).status()).isEqualTo(204);
    Http.Answer readList = http.get("test-admin", variables + "list");
    assertThat(readList.status()).as(readList.body()).isEqualTo(200);
  }

  @Test
  void answersAreNotCachedAndNoAddressLeavesTheSite() {
    Http http = new Http(port);
    for (String path : List.of("/engine-rest/task", "/api/conferences/" + unit.getBusinessKey() + "/deadlines",
        "/camunda/api/engine/engine/default/task")) {
      Http.Answer answer = http.get(secretary, path);
      assertThat(answer.header("Cache-Control")).as(path).isEqualTo("no-store");
      assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
    }
    Http.Answer page = http.send(null, null, "GET", "/camunda/app/tasklist/default/", null, null);
    assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void anotherUnitsTaskAndInstanceLookExactlyLikeUnknownIds() {
    Http http = new Http(port);
    String task = taskService.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId();
    for (String sub : List.of("", "/variables", "/form-variables", "/identity-links", "/comment", "/attachment")) {
      Http.Answer other = http.get(otherSecretary, "/engine-rest/task/" + task + sub);
      Http.Answer unknown = http.get(otherSecretary, "/engine-rest/task/" + "0".repeat(task.length()) + sub);
      assertThat(other.status()).as(sub + " " + other.body()).isEqualTo(404);
      assertThat(unknown.status()).as(sub + " " + unknown.body()).isEqualTo(404);
      assertThat(other.body().replace(task, "ID")).as(sub)
          .isEqualTo(unknown.body().replace("0".repeat(task.length()), "ID"));
    }
    for (String sub : List.of("", "/variables", "/activity-instances")) {
      Http.Answer other = http.get(otherSecretary, "/engine-rest/process-instance/" + unit.getId() + sub);
      Http.Answer unknown = http.get(otherSecretary, "/engine-rest/process-instance/" + "0".repeat(
          unit.getId().length()) + sub);
      assertThat(other.status()).as(sub).isEqualTo(404);
      assertThat(other.body().replace(unit.getId(), "ID")).as(sub)
          .isEqualTo(unknown.body().replace("0".repeat(unit.getId().length()), "ID"));
    }
    // the unit's own secretary still reads them
    assertThat(http.get(secretary, "/engine-rest/task/" + task + "/variables").status()).isEqualTo(200);
    assertThat(http.get(secretary, "/engine-rest/process-instance/" + unit.getId() + "/activity-instances").status())
        .isEqualTo(200);
  }

  @Test
  void theAdminFirstRunSetupIsClosedEvenWhenTheAdministratorsGroupHasNoDirectMember() {
    // CVE-2026-77226: Camunda 7.24.0 offers the setup to anyone while camunda-admin has no direct member
    identityService.deleteMembership("test-admin", "camunda-admin");
    try {
      Http.Answer setup = new Http(port).send(null, null, "POST", "/camunda/api/admin/setup/default/user/create",
          "application/json", "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\","
              + "\"email\":\"i@x.invalid\"},\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}");
      assertThat(setup.status()).as(setup.body()).isEqualTo(404);
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      identityService.createMembership("test-admin", "camunda-admin");
    }
  }

  // --- a tiny HTTP/1.1 client whose socket is bound to a chosen loopback address -----------------------------------

  record Raw(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    Map<String, String> cookies() {
      Map<String, String> cookies = new LinkedHashMap<>();
      for (String c : headers.getOrDefault("set-cookie", List.of())) {
        String pair = c.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
      return cookies;
    }
  }

  private Raw basic(String from, String user, String password, String path) {
    return raw(from, "GET", path, auth(user, password), null, null);
  }

  private static String auth(String user, String password) {
    return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
  }

  /** A fresh webapp session as Tasklist's first page gives it: JSESSIONID and XSRF-TOKEN. */
  private Map<String, String> webappSession(String from) {
    Raw page = raw(from, "GET", "/camunda/app/tasklist/default/", null, null, null);
    assertThat(page.cookies()).containsKeys("JSESSIONID", "XSRF-TOKEN");
    return new LinkedHashMap<>(page.cookies());
  }

  private Raw webappLogin(String from, Map<String, String> cookies, String user, String password) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Raw answer = raw(from, "POST", "/camunda/api/admin/auth/user/default/login/tasklist", cookieHeader(cookies)
        + "\r\nX-XSRF-TOKEN: " + cookies.get("XSRF-TOKEN"), "application/x-www-form-urlencoded", form);
    cookies.putAll(answer.cookies());
    return answer;
  }

  private static String cookieHeader(Map<String, String> cookies) {
    StringBuilder b = new StringBuilder("Cookie: ");
    cookies.forEach((k, v) -> b.append(k).append('=').append(v).append("; "));
    return b.toString();
  }

  private Raw raw(String from, String method, String path, String headers, String contentType, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
        + "\r\nConnection: close\r\nAccept: application/json\r\n");
    if (headers != null) {
      request.append(headers).append("\r\n");
    }
    if (contentType != null) {
      request.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (body != null || !method.equals("GET")) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The status, headers and body of a raw HTTP/1.1 answer. The head is read as ISO-8859-1 and the body de-chunked on
   * bytes before it is decoded as UTF-8: a chunk may end inside a Vietnamese letter's bytes.
   */
  private static Raw parse(byte[] response) {
    String all = new String(response, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
          k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
    if ("chunked".equalsIgnoreCase(String.valueOf(headers.getOrDefault("transfer-encoding", List.of("")).get(0)))) {
      body = dechunk(body);
    }
    return new Raw(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String text = new String(body, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
    int at = 0;
    while (true) {
      int lineEnd = text.indexOf("\r\n", at);
      int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(body, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }
}

package vn.thiduaflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;

/**
 * PostgreSQL stopped under a running application and started again: the app says it is unhealthy (Actuator health and
 * readiness DOWN, 503) while the database is away, answers requests 503 problem+json with Retry-After instead of
 * failing them half-way, and recovers on its own when the database is back — no restart. A client sends rescheduling
 * requests one after another all the while; every request that was accepted (200) is in the database afterwards, and
 * none that was refused is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES) // a guard, not a target
class DatabaseOutageTest {

  private static Path dataDirectory;
  private static int databasePort;
  private static EmbeddedPostgres database;

  @DynamicPropertySource
  static void ownPostgres(DynamicPropertyRegistry registry) throws IOException {
    dataDirectory = Files.createTempDirectory("thiduaflow-outage-pg");
    try (ServerSocket s = new ServerSocket(0)) {
      databasePort = s.getLocalPort();
    }
    database = TestPostgres.start(databasePort, dataDirectory);
    String url = TestPostgres.newDatabase(database, "outage");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired DataSource dataSource;

  @AfterAll
  void stopDatabase() {
    ClockUtil.reset();
    if (database != null) {
      TestPostgres.close(database);
    }
    org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory.toFile());
  }

  @Test
  void anOutageIsReportedAndSurvivedWithNoAcceptedRequestLost() throws Exception {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    var campaign = campaigns.start("binh-an-27-2025");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "outage.test");
    var unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaign.getProcessInstanceId())
        .singleResult();
    new ConferenceDriver(engine, null, unit).schedule("2025-03-27");
    Long conferenceId = Long.valueOf(unit.getBusinessKey());
    String secretary = councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY);
    Http http = new Http(port);
    assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);

    // a client moving the conference back and forth, request after request, during all that follows
    var answers = new ConcurrentHashMap<Integer, Integer>();
    var problems = new ConcurrentHashMap<Integer, Http.Answer>();
    var stop = new AtomicBoolean();
    Thread client = new Thread(() -> {
      for (int n = 1; !stop.get(); n++) {
        String day = n % 2 == 0 ? "2025-03-20" : "2025-03-27";
        Http.Answer a = http.json(secretary, "POST", "/api/conferences/" + conferenceId + "/reschedule",
            "{\"date\":\"" + day + "\",\"reason\":\"Lần [" + n + "]\"}");
        answers.put(n, a.status());
        if (a.status() != 200) {
          problems.put(n, a);
        }
        sleep(100); // the client's pace, not a wait for something
      }
    }, "outage-client");
    client.start();
    Awaitility.await("the client's first answers").atMost(Duration.ofSeconds(30))
        .until(() -> answers.values().stream().filter(status -> status == 200).count() >= 5);

    TestPostgres.close(database);
    long downSince = System.nanoTime();
    // every probe waits out the pool's connection time-out (5 s, application-postgres.yaml): the three single ones
    // at once, beside health asked again and again
    ExecutorService probes = Executors.newFixedThreadPool(3);
    List<Integer> healthWhileDown = new ArrayList<>();
    Http.Answer readinessWhileDown;
    Http.Answer healthBody;
    Http.Answer engineRestWhileDown;
    try {
      Future<Http.Answer> readiness = probes.submit(() -> http.get(null, "/actuator/health/readiness"));
      Future<Http.Answer> health = probes.submit(() -> http.get(null, "/actuator/health"));
      Future<Http.Answer> engineRest = probes.submit(() -> http.get(secretary, "/engine-rest/task?processInstanceId="
          + unit.getId()));
      // down until health was asked twice and the client had a request refused
      while (healthWhileDown.size() < 2 || problems.isEmpty()) {
        assertThat(Duration.ofNanos(System.nanoTime() - downSince)).as("time down").isLessThan(Duration.ofMinutes(1));
        healthWhileDown.add(http.get(null, "/actuator/health").status());
      }
      readinessWhileDown = readiness.get(1, TimeUnit.MINUTES);
      healthBody = health.get(1, TimeUnit.MINUTES);
      engineRestWhileDown = engineRest.get(1, TimeUnit.MINUTES);
    } finally {
      probes.shutdownNow();
    }
    long downFor = Duration.ofNanos(System.nanoTime() - downSince).toSeconds();

    database = TestPostgres.start(databasePort, dataDirectory);
    int healthAfter = Awaitility.await("healthy again").atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200)).until(() -> http.get(null, "/actuator/health").status(), s -> s == 200);
    // the client's requests are accepted again (one after its last refusal), without a restart
    Awaitility.await("a request accepted after the last refused one").atMost(Duration.ofSeconds(30)).until(() -> {
      int lastRefusal = problems.keySet().stream().max(Integer::compare).orElse(0);
      return answers.entrySet().stream().anyMatch(e -> e.getKey() > lastRefusal && e.getValue() == 200);
    });
    stop.set(true);
    client.join(30_000);

    // unhealthy while down, healthy again without a restart
    assertThat(healthWhileDown).contains(503).last().isEqualTo(503);
    assertThat(healthBody.json().get("status").asText()).isEqualTo("DOWN");
    assertThat(healthBody.json().at("/components/db/status").asText()).isEqualTo("DOWN");
    assertThat(readinessWhileDown.status()).isEqualTo(503);
    assertThat(engineRestWhileDown.status()).isEqualTo(503);
    assertThat(engineRestWhileDown.header("Retry-After")).isEqualTo("30");
    assertThat(engineRestWhileDown.json().get("type").asText()).isEqualTo("urn:thiduaflow:database-unavailable");
    assertThat(healthAfter).isEqualTo(200);
    assertThat(http.get(null, "/actuator/health/readiness").status()).isEqualTo(200);

    // every answer was a success or a 503 that says the database is away; there were both, before and after
    assertThat(answers.values()).containsOnly(200, 503).contains(200, 503);
    int lastRefused = problems.keySet().stream().max(Integer::compare).orElseThrow();
    assertThat(answers.keySet().stream().filter(n -> n > lastRefused && answers.get(n) == 200))
        .as("accepted again after the database came back").isNotEmpty();
    assertThat(problems.values()).allSatisfy(a -> {
      assertThat(a.header("Content-Type")).startsWith("application/problem+json");
      assertThat(a.header("Retry-After")).isEqualTo("30");
      assertThat(a.json().get("type").asText()).isEqualTo("urn:thiduaflow:database-unavailable");
      assertThat(a.json().get("detail").asText()).contains("Cơ sở dữ liệu tạm thời không truy cập được");
    });

    // nothing accepted was lost, nothing refused was written
    Set<Integer> accepted = answers.entrySet().stream().filter(e -> e.getValue() == 200).map(e -> e.getKey())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> written = new JdbcTemplate(dataSource).queryForList(
            "select detail from audit_event where action = 'RESCHEDULE' and conference_id = ?", String.class, conferenceId)
        .stream().map(d -> Integer.valueOf(d.substring(d.lastIndexOf('[') + 1, d.lastIndexOf(']'))))
        .collect(Collectors.toCollection(TreeSet::new));
    System.out.printf("Database outage of %d s: %d requests accepted, %d answered 503; health DOWN %d times, UP again "
        + "without a restart; %d accepted requests written, none refused%n", downFor, accepted.size(), problems.size(),
        healthWhileDown.stream().filter(s -> s == 503).count(), written.size());
    assertThat(written).isEqualTo(accepted);
    int last = accepted.stream().max(Integer::compare).orElseThrow();
    assertThat(new JdbcTemplate(dataSource).queryForObject("select reschedule_reason from conference where id = ?",
        String.class, conferenceId)).isEqualTo("Lần [" + last + "]");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

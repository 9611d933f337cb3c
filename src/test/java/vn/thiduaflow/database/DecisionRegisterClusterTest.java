package vn.thiduaflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thiduaflow.security.Http;

/**
 * Issue 24's done-when "two nodes issuing at once never share a number", across real nodes: two application nodes,
 * each its own JVM ({@link ClusterNode}), on one PostgreSQL database, issue 25 commendation decisions each for the same
 * authority and year, all 50 requests released together by one latch (the first ones also race to create the year's
 * counter). Every decision goes through the application's own issuer ({@link ClusterDecisionEndpoint}): number from
 * the register, decision and award row in one transaction. All 50 numbers are distinct and run 1..50 without a gap,
 * each node issued its 25, and the database holds 50 decisions with 50 different symbols and a counter at 50.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hung node, not a speed target
class DecisionRegisterClusterTest {

  private static final int EACH = 25;
  private static final int YEAR = 2025;

  private ClusterNode a;
  private ClusterNode b;
  private JdbcTemplate db;

  @BeforeAll
  void startTwoNodes() {
    String url = TestPostgres.newDatabase(TestPostgres.shared(), "decisions");
    db = new JdbcTemplate(new DriverManagerDataSource(url, TestPostgres.USER, ""));
    // 50 Basic logins of one user from one address at once would each count as a failure until checked
    // (PasswordCheckThrottle): the throttle is not what this test is about, so its free failures are raised here
    List<String> issuing = List.of("--thiduaflow.test.cluster-decisions=true",
        "--thiduaflow.login-throttle.user-at-address-free=1000", "--thiduaflow.login-throttle.address-free=1000",
        "--thiduaflow.login-throttle.user-free=1000");
    a = ClusterNode.start("decisions-a", url, Http.PASSWORD, issuing);
    b = ClusterNode.start("decisions-b", url, Http.PASSWORD, issuing);
  }

  @AfterAll
  void stopNodes() {
    for (ClusterNode node : new ClusterNode[] {a, b}) {
      if (node != null && node.alive()) {
        node.kill();
      }
    }
  }

  @Test
  void twoNodesIssuingForTheSameAuthorityAtOnceNeverShareANumberNorLeaveAGap() throws Exception {
    String authority = "K" + UUID.randomUUID().toString().substring(0, 8);
    String path = "/api/test/cluster/decisions?authority=" + authority + "&year=" + YEAR;
    CountDownLatch ready = new CountDownLatch(2 * EACH);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService senders = Executors.newFixedThreadPool(2 * EACH);
    List<Future<Http.Answer>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < 2 * EACH; i++) {
        ClusterNode node = i % 2 == 0 ? a : b;
        sent.add(senders.submit(() -> {
          ready.countDown();
          go.await();
          return node.http.send("admin", Http.PASSWORD, "POST", path, null, null);
        }));
      }
      Awaitility.await("all 50 senders ready").atMost(Duration.ofSeconds(30)).until(() -> ready.getCount() == 0);
      go.countDown();
      Awaitility.await("all 50 decisions answered").atMost(Duration.ofMinutes(2))
          .until(() -> sent.stream().allMatch(Future::isDone));

      List<JsonNode> answers = new ArrayList<>();
      for (Future<Http.Answer> f : sent) {
        Http.Answer answer = f.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        answers.add(answer.json());
      }
      List<Integer> numbers = answers.stream().map(j -> j.get("number").asInt()).toList();
      assertThat(new TreeSet<>(numbers)).as("no number given twice, none left out")
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 2 * EACH).boxed().toList());
      Map<String, Long> perNode = answers.stream().collect(Collectors.groupingBy(j -> j.get("node").asText(),
          Collectors.counting()));
      assertThat(perNode).containsOnly(Map.entry("decisions-a", (long) EACH), Map.entry("decisions-b", (long) EACH));
      assertThat(answers).allSatisfy(j -> assertThat(j.get("symbol").asText())
          .isEqualTo(j.get("number").asInt() + "/QĐ-UBND"));
    } finally {
      senders.shutdownNow();
    }

    // what the database holds: 50 decisions, 50 numbers 1..50, 50 symbols, the counter at 50, a recipient each
    List<Integer> stored = db.queryForList("select number from commendation_decision where authority_code = ? "
        + "and decision_year = ? order by number", Integer.class, authority, YEAR);
    assertThat(stored).containsExactlyElementsOf(IntStream.rangeClosed(1, 2 * EACH).boxed().toList());
    Set<String> symbols = new TreeSet<>(db.queryForList("select symbol from commendation_decision "
        + "where authority_code = ? and decision_year = ?", String.class, authority, YEAR));
    assertThat(symbols).hasSize(2 * EACH);
    assertThat(db.queryForObject("select last_number from decision_counter where authority_code = ? "
        + "and decision_year = ?", Integer.class, authority, YEAR)).isEqualTo(2 * EACH);
    assertThat(db.queryForObject("select count(*) from award_record r join commendation_decision d "
        + "on d.id = r.decision_id where d.authority_code = ?", Integer.class, authority)).isEqualTo(2 * EACH);
  }
}

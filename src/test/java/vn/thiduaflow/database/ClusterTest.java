package vn.thiduaflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Two application nodes, each its own JVM, on one PostgreSQL database — Camunda's own clustering: both nodes serve
 * users and run jobs from the shared tables. The demo campaign of Thành phố Lạng Sơn (8 wards) is started on node A and
 * driven over Camunda's REST API, each step on the other node than the one that created its task. The council votes of
 * four wards are cast at the same moment through both nodes; every timer of those wards and of the campaign is made
 * due at once; then node A is frozen while it holds job locks in the middle of the other four wards' votes and killed
 * with kill -9, and node B finishes the work when A's locks expire. Counts of instances, tasks, votes and delegates are
 * compared before and after: nothing lost, nothing doubled. First of all, before any of that, issue 24's "two nodes
 * issuing at once never share a number" on the same two nodes (they started once for both: four node start-ups were
 * half a minute of the suite): {@link #twoNodesIssuingForTheSameAuthorityAtOnceNeverShareANumberNorLeaveAGap}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hung node, not a speed target
class ClusterTest {

  private static final String ADMIN = "admin";
  private static final String PASSWORD = Http.PASSWORD;
  private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private ClusterNode a;
  private ClusterNode b;
  private JdbcTemplate db;
  /** The wards' conference instances, in a fixed order. */
  private final List<String> wards = new ArrayList<>();
  private final Map<String, Integer> membersOf = new LinkedHashMap<>();
  private final AtomicInteger retries = new AtomicInteger();
  /** Decisions issued by each node at once for one authority and year (issue 24). */
  private static final int EACH = 25;
  private static final int YEAR = 2025;

  @BeforeAll
  void startTwoNodes() {
    String url = TestPostgres.newDatabase(TestPostgres.shared(), "cluster");
    db = new JdbcTemplate(new DriverManagerDataSource(url, TestPostgres.USER, ""));
    // node A runs one job at a time and takes up to 10 per acquisition, so that it holds locks long enough to be
    // caught holding them
    // the decisions' test endpoint on (ClusterDecisionEndpoint); 50 Basic logins of one user from one address at once
    // would each count as a failure until checked (PasswordCheckThrottle): the throttle is not what this test is
    // about, so its free failures are raised here
    List<String> issuing = List.of("--thiduaflow.test.cluster-decisions=true",
        "--thiduaflow.login-throttle.user-at-address-free=1000", "--thiduaflow.login-throttle.address-free=1000",
        "--thiduaflow.login-throttle.user-free=1000");
    a = ClusterNode.start("node-a", url, PASSWORD, issuing, "core-pool-size=1", "max-pool-size=1",
        "max-jobs-per-acquisition=10");
    // one after the other: each node's demo profile starts the demo campaign when it finds none
    b = ClusterNode.start("node-b", url, PASSWORD, issuing);
  }

  @AfterAll
  void stopNodes() {
    for (ClusterNode node : new ClusterNode[] {a, b}) {
      if (node != null && node.alive()) {
        node.thaw();
        node.kill();
      }
    }
  }

  /**
   * Issue 24's done-when "two nodes issuing at once never share a number", across real nodes: each node issues 25
   * commendation decisions for the same authority and year, all 50 requests released together by one latch (the first
   * ones also race to create the year's counter), each through the application's own issuer
   * ({@link ClusterDecisionEndpoint}: number from the register, decision and award row in one transaction). All 50
   * numbers are distinct and run 1..50 without a gap, each node issued its 25, and the database holds 50 decisions
   * with 50 different symbols and a counter at 50. No process instance is touched: the campaign's counts below are
   * not changed by it.
   */
  @Test
  @Order(0)
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
      assertThat(perNode).containsOnly(Map.entry("node-a", (long) EACH), Map.entry("node-b", (long) EACH));
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

  @Test
  @Order(1)
  void tasksCreatedOnOneNodeAreCompletedOnTheOther() {
    // the demo started the campaign on node A: its 8 wards wait for their schedule, and so does the city's own
    // conference (it opens with the campaign; its nominations wait for the wards' delegates, issue 22)
    JsonNode all = tasks(b, "taskDefinitionKey=" + Elements.SCHEDULE_CONFERENCE);
    assertThat(all).hasSize(9);
    List<JsonNode> schedules = new java.util.ArrayList<>();
    all.forEach(t -> {
      if (!t.get("name").asText().endsWith("— Thành phố Lạng Sơn")) {
        schedules.add(t);
      }
    });
    assertThat(schedules).hasSize(8);
    schedules.forEach(t -> wards.add(t.get("processInstanceId").asText()));
    for (JsonNode t : schedules) {
      submit(b, ADMIN, t, Http.form("conferenceForm", "\"ADVANCED_EXEMPLAR_CONFERENCE\"", "conferenceDate",
          "\"2025-02-25\"", "edition", "\"III\""));
    }
    // nominations: created by node B's transactions, completed on node A
    JsonNode nominations = tasks(a, "taskDefinitionKey=" + Elements.SUBMIT_NOMINATIONS);
    assertThat(nominations).hasSize(8);
    for (JsonNode t : nominations) {
      submit(a, ADMIN, t, Http.form("nominationsSent", "true"));
    }
    // composition: created on A, completed on B
    JsonNode compositions = tasks(b, "taskDefinitionKey=" + Elements.PROPOSE_COMPOSITION);
    assertThat(compositions).hasSize(8);
    for (JsonNode t : compositions) {
      submit(b, ADMIN, t, Http.form("exemplarDelegates", "70", "guestDelegates", "30", "presidiumSize", "0",
          "presidiumExemplars", "0", "presentationsIndividuals", "3", "presentationsMassOrganizations", "1",
          "upperCollectives", "1", "upperIndividuals", "3"));
    }
    // every ward's council now votes: one task per voting member, created on B
    for (String ward : wards) {
      int members = tasks(a, "processInstanceId=" + ward + "&taskDefinitionKey=" + Elements.VOTE_ON_NOMINEES).size();
      assertThat(members).isGreaterThanOrEqualTo(5);
      membersOf.put(ward, members);
    }
    assertThat(count("select count(*) from act_hi_taskinst where task_def_key_ in (?, ?, ?) and end_time_ is not null",
        Elements.SCHEDULE_CONFERENCE, Elements.SUBMIT_NOMINATIONS, Elements.PROPOSE_COMPOSITION)).isEqualTo(24);
  }

  @Test
  @Order(2)
  void concurrentVotesThroughBothNodesAreAllCountedOnce() throws Exception {
    List<String> first = wards.subList(0, 4);
    List<JsonNode> ballots = new ArrayList<>();
    first.forEach(w -> tasks(a, "processInstanceId=" + w + "&taskDefinitionKey=" + Elements.VOTE_ON_NOMINEES)
        .forEach(ballots::add));
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < ballots.size(); i++) {
      JsonNode ballot = ballots.get(i);
      ClusterNode node = i % 2 == 0 ? a : b;
      sent.add(pool.submit(() -> vote(node, node == a ? b : a, ballot)));
    }
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();
    // each ballot commits on its own (asynchronous continuation after every inner instance of the multi-instance
    // vote): no member's submission conflicts with another's; the joins run as jobs, and the job executors retry
    // the conflicts between them (optimistic locking) without anyone seeing it
    assertThat(retries.get()).as("ballots refused by a conflict and sent again").isZero();
    awaitAll(first, Duration.ofSeconds(90));
    for (String ward : first) {
      assertVotedOnce(ward);
    }
    System.out.printf("Cluster: %d ballots of 4 wards cast at once through both nodes, none refused; joins run by "
        + "node A %d, node B %d%n", ballots.size(), joinsBy("node-a", first), joinsBy("node-b", first));
  }

  @Test
  @Order(3)
  void everyTimerFiresExactlyOnceWithTwoNodes() {
    List<String> later = wards.subList(4, 8);
    String placeholders = String.join(",", later.stream().map(w -> "?").toList());
    List<String> timers = db.queryForList("select id_ from act_ru_job where type_ = 'timer' and (process_instance_id_ is null "
        + "or process_instance_id_ not in (" + placeholders + "))", String.class, later.toArray());
    assertThat(timers).hasSizeGreaterThanOrEqualTo(8);
    System.out.printf("Cluster: %d timers made due at once on two nodes%n", timers.size());
    long notificationsBefore = count("select count(*) from notification");
    String due = engineNow().minusMinutes(1).atZone(java.time.ZoneId.systemDefault()).format(CAMUNDA_DATE);
    for (int i = 0; i < timers.size(); i++) {
      var answer = (i % 2 == 0 ? a : b).http.send(ADMIN, PASSWORD, "PUT", "/engine-rest/job/" + timers.get(i)
          + "/duedate", "application/json", "{\"duedate\":\"" + due + "\"}");
      assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    }
    String ids = String.join(",", timers.stream().map(t -> "'" + t + "'").toList());
    await(() -> count("select count(*) from act_ru_job where id_ in (" + ids + ")") == 0, Duration.ofSeconds(90),
        "the due timers fired");
    // one successful execution per timer job, whichever node took it
    assertThat(db.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 and job_id_ in (" + ids + ") "
        + "group by job_id_ having count(*) = 1", String.class)).containsExactlyInAnyOrderElementsOf(timers);
    // and in the domain: one reminder / escalation / report per deadline, one escalation row per deadline
    assertThat(count("select count(*) from notification")).isGreaterThan(notificationsBefore);
    // (per deadline: a pilot's invitations, one per invited unit, have none; a conference's several submissions or
    // duties share a deadline kind and differ by subject)
    assertThat(db.queryForList("select conference_id from notification where conference_id is not null "
        + "and deadline is not null group by conference_id, kind, deadline, subject having count(*) > 1", Long.class))
        .isEmpty();
    assertThat(db.queryForList("select conference_id from escalation group by conference_id, deadline "
        + "having count(*) > 1", Long.class)).isEmpty();
    assertThat(count("select count(*) from act_ru_incident where incident_type_ = 'failedJob'")).isZero();
  }

  @Test
  @Order(4)
  void aNodeKilledWithJobsLockedLosesNothing() throws Exception {
    List<String> later = wards.subList(4, 8);
    Map<String, Long> before = counts();
    List<JsonNode> ballots = new ArrayList<>();
    later.forEach(w -> tasks(a, "processInstanceId=" + w + "&taskDefinitionKey=" + Elements.VOTE_ON_NOMINEES)
        .forEach(ballots::add));
    int expectedBallots = later.stream().mapToInt(membersOf::get).sum();
    assertThat(ballots).hasSize(expectedBallots);

    // only node A works: its job executor takes the ballots' continuations
    b.freeze();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> sent = new ArrayList<>();
    for (JsonNode ballot : ballots) {
      sent.add(pool.submit(() -> vote(a, b, ballot)));
    }
    // freeze node A the moment it is seen holding job locks (thaw and look again when they were let go in between)
    var locked = new AtomicReference<List<String>>(List.of());
    Awaitility.await("node A caught holding job locks").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(5)).until(() -> {
          if (count("select count(*) from act_ru_job where lock_owner_ = 'node-a'") == 0) {
            return false;
          }
          a.freeze();
          locked.set(db.queryForList("select id_ from act_ru_job where lock_owner_ = 'node-a'", String.class));
          if (locked.get().isEmpty()) {
            a.thaw();
          }
          return !locked.get().isEmpty();
        });
    List<String> lockedJobs = locked.get();
    long lockedAtCrash = lockedJobs.size();
    assertThat(lockedAtCrash).as("node A was caught holding job locks").isPositive();
    long votesAtCrash = count("select count(*) from vote_participation") - before.get("votes");
    a.kill();
    b.thaw();
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();
    awaitAll(later, Duration.ofSeconds(120));
    Map<String, Long> after = counts();
    System.out.printf("Cluster: node A killed (kill -9) holding %d job locks, %d of %d ballots recorded before the "
        + "crash; node B finished after the locks expired. before %s, after %s; %d client retries%n", lockedAtCrash,
        votesAtCrash, expectedBallots, before, after, retries.get());

    for (String ward : later) {
      assertVotedOnce(ward);
    }
    assertThat(count("select count(*) from act_ru_job where lock_owner_ = 'node-a'")).isZero();
    // the jobs node A held when it died were run, once, by node B after their locks expired
    for (String job : lockedJobs) {
      assertThat(db.queryForList("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
          String.class, job)).containsExactly("node-b");
    }
    assertThat(after.get("instances")).isEqualTo(before.get("instances"));
    assertThat(after.get("votes")).isEqualTo(before.get("votes") + expectedBallots);
    assertThat(after.get("ballots")).isEqualTo(before.get("ballots") + expectedBallots);
    assertThat(after.get("delegates")).isEqualTo(before.get("delegates"));
    assertThat(after.get("openTasks")).isEqualTo(before.get("openTasks") - expectedBallots + later.size());
    assertThat(after.get("minutesTasks")).isEqualTo(8);
    assertThat(count("select count(*) from act_ru_incident where incident_type_ = 'failedJob'")).isZero();
  }

  // --- the ward checks ---------------------------------------------------------------------------------------------

  /** Every member's vote counted once, one tally, the ward moved on to its dossier exactly once. */
  private void assertVotedOnce(String ward) {
    Long conference = db.queryForObject("select id from conference where process_instance_id = ?", Long.class, ward);
    int members = membersOf.get(ward);
    assertThat(count("select count(*) from vote_participation where conference_id = ?", conference)).isEqualTo(members);
    assertThat(count("select ballots from ballot_box where conference_id = ?", conference)).isEqualTo(members);
    // every member agreed with every nominee: each count is the council's size, and one tally decided the round
    assertThat(count("select count(*) from ballot_count where conference_id = ? and agreements <> ?", conference,
        members)).isZero();
    assertThat(count("select count(*) from rule_decision where conference_id = ? and rule = 'VOTED_COMPOSITION'",
        conference)).isEqualTo(1);
    assertThat(count("select count(*) from rule_decision where conference_id = ? and rule = 'COUNCIL_VOTE'",
        conference)).isEqualTo(count("select count(*) from ballot_count where conference_id = ?", conference));
    assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?", ward,
        Elements.VOTE_ON_NOMINEES)).isZero();
    assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?", ward,
        Elements.SIGN_VOTE_MINUTES)).isEqualTo(1);
  }

  /** Ballot continuations of these wards executed successfully by a node (Camunda's job log names the host). */
  private long joinsBy(String node, List<String> someWards) {
    return count("select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ = 'async-continuation' "
        + "and hostname_ like ? and process_instance_id_ in (" + String.join(",", someWards.stream()
        .map(w -> "'" + w + "'").toList()) + ")", "%" + node + "%");
  }

  private void awaitAll(List<String> someWards, Duration timeout) {
    await(() -> someWards.stream().allMatch(w -> count("select count(*) from act_ru_task where proc_inst_id_ = ? "
        + "and task_def_key_ = ?", w, Elements.SIGN_VOTE_MINUTES) == 1), timeout, "every ward's vote was counted (minutes to sign)");
  }

  private Map<String, Long> counts() {
    Map<String, Long> c = new LinkedHashMap<>();
    c.put("instances", count("select count(*) from act_ru_execution where id_ = proc_inst_id_"));
    c.put("openTasks", count("select count(*) from act_ru_task"));
    c.put("minutesTasks", count("select count(*) from act_ru_task where task_def_key_ = ?", Elements.SIGN_VOTE_MINUTES));
    c.put("votes", count("select count(*) from vote_participation"));
    c.put("ballots", count("select coalesce(sum(ballots), 0) from ballot_box"));
    c.put("delegates", count("select coalesce(sum(exemplar_delegates + guest_delegates), 0) from conference"));
    return c;
  }

  // --- the client ----------------------------------------------------------------------------------------------------

  /**
   * A member casts a ballot on a node; if the node fails (connection lost, optimistic-locking conflict answered 500),
   * the client sends it again, to the other node. 409 after a lost answer means the first attempt was committed.
   */
  private void vote(ClusterNode node, ClusterNode other, JsonNode task) {
    String body = Http.form("ballot", "\"APPROVE\"");
    ClusterNode target = node;
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        var answer = target.http.json(task.get("assignee").asText(), "POST",
            "/engine-rest/task/" + task.get("id").asText() + "/submit-form", body);
        if (answer.status() == 204 || (answer.status() == 409 && attempt > 0)) {
          return;
        }
        if (answer.status() < 500) {
          throw new AssertionError("ballot refused: " + answer.status() + " " + answer.body());
        }
      } catch (UncheckedIOException lost) {
        // the node died under the request
      }
      retries.incrementAndGet();
      target = other;
      ClusterNode.sleep(200L * (attempt + 1));
    }
    throw new AssertionError("ballot of " + task.get("assignee").asText() + " never accepted");
  }

  private JsonNode tasks(ClusterNode node, String query) {
    var answer = node.http.get(ADMIN, "/engine-rest/task?maxResults=1000&" + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static void submit(ClusterNode node, String user, JsonNode task, String form) {
    var answer = node.http.json(user, "POST", "/engine-rest/task/" + task.get("id").asText() + "/submit-form", form);
    assertThat(answer.status()).as(node.name + " " + task.get("name").asText() + ": " + answer.body()).isEqualTo(204);
  }

  /** The nodes' engine time: the demo runs the clock on the plan's timeline, shifted from real time by a fixed offset. */
  private LocalDateTime engineNow() {
    var row = db.queryForMap("select started_at, real_started_at from campaign where parent_campaign_id is null");
    LocalDateTime started = ((java.sql.Timestamp) row.get("started_at")).toLocalDateTime();
    LocalDateTime realStarted = ((java.sql.Timestamp) row.get("real_started_at")).toLocalDateTime();
    return started.plus(Duration.between(realStarted, LocalDateTime.now()));
  }

  private long count(String sql, Object... args) {
    Long n = db.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  private static void await(BooleanSupplier condition, Duration timeout, String what) {
    Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
  }
}

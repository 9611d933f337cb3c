package vn.thiduaflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduaflow.benchmark.BenchmarkReport.ms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import vn.thiduaflow.security.Http;

/**
 * Tasklist's queries as council members make them, over Camunda's REST API with authentication and authorizations on,
 * with benchmark.openTasks (default 50,000) open tasks of 1,000 units: benchmark.users (default 50) members of
 * different units at once, each opening the shared filter "Việc của đơn vị tôi" (the tasks of their groups, assigned
 * ones included; its first page of 15, newest first — the request Tasklist sends); then each completing their unit's
 * tasks. Each phase twice: at a member's pace (a think time of benchmark.thinkMillis, default 1,000 ms, between two
 * requests, faster than a person reading and acting on tasks) and back to back (the server saturated: the
 * latency is then users / throughput). A load generator on loopback, for a fixed time per phase; latencies in
 * HdrHistogram.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueryBenchmark {

  private static final int UNITS = 1000;
  private static final long PHASE_NANOS = TimeUnit.SECONDS.toNanos(Long.getLong("benchmark.phaseSeconds", 30));
  private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** Mean pause of a member between two requests (uniform in ±50 %); 0 measures the server saturated. */
  private static final long THINK_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("benchmark.thinkMillis", 1000));

  private final AtomicBoolean reported = new AtomicBoolean();
  private final BenchmarkReport report = new BenchmarkReport("task-queries", 5, "database", "open tasks",
      "concurrent users", "operation", "think time", "requests", "requests/s", "p50 ms", "p95 ms", "p99 ms", "max ms");

  @AfterAll
  void write() {
    report.write();
  }

  @Test
  void taskQueriesAndCompletionsUnderConcurrentUsers() throws Exception {
    int openTasks = Integer.getInteger("benchmark.openTasks", 50_000);
    int users = Integer.getInteger("benchmark.users", 50);
    for (String database : BenchmarkApplication.databases()) {
      try (var context = BenchmarkApplication.start(database, true)) {
        var engine = context.getBean(ProcessEngine.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        openTasks(engine, openTasks, users);
        assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(openTasks);
        analyze(context.getBean(DataSource.class));
        Http http = new Http(port);
        int firstPage = Math.min(15, openTasks / UNITS);
        String myUnit = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị tôi").singleResult()
            .getId();
        // what Tasklist sends when a member opens the filter: its first page, newest first
        Function<Integer, Boolean> query = u -> {
          var a = http.json(member(u), "POST", "/engine-rest/filter/" + myUnit + "/list?firstResult=0&maxResults=15",
              "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
          boolean ok = a.status() == 200 && a.json().size() == firstPage;
          if (!ok && reported.compareAndSet(false, true)) {
            System.out.println("first refused query: " + a.status() + " " + a.body());
          }
          return ok;
        };
        row(database, openTasks, users, "task list (filter «Việc của đơn vị tôi», first page)", THINK_NANOS,
            load(users, WARM_UP_NANOS, THINK_NANOS, query));
        row(database, openTasks, users, "task list (filter «Việc của đơn vị tôi», first page)", 0,
            load(users, WARM_UP_NANOS, 0, query));

        Map<Integer, ConcurrentLinkedQueue<String>> toDo = new HashMap<>();
        for (int u = 0; u < users; u++) {
          var queue = new ConcurrentLinkedQueue<String>();
          engine.getTaskService().createTaskQuery().taskCandidateGroup(group(u)).list()
              .forEach(t -> queue.add(t.getId()));
          toDo.put(u, queue);
        }
        // each member completes tasks of their unit (openTasks / 1,000 each): at the members' pace first (after a
        // warm-up: the first completions load what the queries did not), then back to back with what is left
        AtomicLong completed = new AtomicLong();
        Function<Integer, Boolean> complete = u -> {
          String task = toDo.get(u).poll();
          if (task == null) {
            return null; // this member's unit has nothing left to do
          }
          boolean ok = http.json(member(u), "POST", "/engine-rest/task/" + task + "/complete", "{}").status() == 204;
          if (ok) {
            completed.incrementAndGet();
          }
          return ok;
        };
        row(database, openTasks, users, "task completion", THINK_NANOS, load(users, WARM_UP_NANOS, THINK_NANOS, complete));
        row(database, openTasks, users, "task completion", 0, load(users, 0, 0, complete));
        // a completion answered 204 is a task gone from the engine (the benchmark's process ends after its one task,
        // so a completion opens no other): what was timed is what happened
        assertThat(completed.get()).as("tasks completed").isPositive();
        assertThat(engine.getTaskService().createTaskQuery().count()).as("open tasks after the completions")
            .isEqualTo(openTasks - completed.get());
      }
    }
  }

  /**
   * Refreshes the planner's statistics after the bulk load, as PostgreSQL's autovacuum does within about a minute in
   * production: without them PostgreSQL plans the task query for empty tables (measured: 50–80 ms instead of 3 ms per
   * query with 10,000 open tasks) and the figures would depend on when autovacuum happened to run.
   */
  static void analyze(DataSource dataSource) throws java.sql.SQLException {
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  /** The measured requests' latencies (microseconds) and the measured phase's length (seconds). */
  private record Load(Histogram latencies, double seconds) {}

  private void row(String database, int openTasks, int users, String operation, long thinkNanos, Load load) {
    Histogram h = load.latencies();
    report.row(database, openTasks, users, operation,
        thinkNanos == 0 ? "none (saturation)" : String.format("%.1f s", thinkNanos / 1e9), h.getTotalCount(),
        String.format("%.0f", h.getTotalCount() / Math.max(load.seconds(), 0.001)), ms(h.getValueAtPercentile(50)),
        ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
  }

  private static String member(int unit) {
    return "member" + unit;
  }

  private static String group(int unit) {
    return "u" + unit + ".council-member";
  }

  /**
   * Open tasks spread over the units' groups (the engine grants each task to its candidate group), and one user per
   * measured unit with its group.
   */
  private static void openTasks(ProcessEngine engine, int count, int users) {
    engine.getRepositoryService().createDeployment().addModelInstance("open-task.bpmn",
        Bpmn.createExecutableProcess("OpenTask").camundaHistoryTimeToLive(1825).startEvent()
            .userTask("review").name("Biểu quyết").camundaCandidateGroups("${group}").endEvent().done()).deploy();
    var runtime = engine.getRuntimeService();
    for (int i = 0; i < count; i++) {
      runtime.startProcessInstanceByKey("OpenTask", Map.of("group", group(i % UNITS)));
    }
    var identity = engine.getIdentityService();
    for (int u = 0; u < users; u++) {
      var user = identity.newUser(member(u));
      user.setPassword(Http.PASSWORD);
      identity.saveUser(user);
      if (identity.createGroupQuery().groupId(group(u)).count() == 0) {
        identity.saveGroup(identity.newGroup(group(u)));
      }
      identity.createMembership(member(u), group(u));
    }
    // every member may read the process definition, as Tasklist's users are granted by CouncilAccounts
    var grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId("OpenTask");
    grant.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(grant);
  }

  /**
   * One thread per user sends requests one after another, pausing a think time between them (none: back to back, the
   * server saturated), for the warm-up, then for the measured phase; returns the
   * latencies (microseconds) of the measured requests that succeeded. A request answers true (done), false (failed: more
   * than one per user fails the benchmark) or null (this user has nothing more to send).
   */
  private static Load load(int users, long warmUpNanos, long thinkNanos, Function<Integer, Boolean> request)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    AtomicLong failures = new AtomicLong();
    CountDownLatch done = new CountDownLatch(users);
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      int unit = u;
      Thread t = new Thread(() -> {
        try {
          while (System.nanoTime() - start < warmUpNanos + PHASE_NANOS) {
            long before = System.nanoTime();
            Boolean ok = request.apply(unit);
            long micros = (System.nanoTime() - before) / 1000;
            if (ok == null) {
              break;
            }
            if (!ok) {
              failures.incrementAndGet();
            } else if (before - start >= warmUpNanos) {
              recorder.recordValue(micros);
            }
            if (thinkNanos > 0) {
              LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(thinkNanos / 2, thinkNanos * 3 / 2));
            }
          }
        } finally {
          done.countDown();
        }
      }, "load-" + u);
      threads.add(t);
      t.start();
    }
    done.await();
    double seconds = (System.nanoTime() - start - warmUpNanos) / 1e9;
    Histogram h = recorder.getIntervalHistogram();
    System.out.printf("load: %d requests measured, %d refused or empty%n", h.getTotalCount(), failures.get());
    assertThat(failures.get()).as("failed requests").isLessThanOrEqualTo(users);
    return new Load(h, seconds);
  }
}

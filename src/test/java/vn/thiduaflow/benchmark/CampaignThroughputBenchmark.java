package vn.thiduaflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.thiduaflow.simulation.CampaignSimulator;
import vn.thiduaflow.simulation.SimulationResult;

/**
 * (1) A whole campaign chain (default: the 11th national congress on the 2025 structure — 34 provinces, 3,321
 * communes) run by the simulator's scripted actors through the engine; (2) the baseline: a minimal Camunda process with
 * no project code, as many instances, user tasks and jobs, in the same run on the same engine; (3) the database's own
 * ceiling: single-row commits per second on the same data source. On each database of benchmark.databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignThroughputBenchmark {

  private final BenchmarkReport report = new BenchmarkReport("campaign", 2, "database", "plan", "total time",
      "in engine transactions", "instances", "user tasks", "jobs", "instances/s", "user tasks/s",
      "baseline user tasks/s", "project/baseline", "project/baseline, wall clock", "single-row commits/s (ceiling)",
      "transactions/s as share of ceiling", "peak heap");

  @AfterAll
  void write() {
    report.write();
  }

  @Test
  void campaignAgainstBaselineAndCeiling() throws Exception {
    String plan = System.getProperty("benchmark.plan", "national-11th-congress-2025");
    for (String database : BenchmarkApplication.databases()) {
      try (var context = BenchmarkApplication.start(database, false)) {
        var engine = context.getBean(ProcessEngine.class);
        SimulationResult result = context.getBean(CampaignSimulator.class).run(plan);
        ClockUtil.reset();
        assertThat(result.completed()).as(plan + " completed on " + database).isTrue();
        HistoryService history = engine.getHistoryService();
        long instances = history.createHistoricProcessInstanceQuery().finished().count();
        long tasks = history.createHistoricTaskInstanceQuery().finished().count();
        long jobs = history.createHistoricJobLogQuery().successLog().count();
        System.out.printf("baseline: %d instances, %d user tasks, %d jobs%n", instances, tasks, jobs);
        Timing baseline = baseline(engine, instances, tasks, jobs);
        double ceiling = commitsPerSecond(context.getBean(DataSource.class));
        // rates over the time in engine transactions (the simulator's own reads and planning are not the project's);
        // the wall-clock ratio beside it
        long engineMillis = Math.max(1, result.engineMillis());
        double transactionsPerSecond = (tasks + jobs) * 1000.0 / engineMillis;
        double projectRate = tasks * 1000.0 / engineMillis;
        double baselineRate = tasks * 1000.0 / Math.max(1, baseline.engineMillis());
        double wallRatio = (double) baseline.wallMillis() / result.runMillis();
        report.row(database, plan, String.format("%.1f s", result.runMillis() / 1000.0),
            String.format("%.1f s", engineMillis / 1000.0), instances, tasks, jobs,
            BenchmarkReport.perSecond(instances, engineMillis), String.format("%.1f", projectRate),
            String.format("%.1f", baselineRate), String.format("%.2f", projectRate / baselineRate),
            String.format("%.2f", wallRatio), String.format("%.0f", ceiling),
            String.format("%.3f", transactionsPerSecond / ceiling),
            String.format("%.1f GiB", result.peakHeapBytes() / (double) (1L << 30)));
      }
    }
  }

  /** Wall-clock milliseconds of a run, and the part of them spent in the engine's transactions. */
  private record Timing(long wallMillis, long engineMillis) {}

  /**
   * As many instances of a process with no project code (no listeners, delegates or forms), each with its share of the
   * user tasks and of asynchronous steps (no-op jobs), completed and executed one transaction each as the simulator
   * does. Returns the wall-clock time and the time in the engine's transactions (start, complete, execute job; the
   * queries finding the next task or job excluded, as the simulator's are).
   */
  private static Timing baseline(ProcessEngine engine, long instances, long tasks, long jobs) {
    int tasksPerInstance = (int) Math.max(1, Math.round(tasks / (double) instances));
    int jobsPerInstance = (int) Math.round(jobs / (double) instances);
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("Baseline").camundaHistoryTimeToLive(1825)
        .startEvent();
    for (int i = 0; i < Math.max(tasksPerInstance, jobsPerInstance); i++) {
      if (i < tasksPerInstance) {
        flow = flow.userTask("task" + i).camundaCandidateGroups("baseline");
      }
      if (i < jobsPerInstance) {
        flow = flow.serviceTask("step" + i).camundaAsyncBefore().camundaExpression("${true}");
      }
    }
    BpmnModelInstance model = flow.endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("baseline.bpmn", model).deploy();
    var taskService = engine.getTaskService();
    ManagementService management = engine.getManagementService();
    long started = System.nanoTime();
    long inEngine = 0;
    for (long n = 0; n < instances; n++) {
      long before = System.nanoTime();
      String id = engine.getRuntimeService().startProcessInstanceByKey("Baseline", "b" + n).getId();
      inEngine += System.nanoTime() - before;
      while (true) {
        var task = taskService.createTaskQuery().processInstanceId(id).singleResult();
        if (task != null) {
          before = System.nanoTime();
          taskService.complete(task.getId());
          inEngine += System.nanoTime() - before;
          continue;
        }
        var job = management.createJobQuery().processInstanceId(id).singleResult();
        if (job == null) {
          break;
        }
        before = System.nanoTime();
        management.executeJob(job.getId());
        inEngine += System.nanoTime() - before;
      }
    }
    // the baseline did the work it is compared with: every instance ended, with its tasks and jobs
    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("Baseline").finished().count())
        .as("baseline instances ended").isEqualTo(instances);
    assertThat(history.createHistoricTaskInstanceQuery().processDefinitionKey("Baseline").finished().count())
        .as("baseline user tasks completed").isEqualTo(instances * tasksPerInstance);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("Baseline").count())
        .as("baseline instances still running").isZero();
    return new Timing((System.nanoTime() - started) / 1_000_000, inEngine / 1_000_000);
  }

  /** Single-row inserts, each its own commit, on one connection for five seconds. */
  private static double commitsPerSecond(DataSource dataSource) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("create table benchmark_ceiling (id bigint primary key, payload varchar(64))");
      }
      c.setAutoCommit(true);
      long n = 0;
      long started = System.nanoTime();
      try (PreparedStatement insert = c.prepareStatement("insert into benchmark_ceiling values (?, ?)")) {
        while (System.nanoTime() - started < 5_000_000_000L) {
          insert.setLong(1, n++);
          insert.setString(2, "row " + n);
          insert.executeUpdate();
        }
      }
      double rate = n * 1e9 / (System.nanoTime() - started);
      try (Statement s = c.createStatement(); var rows = s.executeQuery("select count(*) from benchmark_ceiling")) {
        rows.next();
        assertThat(rows.getLong(1)).as("rows committed by the ceiling measurement").isEqualTo(n);
      }
      try (Statement s = c.createStatement()) {
        s.execute("drop table benchmark_ceiling");
      }
      return rate;
    }
  }

}

package vn.thiduaflow.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.thiduaflow.ThiDuaFlowApplication;
import vn.thiduaflow.security.Http;

/**
 * One application node of a cluster test or a benchmark: the application in a JVM of its own (started from the test
 * classpath; for the cluster tests with the README's production settings: profiles demo + postgres), so that it can
 * be frozen (SIGSTOP) and killed (kill -9) like a real server. Its output goes to {@code target/cluster/<name>.log}.
 */
public final class ClusterNode {

  final String name;
  /** The node's HTTP port on localhost. */
  public final int port;
  final Http http;
  final Path log;
  private final Process process;

  private ClusterNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
    this.http = new Http(port);
  }

  /**
   * Starts a node on the database and waits until its health is UP.
   *
   * @param jobExecutor extra job executor settings (name=value, without the camunda.bpm.job-execution. prefix)
   */
  static ClusterNode start(String name, String jdbcUrl, String password, String... jobExecutor) {
    return start(name, jdbcUrl, password, List.of(), jobExecutor);
  }

  /**
   * The same with further command-line arguments for the application ({@code --name=value}), e.g. a test's own
   * switch ({@code --thiduaflow.test.cluster-decisions=true}: {@link ClusterDecisionEndpoint}).
   */
  static ClusterNode start(String name, String jdbcUrl, String password, List<String> arguments,
      String... jobExecutor) {
    List<String> settings = new ArrayList<>(List.of(
        "--spring.datasource.hikari.maximum-pool-size=10",
        "--thiduaflow.demo.password=" + password,
        // a short lock, so that the test does not wait the production 5 minutes for a dead node's jobs
        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000"));
    for (String setting : jobExecutor) {
      settings.add("--camunda.bpm.job-execution." + setting);
    }
    settings.addAll(arguments);
    // a small heap and the quick compiler only: a test node lives a minute
    return start(name, jdbcUrl, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), "demo,postgres", settings);
  }

  /**
   * A node with the given JVM flags and Spring profiles on the database (user {@link TestPostgres#USER}), e.g. a
   * benchmark's node: {@code ["-Xmx1g"]}, {@code "benchmark,postgres"}; waits until its health is UP (at most 3
   * minutes).
   *
   * @param arguments further command-line arguments for the application ({@code --name=value})
   * @throws IllegalStateException when the node exits or is not healthy in time (its log named)
   */
  public static ClusterNode start(String name, String jdbcUrl, List<String> jvmFlags, String profiles,
      List<String> arguments) {
    try {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path log = Path.of("target", "cluster", name + ".log");
      Files.createDirectories(log.getParent());
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmFlags);
      command.addAll(List.of("-cp", classpath, ThiDuaFlowApplication.class.getName(),
          "--spring.profiles.active=" + profiles,
          "--server.port=" + port,
          "--spring.datasource.url=" + jdbcUrl,
          "--spring.datasource.username=" + TestPostgres.USER,
          "--spring.datasource.password=",
          "--thiduaflow.node-name=" + name));
      command.addAll(arguments);
      // a working directory of its own, as a server has (not the project's, whose bpmn/ would be found twice)
      Path home = Files.createDirectories(log.getParent().resolve(name)).toAbsolutePath();
      Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toAbsolutePath().toFile()).start();
      ClusterNode node = new ClusterNode(name, port, process, log);
      node.awaitHealthy(Duration.ofMinutes(3));
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitHealthy(Duration timeout) {
    try {
      Awaitility.await(name + " healthy (see " + log + ")").atMost(timeout).pollInterval(Duration.ofMillis(500))
          // the port opens late in the start-up
          .ignoreException(UncheckedIOException.class)
          .failFast(name + " exited (see " + log + ")", () -> !process.isAlive())
          .until(() -> http.get(null, "/actuator/health").status() == 200);
    } catch (org.awaitility.core.TerminalFailureException e) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log, e);
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException(name + " not healthy after " + timeout + "; see " + log, e);
    }
  }

  /** The node's process id. */
  public long pid() {
    return process.pid();
  }

  /** SIGSTOP: the node stops where it is, holding its connections and job locks, answering nothing. */
  void freeze() {
    signal("-STOP");
  }

  /** SIGCONT. */
  void thaw() {
    signal("-CONT");
  }

  /** kill -9: no shutdown hook, no clean-up; returns when the process is gone. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  private void signal(String signal) {
    try {
      new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

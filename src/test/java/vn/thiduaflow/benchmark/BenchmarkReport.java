package vn.thiduaflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
  private final int keyColumns;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param keyColumns how many leading columns name a row (e.g. database and plan): a row of this run replaces the row
   *     with the same key in the file, rows of other keys measured earlier are kept
   */
  /** Microseconds (HdrHistogram's unit here) as milliseconds with one decimal, as every table writes them. */
  static String ms(long micros) {
    return String.format("%.1f", micros / 1000.0);
  }

  BenchmarkReport(String section, int keyColumns, String... header) {
    this.section = section;
    this.keyColumns = keyColumns;
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

  /**
   * Writes the table into the section of the docs file (system property benchmark.docs): this run's rows, and the rows
   * of other keys already there (each row ends with the date it was measured).
   */
  void write() {
    Path docs = Path.of(System.getProperty("benchmark.docs", "docs/benchmarks.md"));
    String start = "<!-- " + section + ":start -->";
    String end = "<!-- " + section + ":end -->";
    try {
      String text = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Benchmarks\n";
      int from = text.indexOf(start);
      int to = text.indexOf(end);
      String measured = LocalDate.now().toString();
      List<List<String>> all = new ArrayList<>();
      for (List<String> row : rows) {
        List<String> dated = new ArrayList<>(row);
        dated.add(measured);
        all.add(dated);
      }
      if (from >= 0 && to > from) {
        for (String line : text.substring(from, to).split("\n")) {
          List<String> old = cells(line);
          if (old.size() == header.size() + 1 && !old.get(0).equals(header.get(0)) && !old.get(0).startsWith("---")
              && rows.stream().noneMatch(r -> r.subList(0, keyColumns).equals(old.subList(0, keyColumns)))) {
            all.add(old);
          }
        }
      }
      StringBuilder table = new StringBuilder();
      table.append("On ").append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
          .append(Runtime.getRuntime().maxMemory() >> 30).append(" GiB, Java ")
          .append(System.getProperty("java.version")).append(".\n\n");
      table.append("| ").append(String.join(" | ", header)).append(" | measured |\n");
      table.append("|").append(" --- |".repeat(header.size() + 1)).append("\n");
      for (List<String> row : all) {
        table.append("| ").append(String.join(" | ", row)).append(" |\n");
      }
      String block = start + "\n" + table + end;
      text = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
          : text + "\n" + block + "\n";
      Files.createDirectories(docs.toAbsolutePath().getParent());
      Files.writeString(docs, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells of a Markdown table row, or nothing when the line is not one. */
  private static List<String> cells(String line) {
    String t = line.trim();
    if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 2) {
      return List.of();
    }
    List<String> cells = new ArrayList<>();
    for (String c : t.substring(1, t.length() - 1).split("\\|", -1)) {
      cells.add(c.trim());
    }
    return cells;
  }

  static String perSecond(double count, long millis) {
    return String.format("%.1f", count * 1000.0 / Math.max(1, millis));
  }
}

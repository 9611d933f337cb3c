package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.unit.UnitDirectory;

/**
 * Test helpers shared by the plan tests: a plan reader without Spring, the seed and test plan files as text, an edit of
 * a file's text that must find what it replaces, and the check that a file is refused at a field.
 */
final class PlanFiles {

  static final UnitDirectory UNITS = new UnitDirectory();

  private PlanFiles() {}

  static PlanReader reader() {
    return new PlanReader(Validation.buildDefaultValidatorFactory().getValidator(), UNITS);
  }

  static String seed(String name) {
    try {
      return Files.readString(Path.of("src/main/resources/plans", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan read(String name, String yaml) {
    return reader().read(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** A test plan file's text ({@code src/test/resources/plans/<name>}). */
  static String testPlan(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/plans", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text with its first {@code from} replaced by {@code to} ({@code \\n} in either stands for a line break);
   * fails when {@code from} is not in the text, so that an edit cannot silently do nothing.
   */
  static String edited(String text, String from, String to) {
    String f = from.replace("\\n", "\n");
    assertThat(text).as("fixture text present").contains(f);
    return text.replaceFirst(Pattern.quote(f), Matcher.quoteReplacement(to.replace("\\n", "\n")));
  }

  /** Reading {@code text} fails with a problem at {@code field} whose text contains every one of {@code problem}. */
  static void assertRefused(String text, String field, String... problem) {
    assertThatThrownBy(() -> read("broken.yaml", text))
        .isInstanceOf(PlanFileException.class)
        .satisfies(e -> assertThat(((PlanFileException) e).problems())
            .anySatisfy(p -> {
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.problem()).contains(problem);
            }));
  }
}

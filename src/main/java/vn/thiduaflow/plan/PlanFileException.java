package vn.thiduaflow.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan file is wrong or incomplete. Thrown at start-up by {@link PlanCatalog}; the message names the file, and every
 * problem names the field and what is wrong with it.
 */
public class PlanFileException extends RuntimeException {

  private final String file;
  private final List<Problem> problems;

  /**
   * @param file the plan file (resource description)
   * @param problems one entry per wrong field, never empty
   */
  public PlanFileException(String file, List<Problem> problems) {
    super("Plan file '" + file + "' is invalid:\n" + problems.stream()
        .map(p -> "  - field '" + p.field() + "': " + p.problem()).collect(Collectors.joining("\n")));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file that was refused. */
  public String file() {
    return file;
  }

  /** What is wrong, field by field. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One wrong field.
   *
   * @param field dotted path in the file, e.g. {@code ownConference.window.to}; {@code (file)} for the file as a whole
   * @param problem what is wrong, in English
   */
  public record Problem(String field, String problem) {}
}

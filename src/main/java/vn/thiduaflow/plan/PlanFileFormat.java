package vn.thiduaflow.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.thiduaflow.plan.PlanFileException.Problem;
import vn.thiduaflow.plan.model.DeadlineRule;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.TierDeadlines;

/**
 * The plan file's format where it differs from the plan model ({@link Plan}), and the rewrite of a parsed file into the
 * model's shape before it is bound (issue 22). The file has one {@code deadlines} block and calls the council's
 * approval threshold {@code approval}, so that {@code councilVote} only ever names the vote's deadline:
 * <pre>
 * deadlines:
 *   nominations: { daysBeforeConference: 20, clause: "§IV.2" }     # model: Plan.nominationDeadline
 *   councilVote: { daysBeforeConference: 18, clause: "§IV.2" }     # model: Plan.deadlines.councilVote (unchanged)
 *   dossier:                                                        # model: Plan.dossier
 *     daysBeforeConference: 15
 *     clause: "§IV.1"
 *   dossierReview: { workingDays: 5, clause: "§IV.1" }             # optional, as before
 *   resultsReport: { workingDays: 5, clause: "§IV.3" }             # optional, as before
 *   reminder: { workingDays: 2, clause: "§IV.3" }                  # optional, as before
 * approval: { thresholdPercent: 50, comparison: MORE_THAN, clause: "Quy chế" }   # model: Plan.councilVote
 * ownConference:
 *   deadlines:
 *     nominations: { daysBeforeConference: 12, clause: "§III.4" }  # model: TierDeadlines.nominationDeadline
 * </pre>
 * A file in the format before issue 22 (top-level {@code dossier}, {@code nominationDeadline} and {@code councilVote}
 * with {@code thresholdPercent}; {@code nominationDeadline} in a tier's {@code deadlines}) still loads unchanged; the
 * renames it should make are returned ({@link Shape#renamesToMake()}) for one warning per file. A file that writes the
 * same rule under both names is refused, naming both fields.
 *
 * <p>The same table ({@link #TOP_LEVEL}, {@link #TIER}) turns the schema generated from the model into the file's
 * format ({@code PlanSchemaTest}), so the schema and the reader cannot disagree.
 */
final class PlanFileFormat {

  /**
   * One name the file writes differently from the model.
   *
   * @param model the model's property (a top-level {@link Plan} component, or one of {@link TierDeadlines})
   * @param file the path the file writes it at, relative to the same object: {@code deadlines.nominations},
   *     {@code approval}
   */
  record Rename(String model, String file) {

    /** The file path's first segment: {@code deadlines}, {@code approval}. */
    String fileParent() {
      int dot = file.indexOf('.');
      return dot < 0 ? null : file.substring(0, dot);
    }

    /** The file path's last segment: {@code nominations}, {@code approval}. */
    String fileName() {
      return file.substring(file.indexOf('.') + 1);
    }
  }

  /** The top level of the file. */
  static final List<Rename> TOP_LEVEL = List.of(
      new Rename("nominationDeadline", "deadlines.nominations"),
      new Rename("dossier", "deadlines.dossier"),
      new Rename("councilVote", "approval"));

  /** A tier's own {@code deadlines} ({@link TierDeadlines}), under {@code ownConference}, {@code lowerConferences}
   * and {@code levels.<LEVEL>.conference}. */
  static final List<Rename> TIER = List.of(new Rename("nominationDeadline", "nominations"));

  /** Fields of a {@link DeadlineRule}: a top-level {@code councilVote} holding them was meant as the deadline. */
  private static final List<String> DEADLINE_FIELDS =
      List.of("daysBeforeConference", "workingDaysBeforeConference", "fixedDate");

  private PlanFileFormat() {}

  /**
   * A file rewritten into the model's shape.
   *
   * @param tree the rewritten tree, ready to bind to {@link Plan}; null when the file holds no document
   * @param renamesToMake one sentence per old name the file still uses ("nominationDeadline → deadlines.nominations");
   *     empty for a file in the current format
   * @param modelToFile the model's path → the file's path for each rule written under its new name, to name fields in
   *     problems as the file writes them
   * @param lines the file's line of each path (dotted, as in {@link Problem#field()}), computed when first asked
   */
  record Shape(JsonNode tree, List<String> renamesToMake, Map<String, String> modelToFile,
      Supplier<Map<String, Integer>> lines) {

    /** The field as the file writes it: {@code nominationDeadline.clause} → {@code deadlines.nominations.clause}. */
    String fileField(String modelField) {
      for (var e : modelToFile.entrySet()) {
        String model = e.getKey();
        if (modelField.equals(model) || modelField.startsWith(model + ".") || modelField.startsWith(model + "[")) {
          return e.getValue() + modelField.substring(model.length());
        }
        String indexed = model.replaceFirst("^levels\\.([A-Z_]+)", "levels[$1]"); // Bean Validation's map path
        if (!indexed.equals(model) && (modelField.equals(indexed) || modelField.startsWith(indexed + "."))) {
          return e.getValue() + modelField.substring(indexed.length());
        }
      }
      return modelField;
    }

    /**
     * Every problem named as the file writes it ({@link #fileField}), and the model's paths its text names
     * ({@code nominationDeadline.daysBeforeConference}, a path with at least one dot after the renamed name) too.
     */
    List<Problem> inFile(List<Problem> problems) {
      return problems.stream().map(p -> new Problem(fileField(p.field()), pathsInText(p.problem()))).toList();
    }

    private String pathsInText(String text) {
      for (var e : modelToFile.entrySet()) {
        text = text.replaceAll("(?<![\\w.])" + java.util.regex.Pattern.quote(e.getKey()) + "(?=[.\\[]\\w)",
            java.util.regex.Matcher.quoteReplacement(e.getValue()));
      }
      return text;
    }

    /**
     * A binding problem named as the file writes it; a message ending in an unknown line (bound from the tree, the
     * parser knows none) gets the file's line of the field.
     */
    Problem bindingProblem(String modelField, String message) {
      String field = fileField(modelField);
      message = knownFieldsInFile(field, message);
      if (message.matches("(?s).*\\(line (-1|\\?)\\)$")) {
        Integer line = lines.get().get(field);
        message = message.replaceFirst("\\(line (-1|\\?)\\)$", line == null ? "" : "(line " + line + ")").strip();
      }
      return new Problem(field, message);
    }
  }

  /**
   * An unknown field's message lists the known fields of its object by the model's names: give the file's instead (the
   * current format's, whichever the file used): at the top {@code approval} and no {@code dossier} or
   * {@code nominationDeadline}; in {@code deadlines} also {@code nominations} and {@code dossier}; in a tier's
   * {@code deadlines} {@code nominations}.
   */
  private static String knownFieldsInFile(String field, String message) {
    String marker = "known fields here: ";
    int at = message.indexOf(marker);
    if (at < 0) {
      return message;
    }
    int dot = field.lastIndexOf('.');
    String parent = dot < 0 ? "" : field.substring(0, dot);
    List<String> known = new ArrayList<>(List.of(message.substring(at + marker.length()).split(", ")));
    for (Rename r : parent.isEmpty() ? TOP_LEVEL : parent.equals("deadlines") ? TOP_LEVEL
        : parent.endsWith(".deadlines") ? TIER : List.<Rename>of()) {
      if (parent.isEmpty()) {
        known.remove(r.model());
        if (r.fileParent() == null) {
          known.add(r.file());
        }
      } else if (parent.equals("deadlines")) {
        if ("deadlines".equals(r.fileParent())) {
          known.add(r.fileName());
        }
      } else if (known.remove(r.model())) {
        known.add(r.file());
      }
    }
    return message.substring(0, at + marker.length()) + String.join(", ", known.stream().sorted().toList());
  }

  /**
   * Rewrites a parsed plan file into the model's shape (in place) and records the renames.
   *
   * @param file the file's name, for messages
   * @param tree the parsed file; a missing or null document gives {@code Shape.tree() == null}
   * @param lines the file's line of each dotted path, asked for only when a binding problem needs it
   * @throws PlanFileException naming both fields for each rule written under its old and its new name at once, and a
   *     top-level {@code councilVote} written as a deadline or a {@code deadlines.councilVote} written as a threshold
   */
  static Shape toModelShape(String file, JsonNode tree, Supplier<Map<String, Integer>> lines) {
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return new Shape(null, List.of(), Map.of(), lines);
    }
    List<String> renames = new ArrayList<>();
    Map<String, String> modelToFile = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    if (tree instanceof ObjectNode root) {
      checkCouncilVoteMeanings(root, problems);
      rewrite(root, "", TOP_LEVEL, renames, modelToFile, problems);
      for (String tier : List.of("ownConference", "lowerConferences")) {
        tierDeadlines(root.get(tier), tier, renames, modelToFile, problems);
      }
      if (root.get("levels") instanceof ObjectNode levels) {
        for (Map.Entry<String, JsonNode> level : levels.properties()) {
          tierDeadlines(level.getValue().get("conference"), "levels." + level.getKey() + ".conference", renames,
              modelToFile, problems);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanFileException(file, problems);
    }
    return new Shape(tree, List.copyOf(renames), Map.copyOf(modelToFile), memo(lines));
  }

  private static void tierDeadlines(JsonNode tier, String at, List<String> renames, Map<String, String> modelToFile,
      List<Problem> problems) {
    if (tier != null && tier.get("deadlines") instanceof ObjectNode deadlines) {
      rewrite(deadlines, at + ".deadlines.", TIER, renames, modelToFile, problems);
    }
  }

  /**
   * Applies the renames to one object: a rule under its new name moves to the model's; one under its old name stays
   * and is noted; under both, a problem.
   *
   * @param prefix the object's dotted path with a trailing dot, "" at the top
   */
  private static void rewrite(ObjectNode object, String prefix, List<Rename> table, List<String> renames,
      Map<String, String> modelToFile, List<Problem> problems) {
    for (Rename r : table) {
      JsonNode parent = r.fileParent() == null ? object : object.get(r.fileParent());
      JsonNode given = parent instanceof ObjectNode ? parent.get(r.fileName()) : null;
      boolean old = object.has(r.model());
      if (given != null && old) {
        problems.add(new Problem(prefix + r.file(), "the same rule is given twice: as " + prefix + r.file()
            + " and under its old name " + prefix + r.model() + "; keep " + prefix + r.file() + " and delete "
            + prefix + r.model()));
      } else if (given != null) {
        ((ObjectNode) parent).remove(r.fileName());
        object.set(r.model(), given);
        modelToFile.put(prefix + r.model(), prefix + r.file());
      } else if (old) {
        renames.add(prefix + r.model() + " → " + prefix + r.file());
      }
    }
  }

  /**
   * {@code councilVote} at the top level is the old name of the approval threshold, under {@code deadlines} the vote's
   * deadline: a file that puts a deadline at the top or a threshold under {@code deadlines} mixed the two up.
   */
  private static void checkCouncilVoteMeanings(ObjectNode root, List<Problem> problems) {
    JsonNode top = root.get("councilVote");
    if (top instanceof ObjectNode vote && !vote.has("thresholdPercent")
        && DEADLINE_FIELDS.stream().anyMatch(vote::has)) {
      problems.add(new Problem("councilVote", "a top-level councilVote is the old name of approval, the council's "
          + "threshold (thresholdPercent, comparison, clause); the deadline by which the council votes goes under "
          + "deadlines.councilVote"));
    }
    JsonNode deadlines = root.get("deadlines");
    if (deadlines != null && deadlines.get("councilVote") instanceof ObjectNode vote && vote.has("thresholdPercent")) {
      problems.add(new Problem("deadlines.councilVote", "deadlines.councilVote is the deadline by which the council "
          + "votes (daysBeforeConference, workingDaysBeforeConference or fixedDate); the council's threshold "
          + "(thresholdPercent) goes under approval"));
    }
  }

  /**
   * The line (1-based) of each field and list item of a YAML or JSON text, by its dotted path ({@code a.b[2].c}):
   * where the key (or the item) is written.
   *
   * @param parser a parser over the file, consumed and closed
   * @return every path's first line; what could be read before a syntax error
   */
  static Map<String, Integer> lines(JsonParser parser) {
    Map<String, Integer> lines = new HashMap<>();
    try (parser) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        String dotted = pointer.isEmpty() ? "(file)" : dotted(pointer);
        lines.putIfAbsent(dotted, parser.currentTokenLocation().getLineNr());
      }
    } catch (IOException e) {
      // a syntax error is reported by the parse itself; the lines read so far are what is known
    }
    return lines;
  }

  /** {@code /levels/COMMUNE/conference/forms/0} → {@code levels.COMMUNE.conference.forms[0]}. */
  private static String dotted(String pointer) {
    StringBuilder out = new StringBuilder();
    String[] parts = pointer.substring(1).split("/");
    for (String part : parts) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.matches("\\d+") && out.length() > 0) {
        out.append('[').append(name).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  private static Supplier<Map<String, Integer>> memo(Supplier<Map<String, Integer>> lines) {
    return new Supplier<>() {
      private Map<String, Integer> value;

      @Override
      public synchronized Map<String, Integer> get() {
        if (value == null) {
          value = lines.get();
        }
        return value;
      }
    };
  }
}

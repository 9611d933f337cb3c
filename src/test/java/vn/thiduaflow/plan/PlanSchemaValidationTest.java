package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled plan ({@code src/main/resources/plans}) and test plan ({@code src/test/resources/plans}) points to the
 * shipped schema on its first line (for editors: {@code # yaml-language-server: $schema=<relative path>}) and is valid
 * against it. A test plan kept in the format before issue 22 is checked after the renames the catalog warns about
 * ({@link PlanFileFormat}): the schema describes the current format only.
 */
class PlanSchemaValidationTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path SCHEMA = Path.of(PlanSchemaGenerator.SHIPPED);
  private static final Schema VALIDATOR = validator();

  static Stream<Path> planFiles() throws IOException {
    return Stream.of("src/main/resources/plans", "src/test/resources/plans").flatMap(dir -> {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("planFiles")
  void everyPlanFilePointsToTheSchemaOnItsFirstLineAndIsValidAgainstIt(Path file) throws IOException {
    String text = Files.readString(file);
    String relative = file.toAbsolutePath().getParent().relativize(SCHEMA.toAbsolutePath()).toString();
    assertThat(text.lines().findFirst().orElse("")).as("first line of " + file)
        .isEqualTo("# yaml-language-server: $schema=" + relative);
    assertThat(file.getParent().resolve(relative).normalize().toFile()).exists();
    JsonNode tree = inCurrentFormat(YAML.readTree(text));
    List<Error> errors = VALIDATOR.validate(tree);
    assertThat(errors).as(file + " against " + SCHEMA).extracting(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .isEmpty();
  }

  @Test
  void theBundledPlansAreInTheCurrentFormat() throws IOException {
    for (Path file : planFiles().filter(f -> f.startsWith("src/main")).toList()) {
      JsonNode tree = YAML.readTree(Files.readString(file));
      assertThat(PlanFileFormat.toModelShape(file.toString(), tree, Map::of).renamesToMake()).as(file.toString())
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      id not kebab-case            | ''                     | id                 | 'Tra Giang'   | /id
      unknown field                | ''                     | terms              | x             | terms
      date not a day               | /ownConference/window  | from               | 2025-13-01    | /ownConference/window/from
      issued in a year only        | ''                     | issuedOn           | '"2014"'      | /issuedOn
      unknown form                 | /ownConference         | forms              | '[BIG_PARTY]' | /ownConference/forms/0
      threshold over 100           | /approval              | thresholdPercent   | 101           | /approval/thresholdPercent
      threshold's old name         | ''                     | councilVote        | '{}'          | councilVote
      dossier outside deadlines    | ''                     | dossier            | '{}'          | dossier
      unknown deadline             | /deadlines             | reviewTime         | '{}'          | reviewTime
      tier's old nomination name   | /ownConference         | deadlines          | '{nominationDeadline: {daysBeforeConference: 1, clause: x}}' | nominationDeadline
      """)
  void theSchemaRefusesWhatTheReaderRefuses(String name, String at, String field, String value, String where)
      throws IOException {
    ObjectNode plan = (ObjectNode) walk();
    ObjectNode parent = (ObjectNode) (at.isEmpty() ? plan : plan.at(at));
    parent.set(field, YAML.readTree(value));
    List<Error> errors = VALIDATOR.validate(plan);
    assertThat(errors).as(name).extracting(e -> e.getInstanceLocation() + " " + e.getMessage())
        .anySatisfy(e -> assertThat(e).contains(where));
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({"'',approval", "'',deadlines", "/deadlines,nominations", "/deadlines,dossier", "/approval,thresholdPercent"})
  void theSchemaRequiresTheApprovalAndTheDeadlinesTheReaderRequires(String at, String field) throws IOException {
    ObjectNode plan = (ObjectNode) walk();
    ((ObjectNode) (at.isEmpty() ? plan : plan.at(at))).remove(field);
    assertThat(VALIDATOR.validate(plan)).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains(field));
  }

  @Test
  void aMonthOfSigningAndTheTiersNominationsPass() throws IOException {
    ObjectNode plan = (ObjectNode) walk();
    plan.put("issuedOn", "2014-05");
    ((ObjectNode) plan.get("ownConference")).set("deadlines",
        YAML.readTree("{nominations: {daysBeforeConference: 12, clause: x}}"));
    assertThat(VALIDATOR.validate(plan)).isEmpty();
  }

  /** The walk's test plan (old format), in the current format. */
  private static JsonNode walk() throws IOException {
    return inCurrentFormat(YAML.readTree(Files.readString(Path.of("src/test/resources/plans/test-walk-tra-giang.yaml"))));
  }

  /** A tree in the format before issue 22 moved into the current one, by {@link PlanFileFormat}'s table. */
  static JsonNode inCurrentFormat(JsonNode tree) {
    if (!(tree instanceof ObjectNode root)) {
      return tree;
    }
    toFile(root, PlanFileFormat.TOP_LEVEL);
    for (String tier : List.of("ownConference", "lowerConferences")) {
      tierToFile(root.get(tier));
    }
    if (root.get("levels") instanceof ObjectNode levels) {
      levels.properties().forEach(level -> tierToFile(level.getValue().get("conference")));
    }
    return root;
  }

  private static void tierToFile(JsonNode tier) {
    if (tier != null && tier.get("deadlines") instanceof ObjectNode deadlines) {
      toFile(deadlines, PlanFileFormat.TIER);
    }
  }

  private static void toFile(ObjectNode object, List<PlanFileFormat.Rename> table) {
    for (PlanFileFormat.Rename r : table) {
      JsonNode value = object.remove(r.model());
      if (value == null) {
        continue;
      }
      ObjectNode parent = r.fileParent() == null ? object : object.get(r.fileParent()) instanceof ObjectNode p ? p
          : object.putObject(r.fileParent());
      parent.set(r.fileName(), value);
    }
  }

  private static Schema validator() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new ObjectMapper().readTree(Files.readString(SCHEMA)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA + " (PlanSchemaTest writes it)", e);
    }
  }
}

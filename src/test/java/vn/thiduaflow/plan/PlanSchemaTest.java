package vn.thiduaflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema of the plan file ({@value PlanSchemaGenerator#SHIPPED}) is the one the plan model generates
 * ({@link PlanSchemaGenerator}). Run with {@code -Dthiduaflow.schema.write=true} to (re)write it:
 * {@code ./mvnw -q test -Dtest=PlanSchemaTest -Dthiduaflow.schema.write=true}; otherwise a shipped file that differs
 * fails with that command.
 */
class PlanSchemaTest {

  /** System property that makes the test write the schema instead of comparing it. */
  static final String WRITE = "thiduaflow.schema.write";

  @Test
  void theShippedSchemaIsTheOneThePlanModelGenerates() throws IOException {
    String generated = PlanSchemaGenerator.generate();
    Path shipped = Path.of(PlanSchemaGenerator.SHIPPED);
    if (Boolean.getBoolean(WRITE)) {
      Files.createDirectories(shipped.getParent());
      Files.writeString(shipped, generated);
      return;
    }
    String regenerate = "; the plan model changed: regenerate it with `./mvnw -q test -Dtest=PlanSchemaTest -D" + WRITE
        + "=true` and commit " + PlanSchemaGenerator.SHIPPED;
    if (!Files.exists(shipped)) {
      fail(PlanSchemaGenerator.SHIPPED + " is missing" + regenerate);
    }
    String current = Files.readString(shipped);
    if (!current.equals(generated)) {
      List<String> a = current.lines().toList();
      List<String> b = generated.lines().toList();
      int line = 0;
      while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
        line++;
      }
      fail(PlanSchemaGenerator.SHIPPED + " differs from what the plan model generates from line " + (line + 1)
          + " (shipped: " + (line < a.size() ? a.get(line).strip() : "end of file") + ", generated: "
          + (line < b.size() ? b.get(line).strip() : "end of file") + ")" + regenerate);
    }
  }

  @Test
  void theSchemaDescribesTheFilesFormatWithOneDeadlinesBlockAndApproval() {
    JsonNode schema = PlanSchemaGenerator.generateTree();
    JsonNode top = schema.get("properties");
    assertThat(top.has("approval")).isTrue();
    assertThat(top.has("councilVote")).as("the threshold's old name").isFalse();
    assertThat(top.has("dossier")).isFalse();
    assertThat(top.has("nominationDeadline")).isFalse();
    assertThat(top.get("implements")).as("@JsonProperty(\"implements\")").isNotNull();
    assertThat(schema.get("required")).extracting(JsonNode::asText).contains("approval", "deadlines", "id", "issuedOn")
        .doesNotContain("dossier", "nominationDeadline", "councilVote", "lowerConferences");
    JsonNode deadlines = definition(schema, top.get("deadlines"));
    assertThat(deadlines.get("properties").properties()).extracting(java.util.Map.Entry::getKey)
        .containsExactly("councilVote", "dossier", "dossierReview", "nominations", "reminder", "resultsReport");
    assertThat(deadlines.get("required")).extracting(JsonNode::asText).containsExactly("dossier", "nominations");
    assertThat(deadlines.get("additionalProperties").asBoolean()).isFalse();
    assertThat(definition(schema, deadlines.get("properties").get("dossier")).get("properties").has("documents"))
        .isTrue();
    JsonNode tier = definition(schema, top.get("ownConference"));
    JsonNode tierDeadlines = definition(schema, tier.get("properties").get("deadlines"));
    assertThat(tierDeadlines.get("properties").has("nominations")).isTrue();
    assertThat(tierDeadlines.get("properties").has("nominationDeadline")).isFalse();
  }

  @Test
  void ruleValuesComeFromBeanValidationAndDatesAreStringsWithAPattern() {
    JsonNode schema = PlanSchemaGenerator.generateTree();
    JsonNode defs = schema.get("definitions");
    JsonNode vote = defs.get("VoteRule").get("properties").get("thresholdPercent");
    assertThat(vote.get("minimum").asInt()).isEqualTo(1);
    assertThat(vote.get("maximum").asInt()).isEqualTo(100);
    assertThat(defs.get("VoteRule").get("required")).extracting(JsonNode::asText)
        .as("a primitive whose 0 is refused").contains("thresholdPercent");
    assertThat(schema.get("properties").get("id").get("pattern").asText()).isEqualTo("^(?:[a-z0-9][a-z0-9-]*)$");
    assertThat(defs.get("LocalDate").get("type").asText()).isEqualTo("string");
    assertThat(defs.get("IssueDate").get("pattern").asText()).contains("(-(0[1-9]");
    assertThat(defs.get("ProgrammeItem").get("properties").get("required").get("default").asBoolean()).isTrue();
    assertThat(defs.get("ConferenceForm").get("enum")).extracting(JsonNode::asText)
        .contains("ADVANCED_EXEMPLAR_CONFERENCE", "PATRIOTIC_EMULATION_CONGRESS");
    assertThat(defs.get("DossierRule").get("required")).extracting(JsonNode::asText).as("absent: the four of the "
        + "general rule").doesNotContain("documents");
  }

  private static JsonNode definition(JsonNode schema, JsonNode property) {
    JsonNode ref = property.has("allOf") ? property.get("allOf").get(0).get("$ref") : property.get("$ref");
    return ref == null ? property : schema.get("definitions").get(ref.asText().replace("#/definitions/", ""));
  }
}

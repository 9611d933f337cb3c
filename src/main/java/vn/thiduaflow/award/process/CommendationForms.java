package vn.thiduaflow.award.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.InvalidInputException;

/** Reads the office's proposal list as Tasklist sends it (a JSON list; a script or test may send a Java list). */
final class CommendationForms {

  /** The proposal's dynamic list. */
  static final String LIST = "commendation";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CommendationForms() {}

  /**
   * The lines sent, in order.
   *
   * @throws InvalidInputException (field {@value #LIST}) when the value is not a list of rows
   */
  static List<CommendationService.Line> lines(Object value) {
    JsonNode node;
    try {
      node = value == null ? JSON.createArrayNode()
          : value instanceof String || value instanceof org.camunda.spin.json.SpinJsonNode
              ? JSON.readTree(value.toString()) : JSON.valueToTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw InvalidInputException.of(LIST, "award.draft.unreadable");
    }
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw InvalidInputException.of(LIST, "award.draft.unreadable");
    }
    List<CommendationService.Line> lines = new ArrayList<>();
    for (JsonNode row : node) {
      Long id = null;
      String text = row.path("nominationId").asText("");
      if (text.matches("\\d{1,18}")) {
        id = Long.valueOf(text);
      }
      lines.add(new CommendationService.Line(id, row.path("awardForm").isNull() ? null
          : row.path("awardForm").asText(null), row.path("achievement").isNull() ? null
          : row.path("achievement").asText(null)));
    }
    return lines;
  }
}

package vn.thiduaflow.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One upload slot of a task's «Hồ sơ đính kèm» tab: the contract between a task and the Tasklist plugin. A task asks
 * for documents by its task-local variable {@value #VARIABLE} (Json array of these, in the order shown); whoever may
 * work the task uploads one file per slot through the tab ({@link ConferenceDocumentService#upload}), for the task's
 * own conference. A task that shows documents without taking uploads (the upper council's review) sets
 * {@value #SHOWN_VARIABLE} instead.
 *
 * <p>Example, the conference-held task: {@code task.setVariableLocal(RequestedDocument.VARIABLE,
 * RequestedDocument.json(List.of(new RequestedDocument("conference-minutes", "Biên bản Hội nghị (bản ký)", true,
 * null))))}.
 *
 * @param code the document code the file is stored under (kebab-case, at most 60 characters)
 * @param title the document's name shown (Vietnamese)
 * @param required whether the task cannot be completed without it (the task's own listener checks)
 * @param generatedPath a link to a draft the product writes (the programme, the summary report's skeleton), or null
 */
public record RequestedDocument(String code, String title, boolean required, String generatedPath) {

  /** Task-local variable: the documents a task takes uploads of. */
  public static final String VARIABLE = "requestedDocuments";
  /** Task-local variable: the documents a task shows read-only (same shape). */
  public static final String SHOWN_VARIABLE = "reviewedDocuments";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The slots as the Json value to set as {@link #VARIABLE} or {@link #SHOWN_VARIABLE}. */
  public static TypedValue json(List<RequestedDocument> documents) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RequestedDocument d : documents) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", d.code());
      row.put("title", d.title());
      row.put("required", d.required());
      if (d.generatedPath() != null) {
        row.put("generatedPath", d.generatedPath());
      }
      rows.add(row);
    }
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The slots held by such a variable (a Spin Json value, or its text); rows without a valid code are left out.
   *
   * @return the slots in order; empty for null or anything unreadable
   */
  public static List<RequestedDocument> read(Object value) {
    if (value == null) {
      return List.of();
    }
    JsonNode rows;
    try {
      rows = JSON.readTree(value.toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of();
    }
    List<RequestedDocument> result = new ArrayList<>();
    if (rows != null && rows.isArray()) {
      for (JsonNode row : rows) {
        String code = row.path("code").asText("");
        if (ConferenceDocumentService.validCode(code)) {
          String path = row.path("generatedPath").isTextual() ? row.path("generatedPath").asText() : null;
          result.add(new RequestedDocument(code, row.path("title").asText(code), row.path("required").asBoolean(false),
              path));
        }
      }
    }
    return result;
  }
}

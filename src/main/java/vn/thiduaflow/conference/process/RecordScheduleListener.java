package vn.thiduaflow.conference.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceScheduling;
import vn.thiduaflow.conference.ProgrammeChoice;
import vn.thiduaflow.conference.ScheduleRequest;
import vn.thiduaflow.plan.model.ConferenceForm;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_ScheduleConference: records form, date, edition, venue, theme, staff count and the unit's
 * programme (the form's list {@value Fields#PROGRAMME_ITEMS}, prefilled with the plan's items in plan order; a
 * submission without it keeps the plan's order) — {@link ConferenceScheduling#schedule}: every problem at once, the task
 * stays open, a row's problem named "Nội dung thứ 3 — Thứ tự: …".
 */
@Component("recordScheduleListener")
class RecordScheduleListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LIST_VI = "Chương trình hội nghị";
  private static final Map<String, String> LABELS = Map.of("position", "Thứ tự", "included", "Tổ chức",
      "code", "Nội dung");

  private final ConferenceScheduling scheduling;

  RecordScheduleListener(ConferenceScheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task.getExecution());
    try {
      List<ProgrammeChoice> programme = FormLists.take(task, Fields.PROGRAMME_ITEMS, LIST_VI, "the programme")
          .map(sent -> rows(sent.value())).orElse(null);
      scheduling.schedule(ProcessIds.conferenceId(task), new ScheduleRequest(
          form.choice(Fields.CONFERENCE_FORM, ConferenceForm.class), form.date(Fields.CONFERENCE_DATE),
          form.text(Fields.EDITION), form.text(Fields.VENUE), form.integer(Fields.STAFF_COUNT),
          form.flag(Fields.STAGED_FORMAT), form.text(Fields.THEME), programme));
    } catch (vn.thiduaflow.rule.RuleViolationException e) {
      throw e; // broken plan rules name their fields already
    } catch (InvalidInputException e) {
      throw FormLists.named(e, Fields.PROGRAMME_ITEMS, "Nội dung", "Item", LABELS);
    }
  }

  /** The list's rows; a value that is no list of rows is refused as unreadable. */
  private static List<ProgrammeChoice> rows(Object value) {
    JsonNode node;
    try {
      node = value == null ? JSON.createArrayNode()
          : value instanceof String || value instanceof org.camunda.spin.json.SpinJsonNode
              ? JSON.readTree(value.toString()) : JSON.valueToTree(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(Fields.PROGRAMME_ITEMS, LIST_VI + " không đọc được", "the programme cannot be read");
    }
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new InvalidInputException(Fields.PROGRAMME_ITEMS, LIST_VI + " phải là một danh sách",
          "the programme must be a list");
    }
    List<ProgrammeChoice> list = new ArrayList<>();
    List<InvalidInputException.Violation> wrong = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode row = node.get(i);
      if (!row.isObject()) {
        list.add(new ProgrammeChoice(null, null, null));
        continue;
      }
      JsonNode code = row.get("code");
      JsonNode position = row.get("position");
      JsonNode included = row.get("included");
      Integer number = null;
      if (position != null && !position.isNull() && !(position.isTextual() && position.asText().isBlank())) {
        if (position.isIntegralNumber() && position.canConvertToInt()
            || position.isTextual() && position.asText().trim().matches("[0-9]{1,9}")) {
          number = position.isTextual() ? Integer.valueOf(position.asText().trim()) : position.intValue();
        } else if (position.isNumber() && position.asDouble() == Math.rint(position.asDouble())
            && Math.abs(position.asDouble()) <= Integer.MAX_VALUE) {
          number = (int) position.asDouble(); // form-js numbers may arrive as 2.0
        } else {
          wrong.add(new InvalidInputException.Violation(Fields.PROGRAMME_ITEMS + "[" + i + "].position",
              "số thứ tự phải là số nguyên", "position must be a whole number"));
        }
      }
      list.add(new ProgrammeChoice(code == null || !code.isTextual() ? null : code.asText(), number,
          included == null || included.isNull() ? null : included.asBoolean()));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    return list;
  }
}

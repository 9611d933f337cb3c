package vn.thiduaflow.conference.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.ConferenceHeldService;
import vn.thiduaflow.conference.ConferenceHeldService.Guest;
import vn.thiduaflow.conference.ConferenceHeldService.HeldRecord;
import vn.thiduaflow.conference.DossierFacts;
import vn.thiduaflow.system.FormLists;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.ProcessIds;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * On completing UserTask_RecordConferenceHeld: records the actual date, attendance, guests and leaders by name and the
 * delegates chosen for the upper-level congress ({@link ConferenceHeldService#record}); every problem is refused at
 * once and the task stays open.
 */
@Component("recordConferenceHeldListener")
class RecordConferenceHeldListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ConferenceHeldService held;
  private final DossierFacts documents;

  RecordConferenceHeldListener(ConferenceHeldService held, DossierFacts documents) {
    this.held = held;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = FormValues.of(task);
    List<Guest> guests = FormLists.take(task, Fields.GUESTS, "Danh sách khách mời", "the guest list")
        .map(sent -> guests(sent.value())).orElse(List.of());
    List<Long> delegates = FormLists.take(task, Fields.UPPER_DELEGATES, "Danh sách đại biểu đi dự cấp trên",
        "the upper delegates").map(sent -> ids(sent.value())).orElse(List.of());
    Long conferenceId = ProcessIds.conferenceId(task);
    boolean minutes = documents.signedMinutesUploaded(conferenceId);
    // prefilled on the task (the scheduled day): Tasklist's submit-form writes the task's variable, REST's complete
    // the instance's — take whichever was sent
    LocalDate heldOn = FormValues.dateOf(Fields.HELD_ON, FormLists.take(task, Fields.HELD_ON, "Ngày tổ chức",
        "the date held").map(FormLists.Sent::value).orElse(null));
    held.record(conferenceId, new HeldRecord(heldOn, form.integer(Fields.ATTENDEE_COUNT), guests,
        delegates, form.flag(Fields.PROGRAMME_FOLLOWED), minutes));
  }

  private static JsonNode tree(Object value, String field, String vi, String en) {
    try {
      JsonNode node = value == null ? JSON.createArrayNode()
          : value instanceof String || value instanceof org.camunda.spin.json.SpinJsonNode
              ? JSON.readTree(value.toString()) : JSON.valueToTree(value);
      if (node == null || node.isNull()) {
        return JSON.createArrayNode();
      }
      if (!node.isArray()) {
        throw new InvalidInputException(field, vi + " phải là một danh sách", en + " must be a list");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(field, vi + " không đọc được", en + " cannot be read");
    }
  }

  private static List<Guest> guests(Object value) {
    List<Guest> list = new ArrayList<>();
    for (JsonNode row : tree(value, Fields.GUESTS, "Danh sách khách mời", "the guest list")) {
      list.add(row.isObject() ? new Guest(text(row, "name"), text(row, "title")) : new Guest(null, null));
    }
    return list;
  }

  private static List<Long> ids(Object value) {
    List<Long> list = new ArrayList<>();
    for (JsonNode id : tree(value, Fields.UPPER_DELEGATES, "Danh sách đại biểu đi dự cấp trên", "the upper delegates")) {
      try {
        list.add(Long.valueOf(id.asText()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(Fields.UPPER_DELEGATES, "Lựa chọn không hợp lệ '" + id.asText() + "'",
            "not a nominee '" + id.asText() + "'");
      }
    }
    return list;
  }

  private static String text(JsonNode row, String name) {
    JsonNode v = row.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}

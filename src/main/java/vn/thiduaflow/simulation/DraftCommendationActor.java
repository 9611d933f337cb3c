package vn.thiduaflow.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thiduaflow.award.CommendationService;
import vn.thiduaflow.system.ProcessModel.Elements;

/** The standing office proposes every approved nominee for the form and achievement the task offers. */
@Component
class DraftCommendationActor implements ConferenceTaskActor {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CommendationService commendations;

  DraftCommendationActor(CommendationService commendations) {
    this.commendations = commendations;
  }

  @Override
  public String taskKey() {
    return Elements.DRAFT_COMMENDATION;
  }

  @Override
  public void complete(ConferenceTask task, TaskForm form) {
    List<Map<String, Object>> rows = commendations.draftRows(task.conference().getId()).stream().map(r -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("nominationId", r.get("nominationId"));
      line.put("awardForm", r.get("awardForm"));
      line.put("achievement", r.get("achievement"));
      return line;
    }).toList();
    try {
      form.put("commendation", JSON.writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

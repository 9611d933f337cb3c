package vn.thiduaflow.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The scripted actors by task key. A task without an actor is given the default time ({@link ConferenceTaskActor#when},
 * {@link CampaignTaskActor#when}) and stops the simulation when due, with an {@link IllegalStateException} "No
 * scripted actor for task &lt;key&gt;". Two actors of one key fail the application's start.
 */
@Component
class ScriptedActors {

  private static final ConferenceTaskActor UNSCRIPTED_CONFERENCE_TASK = new ConferenceTaskActor() {
    @Override
    public String taskKey() {
      return null;
    }

    @Override
    public void complete(ConferenceTask task, TaskForm form) {
      throw unscripted(task.task());
    }
  };

  private static final CampaignTaskActor UNSCRIPTED_CAMPAIGN_TASK = new CampaignTaskActor() {
    @Override
    public String taskKey() {
      return null;
    }

    @Override
    public void act(Task task, Long campaignId, SimulationRun run) {
      throw unscripted(task);
    }
  };

  private final Map<String, ConferenceTaskActor> conferenceTasks;
  private final Map<String, CampaignTaskActor> campaignTasks;

  ScriptedActors(List<ConferenceTaskActor> conferenceTasks, List<CampaignTaskActor> campaignTasks) {
    this.conferenceTasks = byKey(conferenceTasks, ConferenceTaskActor::taskKey);
    this.campaignTasks = byKey(campaignTasks, CampaignTaskActor::taskKey);
  }

  /** The actor of a conference instance's task key; one that fails when it acts for a key without an actor. */
  ConferenceTaskActor ofConferenceTask(String taskKey) {
    return conferenceTasks.getOrDefault(taskKey, UNSCRIPTED_CONFERENCE_TASK);
  }

  /** The actor of a campaign instance's task key; one that fails when it acts for a key without an actor. */
  CampaignTaskActor ofCampaignTask(String taskKey) {
    return campaignTasks.getOrDefault(taskKey, UNSCRIPTED_CAMPAIGN_TASK);
  }

  private static IllegalStateException unscripted(Task task) {
    return new IllegalStateException("No scripted actor for task " + task.getTaskDefinitionKey());
  }

  private static <A> Map<String, A> byKey(List<A> actors, Function<A, String> key) {
    Map<String, A> map = new HashMap<>();
    for (A actor : actors) {
      A before = map.put(key.apply(actor), actor);
      if (before != null) {
        throw new IllegalStateException("Two scripted actors for task " + key.apply(actor) + ": "
            + before.getClass().getSimpleName() + ", " + actor.getClass().getSimpleName());
      }
    }
    return Map.copyOf(map);
  }
}

package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.task.Task;
import vn.thiduaflow.system.EngineClock;

/**
 * The scripted actor of one user task of a campaign instance (a duty holder of the council above deciding on a lower
 * unit): when it acts and how. One Spring bean per task key, found by {@link ScriptedActors}; stateless.
 */
interface CampaignTaskActor {

  /** The task definition key ({@code ProcessModel.Elements}) this actor answers. */
  String taskKey();

  /** When (engine time) the actor acts: by default 09:00 on the day after the task was created. */
  default LocalDateTime when(Task task) {
    LocalDateTime created = EngineClock.toLocal(task.getCreateTime());
    return created.toLocalDate().plusDays(1).atTime(9, 0);
  }

  /** Claims and completes the task as its actor would, writing the timeline; a refused form stays open. */
  void act(Task task, Long campaignId, SimulationRun run);
}

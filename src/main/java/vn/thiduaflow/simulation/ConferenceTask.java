package vn.thiduaflow.simulation;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.task.Task;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.plan.model.Plan;
import vn.thiduaflow.plan.model.ScheduleStep;
import vn.thiduaflow.system.EngineClock;

/**
 * One open user task of a conference instance (UnitConference, UnitDuties) as its scripted actor sees it.
 *
 * @param task the open task
 * @param conference the conference the instance works on (its business key)
 * @param attempt how often the actor has completed, or tried to complete, this task for this conference before: 0 the
 *     first time (a refused form counts)
 * @param plan the plan of the conference's campaign
 * @param run the simulation's shared state (script, timeline …)
 */
record ConferenceTask(Task task, Conference conference, int attempt, Plan plan, SimulationRun run) {

  /** When the task was created (engine time). */
  LocalDateTime created() {
    return EngineClock.toLocal(task.getCreateTime());
  }

  /** 09:00 on the day after the task was created: when an actor without a dated step acts. */
  LocalDateTime nextMorning() {
    return created().toLocalDate().plusDays(1).atTime(9, 0);
  }

  /** The code of the conference's unit. */
  String unit() {
    return conference.getUnitCode();
  }

  SimulationScript script() {
    return run.script();
  }

  /** The first day of the plan's dated schedule step at {@code hour}:00; {@code otherwise} when it has none. */
  LocalDateTime scheduledOr(ScheduleStep step, int hour, LocalDateTime otherwise) {
    return plan.scheduled(step).map(e -> e.from().atTime(hour, 0)).orElse(otherwise);
  }
}

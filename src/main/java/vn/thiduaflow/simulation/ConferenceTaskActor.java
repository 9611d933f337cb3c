package vn.thiduaflow.simulation;

import java.time.LocalDateTime;

/**
 * The scripted actor of one user task of a conference instance (UnitConference, UnitDuties): when it completes an open
 * task and what it sends. One Spring bean per task key, found by {@link ScriptedActors}; stateless (what a run must
 * remember lives in {@link SimulationRun}).
 */
interface ConferenceTaskActor {

  /** The task definition key ({@code ProcessModel.Elements}) this actor answers. */
  String taskKey();

  /**
   * When (engine time) the actor completes the task; {@link CampaignSimulator} acts an hour after the task's creation
   * instead when this is not after it. By default an hour after the task's creation.
   */
  default LocalDateTime when(ConferenceTask task) {
    return task.created().plusHours(1);
  }

  /**
   * Fills the form the actor sends (and does what it does besides, e.g. uploads a signed scan); {@link CampaignSimulator}
   * then completes the task with it, counting a refusal.
   */
  void complete(ConferenceTask task, TaskForm form);
}

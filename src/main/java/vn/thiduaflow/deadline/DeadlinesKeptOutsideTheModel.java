package vn.thiduaflow.deadline;

import org.camunda.bpm.engine.task.Task;

/**
 * Deadlines of a conference that a feature keeps on its own rows besides the process's timers (the submissions before
 * the conference, issue 22), moved with the others when the conference day or another input of a deadline changes
 * ({@link DeadlineService#moveTimers}). Declared here and implemented by the feature that keeps them, so that the
 * deadline service does not depend on it.
 */
public interface DeadlinesKeptOutsideTheModel {

  /** Computes again and keeps the due days of the conference's open items, before any task is moved. */
  void recompute(Long conferenceId);

  /** Whether an open task of the conference is one of this feature's (it is then moved by {@link #move}). */
  boolean handles(Task task);

  /**
   * Moves one of this feature's open tasks: started afresh ({@link DeadlineService#restart}) when its deadline timer
   * has fired and its new due day is today or later, else given its new due date ({@link DeadlineService#dueDate}).
   */
  void move(Long conferenceId, String processInstanceId, Task task);
}

package vn.thiduaflow.submission.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The task's brief ({@value #BRIEF}) as the item listeners extend it ({@link ShowSubmissionListener},
 * {@link ShowDutyListener}).
 */
final class TaskBrief {

  /** The brief's task-local variable, set by {@code taskContentListener} just before. */
  static final String BRIEF = "taskBrief";

  private TaskBrief() {}

  /** Adds an item's lines to the task's brief, each a paragraph (the brief's first when it has none yet). */
  static void append(DelegateTask task, List<String> lines) {
    Object brief = task.getVariableLocal(BRIEF);
    String text = String.join("\n\n", lines);
    task.setVariableLocal(BRIEF, brief == null ? text : brief + "\n\n" + text);
  }
}

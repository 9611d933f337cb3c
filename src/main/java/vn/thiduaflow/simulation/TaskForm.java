package vn.thiduaflow.simulation;

import java.util.HashMap;
import java.util.Map;
import vn.thiduaflow.simulation.SimulationResult.WindowProbe;

/**
 * What a scripted actor sends when it completes a conference task: the form's variables, the timeline's text (the
 * task's name and what the actor adds) and, for the scheduling try before the window opens (issue 22), the probe.
 */
final class TaskForm {

  private final Map<String, Object> variables = new HashMap<>();
  private String what;
  private WindowProbe probe;

  TaskForm(String taskName) {
    this.what = taskName;
  }

  /** Sets a form field (a {@code ProcessModel.Fields} name) to the value the form sends. */
  void put(String field, Object value) {
    variables.put(field, value);
  }

  Object get(String field) {
    return variables.get(field);
  }

  /** Adds to the timeline's text, after the task's name and what was added before. */
  void describe(String more) {
    what += more;
  }

  /** Marks this completion as a window probe (issue 22), kept whether it is refused or accepted. */
  void probe(WindowProbe probe) {
    this.probe = probe;
  }

  Map<String, Object> variables() {
    return variables;
  }

  String what() {
    return what;
  }

  /** The window probe this completion is; null for an ordinary completion. */
  WindowProbe probe() {
    return probe;
  }
}

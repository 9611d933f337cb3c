package vn.thiduaflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The dynamic lists of Camunda Forms (the nominations form's nominees, the council form's people) as their task
 * listeners read them: the list sent with the form, and refusals named the way the form shows the rows.
 */
public final class FormLists {

  private FormLists() {}

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * Rows as a Camunda Json value (Spin), the type Tasklist gives a dynamic list's or a table's value.
   *
   * @param rows one map per row, property name to value
   */
  public static org.camunda.bpm.engine.variable.value.TypedValue json(List<Map<String, Object>> rows) {
    try {
      return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a form sent for a list field (its value may be null). */
  public record Sent(Object value) {}

  /**
   * Takes a list field out of a completing task: {@code submit-form} writes it into the task's own variable (filled
   * when the task was created), {@code complete} over REST into the process instance. Both are removed.
   *
   * @param unreadableVi the Vietnamese name of the list, for the error ("Danh sách đề cử")
   * @return empty when the submission carried no such field
   * @throws InvalidInputException (the field) when the value cannot be read (e.g. an Object variable)
   */
  public static Optional<Sent> take(DelegateTask task, String field, String unreadableVi, String unreadableEn) {
    var instance = task.getExecution().getProcessInstance();
    boolean onInstance = instance.hasVariableLocal(field);
    if (!onInstance && !task.hasVariableLocal(field)) {
      return Optional.empty();
    }
    Object value;
    try {
      value = onInstance ? instance.getVariableLocal(field) : task.getVariableLocal(field);
    } catch (ProcessEngineException unreadable) {
      throw InvalidInputException.of(field, "form.list.unreadable", Message.literal(unreadableVi, unreadableEn));
    }
    if (onInstance) {
      instance.removeVariableLocal(field);
    }
    task.removeVariableLocal(field);
    return Optional.of(new Sent(value));
  }

  /**
   * The same problems, each named by the row's place in the form and the field's label: a violation in entry 2 of the
   * list {@code field}, property name ({@link InvalidInputException.Violation#entry}), becomes
   * "<rowVi> thứ 3 — <label>: …"; others stay as they are.
   *
   * @param rowVi the Vietnamese word for a row ("Đề cử", "Người")
   * @param rowEn the English word ("Nominee", "Person")
   * @param labels the form's Vietnamese labels by row property
   */
  public static InvalidInputException named(InvalidInputException e, String field, String rowVi, String rowEn,
      Map<String, String> labels) {
    Message word = Message.literal(rowVi, rowEn);
    List<InvalidInputException.Violation> named = new ArrayList<>();
    for (var v : e.violations()) {
      InvalidInputException.Entry entry = v.entry();
      if (entry == null || !entry.list().equals(field)) {
        named.add(v);
        continue;
      }
      int place = entry.index() + 1;
      String property = entry.property();
      Message text = property.isEmpty() ? Message.of("form.list.row", word, place, v.message())
          : Message.of("form.list.rowField", word, place,
              Message.literal(labels.getOrDefault(property, property), property), v.message());
      named.add(new InvalidInputException.Violation(v.field(), text, entry, v.cell()));
    }
    return new InvalidInputException(named);
  }
}

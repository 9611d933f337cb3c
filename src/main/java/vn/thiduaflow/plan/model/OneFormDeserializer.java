package vn.thiduaflow.plan.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a rule written in one of several forms (issue 23: an "exactly one of" group of fields as a sealed interface
 * whose {@link JsonSubTypes} are records, one per form): the form is the one whose own fields the file gives (a field
 * no other form has: {@code chairedBy}, {@code fixedDate}), the fields shared by every form ({@code clause}) tell none
 * apart. The record of that form is then read as usual, so its fields are checked by Jackson and Bean Validation.
 *
 * <p>A file that gives the own fields of no form, or of more than one, cannot be read into any form. With a list under
 * {@link #PROBLEMS} among the reading's attributes ({@code ObjectReader.withAttribute}), that is recorded there (a
 * {@link FormProblem} naming the path and both forms) and the rule is read as null, so that the reader goes on and
 * reports this together with every other problem of the file; without one, the reading fails there.
 *
 * <p>Use: {@code @JsonDeserialize(using = OneFormDeserializer.class)} on the sealed interface, and
 * {@code @JsonDeserialize(using = JsonDeserializer.None.class)} on each form (the records would inherit the
 * interface's). The interface keeps {@code @JsonTypeInfo(use = DEDUCTION)} for the schema generator (the forms as an
 * {@code anyOf}); that type information is not used to read.
 */
public final class OneFormDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

  /** The attribute holding the {@code List<FormProblem>} the problems are recorded in. */
  public static final String PROBLEMS = OneFormDeserializer.class.getName() + ".problems";

  /**
   * A rule whose form cannot be told.
   *
   * @param path where the rule is, dotted as the model names it: {@code levels.DISTRICT.conference.presidium},
   *     {@code submissions[0].due}
   * @param message what to write instead, naming the own fields of each form and the shared ones, ending in
   *     {@code (line N)} ({@code -1} when read from a tree, which knows no lines)
   */
  public record FormProblem(String path, String message) {}

  private record Form(Class<?> type, List<String> fields, Set<String> own) {}

  private final List<Form> forms;

  /** The deserializer before it knows its sealed type (Jackson calls {@link #createContextual}). */
  public OneFormDeserializer() {
    super(Object.class);
    this.forms = List.of();
  }

  private OneFormDeserializer(JavaType type, List<Form> forms) {
    super(type);
    this.forms = forms;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    JavaType type = ctxt.getContextualType() != null ? ctxt.getContextualType() : property.getType();
    JsonSubTypes subTypes = type.getRawClass().getAnnotation(JsonSubTypes.class);
    if (subTypes == null) {
      throw new IllegalStateException(type.getRawClass() + " lists no @JsonSubTypes, one per form");
    }
    List<List<String>> fields = Arrays.stream(subTypes.value()).map(s -> Arrays.stream(s.value()
        .getRecordComponents()).map(RecordComponent::getName).toList()).toList();
    List<Form> forms = new ArrayList<>();
    for (int i = 0; i < subTypes.value().length; i++) {
      Set<String> own = new LinkedHashSet<>(fields.get(i));
      own.removeIf(f -> fields.stream().allMatch(other -> other.contains(f)));
      forms.add(new Form(subTypes.value()[i].value(), fields.get(i), own));
    }
    return new OneFormDeserializer(type, List.copyOf(forms));
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String path = path(p.getParsingContext());
    int line = p.currentTokenLocation().getLineNr();
    JsonNode node = ctxt.readTree(p);
    List<Form> given = node.isObject() ? forms.stream().filter(f -> f.own().stream().anyMatch(node::has)).toList()
        : List.of();
    if (given.size() == 1) {
      JsonDeserializer<Object> form = ctxt.findContextualValueDeserializer(ctxt.constructType(given.get(0).type()),
          null);
      try (JsonParser fields = node.traverse(p.getCodec())) {
        fields.nextToken();
        return form.deserialize(fields, ctxt);
      }
    }
    String message = (given.isEmpty() ? "" : "gives the fields of more than one form (" + given.stream()
        .map(f -> f.own().stream().filter(node::has).collect(Collectors.joining(", "))).collect(Collectors.joining(
            " and ")) + "); ") + "give the fields of one form: " + forms.stream().map(f -> String.join(", ", f.own()))
        .collect(Collectors.joining(" — or ")) + shared() + " (line " + line + ")";
    @SuppressWarnings("unchecked")
    List<FormProblem> problems = (List<FormProblem>) ctxt.getAttribute(PROBLEMS);
    if (problems == null) {
      return ctxt.reportInputMismatch(this, "%s", message);
    }
    problems.add(new FormProblem(path, message));
    return null;
  }

  /** The fields every form has, in the first form's order: " (each with statedInPlan, clause)"; "" when none. */
  private String shared() {
    List<String> shared = forms.get(0).fields().stream().filter(f -> !forms.get(0).own().contains(f)).toList();
    return shared.isEmpty() ? "" : " (each with " + String.join(", ", shared) + ")";
  }

  /** The type information of the sealed interface is for the schema: the form is told here, by the fields given. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return deserialize(p, ctxt);
  }

  /** The value's path: {@code a.b[0].c}; "(file)" at the top. */
  private static String path(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        path.insert(0, "." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        path.insert(0, "[" + c.getCurrentIndex() + "]");
      }
    }
    return path.isEmpty() ? "(file)" : path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }
}

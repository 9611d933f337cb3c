package vn.thiduaflow.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the values a Camunda Form submitted, checks their type, and removes them from the process: form values are
 * stored in the domain tables by the listener that reads them, never left as process variables.
 */
public final class FormValues {

  private final VariableScope scope;

  private FormValues(VariableScope scope) {
    this.scope = scope;
  }

  /** Values of a task's (or execution's) scope. */
  public static FormValues of(VariableScope scope) {
    return new FormValues(scope);
  }

  /**
   * A text value without the spaces and invisible characters at its ends; null when absent or when it holds nothing
   * visible ({@link #blank}).
   */
  public String text(String field) {
    Object v = take(field);
    if (v != null && !(v instanceof String)) {
      throw InvalidInputException.of(field, "form.text.notText");
    }
    return v == null ? null : visible((String) v);
  }

  /** Spaces, line breaks and the invisible format characters (zero-width space, joiners, BOM, soft hyphen …). */
  private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\\s\\p{Z}\\p{Cf}]");
  private static final java.util.regex.Pattern EDGES =
      java.util.regex.Pattern.compile("^[\\s\\p{Z}\\p{Cf}]+|[\\s\\p{Z}\\p{Cf}]+$");

  /**
   * Whether a text says nothing: null, empty, or only spaces, line breaks and invisible format characters (a reason
   * made of zero-width spaces is no reason).
   */
  public static boolean blank(String s) {
    return s == null || INVISIBLE.matcher(s).replaceAll("").isEmpty();
  }

  /** The text without spaces and invisible characters at its ends; null when {@link #blank}. */
  public static String visible(String s) {
    return blank(s) ? null : EDGES.matcher(s).replaceAll("");
  }

  /**
   * A whole number: a number without fraction, or a text of digits only (an optional sign and at most 10 digits: not
   * "7d", "1e1" or "0x1p3"); null when absent.
   *
   * @throws InvalidInputException when the value is not a whole number
   */
  public Integer integer(String field) {
    Object v = take(field);
    if (v == null || (v instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      double d;
      if (v instanceof Number n) {
        d = n.doubleValue();
      } else if (v instanceof String s && s.strip().matches("[+-]?\\d{1,10}")) {
        d = Long.parseLong(s.strip());
      } else {
        throw new NumberFormatException();
      }
      if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return (int) d;
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(field, "form.integer.notWhole", v);
    }
  }

  /** A whole number that defaults to 0 when absent. */
  public int count(String field) {
    Integer v = integer(field);
    return v == null ? 0 : v;
  }

  /**
   * A checkbox: true or false (or the texts "true"/"false"); false when absent.
   *
   * @throws InvalidInputException when the value is anything else
   */
  public boolean flag(String field) {
    Object v = take(field);
    if (v == null || v instanceof Boolean) {
      return Boolean.TRUE.equals(v);
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw InvalidInputException.of(field, "form.flag.notBoolean", v);
  }

  /**
   * A date written YYYY-MM-DD (Camunda Forms date picker), or a Camunda Date variable; null when absent. Nothing else
   * is read as a date: not "2025-03-26xyz", not a date-time.
   *
   * @throws InvalidInputException when the value is not such a date
   */
  public LocalDate date(String field) {
    return dateOf(field, take(field));
  }

  /**
   * {@link #date(String)} of a value already taken out of its scope (e.g. by {@link FormLists#take}, for a field the
   * task prefilled with a task-local variable).
   *
   * @throws InvalidInputException (the field) when the value is not such a date
   */
  public static LocalDate dateOf(String field, Object v) {
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    try {
      String s = v.toString().strip();
      if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", s, 0);
      }
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "form.date.invalid", v);
    }
  }

  /**
   * An enum constant by name; null when absent.
   *
   * @throws InvalidInputException when the value is not one of the constants
   */
  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    String s = text(field);
    if (s == null) {
      return null;
    }
    // the allowed values are not listed: a refused ballot's message would put the choices in the engine's log
    return constant(s, type).orElseThrow(() -> InvalidInputException.of(field, "form.choice.notAllowed", s));
  }

  /**
   * One of an enum's constants by name, for an API property.
   *
   * @throws InvalidInputException naming the field and listing the allowed values when {@code value} is none of them
   */
  public static <E extends Enum<E>> E choiceOf(String field, String value, Class<E> type) {
    String allowed = java.util.Arrays.toString(type.getEnumConstants());
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "form.choice.missing", allowed);
    }
    return constant(value, type).orElseThrow(() -> InvalidInputException.of(field, "form.choice.notAllowedOneOf",
        value, allowed));
  }

  private static <E extends Enum<E>> java.util.Optional<E> constant(String name, Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
  }

  private Object take(String field) {
    Object v = scope.getVariable(field);
    if (scope.hasVariable(field)) {
      scope.removeVariable(field);
    }
    return v;
  }
}

package vn.thiduaflow.system;

/**
 * Input from a form or the API that breaks a rule. Thrown before anything is written; the task or request it came
 * from is not completed. The message names the field and the problem, in Vietnamese and English.
 */
public class InvalidInputException extends RuntimeException {

  /** The problem type of every invalid input. */
  public static final String TYPE = "urn:thiduaflow:invalid-input";
  /** The problem title, both languages. */
  public static final String TITLE = "Dữ liệu không hợp lệ / Invalid input";

  private final String field;
  private final String vietnamese;
  private final String english;

  /**
   * @param field the form field or API property that is wrong
   * @param vietnamese what is wrong, in Vietnamese
   * @param english what is wrong, in English
   */
  public InvalidInputException(String field, String vietnamese, String english) {
    super("[" + field + "] " + vietnamese + " / " + english);
    this.field = field;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** What is wrong, in Vietnamese. */
  public String vietnamese() {
    return vietnamese;
  }

  /** What is wrong, in English. */
  public String english() {
    return english;
  }

  /**
   * This error as the members of an RFC 9457 problem (type, title, status 400, detail, field, vi, en), plus
   * {@code message} (= detail) where Camunda's REST clients read an error's text.
   */
  public java.util.Map<String, Object> problem() {
    java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
    p.put("type", TYPE);
    p.put("title", TITLE);
    p.put("status", 400);
    p.put("detail", getMessage());
    p.put("message", getMessage()); // where Camunda's clients (Tasklist) look for an error's text
    p.put("field", field);
    p.put("vi", vietnamese);
    p.put("en", english);
    return p;
  }

  /** The first InvalidInputException in a cause chain (the engine wraps what listeners and delegates throw). */
  public static java.util.Optional<InvalidInputException> in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidInputException e) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }

  /** The wrong field. */
  public String field() {
    return field;
  }
}

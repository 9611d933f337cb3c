package vn.thiduaflow.system;

/**
 * Input from a form, the API or an uploaded file that breaks a rule. Thrown before anything is written; the task or
 * request it came from is not completed. The message names the field and the problem, in Vietnamese and English. A
 * check that looks at a whole list (a nominee list, an uploaded workbook) reports every problem it found
 * ({@link #violations()}); the first one is also this exception's field and message.
 */
public class InvalidInputException extends RuntimeException {

  /** The problem type of every invalid input. */
  public static final String TYPE = "urn:thiduaflow:invalid-input";
  /** The problem title, both languages. */
  public static final String TITLE = "Dữ liệu không hợp lệ / Invalid input";

  /**
   * One broken rule.
   *
   * @param field the form field, API property ({@code nominees[3].name}) or place in a file ("Dòng 5, cột B") that is
   *     wrong
   * @param vietnamese what is wrong, in Vietnamese
   * @param english what is wrong, in English
   */
  public record Violation(String field, String vietnamese, String english) {}

  private final String field;
  private final String vietnamese;
  private final String english;
  private final java.util.List<Violation> violations;

  /**
   * @param field the form field or API property that is wrong
   * @param vietnamese what is wrong, in Vietnamese
   * @param english what is wrong, in English
   */
  public InvalidInputException(String field, String vietnamese, String english) {
    this(java.util.List.of(new Violation(field, vietnamese, english)));
  }

  /**
   * Every problem found in one input, in the order found.
   *
   * @throws IllegalArgumentException when the list is empty (there is nothing invalid)
   */
  public InvalidInputException(java.util.List<Violation> violations) {
    super(message(violations));
    Violation first = violations.get(0);
    this.field = first.field();
    this.vietnamese = violations.size() == 1 ? first.vietnamese()
        : first.vietnamese() + " (và " + (violations.size() - 1) + " lỗi khác)";
    this.english = violations.size() == 1 ? first.english()
        : first.english() + " (and " + (violations.size() - 1) + " more)";
    this.violations = java.util.List.copyOf(violations);
  }

  private static String message(java.util.List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one violation");
    }
    Violation first = violations.get(0);
    String more = violations.size() == 1 ? "" : " (+" + (violations.size() - 1) + ")";
    return "[" + first.field() + "] " + first.vietnamese() + " / " + first.english() + more;
  }

  /** Every problem found, the first being this exception's own field and message. */
  public java.util.List<Violation> violations() {
    return violations;
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
   * {@code message} where Camunda's REST clients read an error's text (Vietnamese sentences only, {@link #sentences()}),
   * and {@code errors}: every violation (field, vi, en), also when there is one.
   */
  public java.util.Map<String, Object> problem() {
    java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
    p.put("type", TYPE);
    p.put("title", TITLE);
    p.put("status", 400);
    p.put("detail", getMessage());
    p.put("message", sentences()); // where Camunda's clients (Tasklist) look for an error's text: shown to officials
    p.put("field", field);
    p.put("vi", vietnamese);
    p.put("en", english);
    p.put("errors", violations.stream().map(v -> java.util.Map.of("field", v.field(), "vi", v.vietnamese(),
        "en", v.english())).toList());
    return p;
  }

  /**
   * Every problem in Vietnamese as sentences an official reads, without field keys or English: the one problem as it
   * is, or "Chưa gửi được, có 2 điều cần sửa: 1) …; 2) …." when there are several. This is the {@code message} Tasklist shows in its
   * banner (the form itself shows each problem beside its field from {@code errors}).
   */
  public String sentences() {
    if (violations.size() == 1) {
      return sentence(violations.get(0).vietnamese());
    }
    StringBuilder s = new StringBuilder("Chưa gửi được, có ").append(violations.size()).append(" điều cần sửa: ");
    for (int i = 0; i < violations.size(); i++) {
      s.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(violations.get(i).vietnamese());
    }
    return sentence(s.toString());
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
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

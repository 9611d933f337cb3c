package vn.thiduaflow.system;

/**
 * Input from a form, the API or an uploaded file that breaks a rule. Thrown before anything is written; the task or
 * request it came from is not completed. The message names the field and the problem, in Vietnamese and English (each
 * problem is a {@link Violation}: its field, a key of the message bundles with its arguments, and where known the
 * list entry or sheet cell it is at, as data). A
 * check that looks at a whole list (a nominee list, an uploaded workbook) reports every problem it found
 * ({@link #violations()}); the first one is also this exception's field and message.
 */
public class InvalidInputException extends RuntimeException {

  /** The problem type of every invalid input. */
  public static final String TYPE = "urn:thiduaflow:invalid-input";
  /** The problem title, both languages. */
  public static final String TITLE = Messages.vietnamese("invalidInput.title") + " / "
      + Messages.english("invalidInput.title");

  /**
   * One broken rule, as data: where it is and which message says what is wrong; its texts are rendered from the
   * message bundles ({@link Messages}).
   *
   * @param field the form field, API property ({@code nominees[3].name}) or place in a file ({@code B7}, {@code file})
   *     that is wrong
   * @param message what is wrong: a bundle key with its arguments ({@link Message#of})
   * @param entry the entry of a list the problem is in ({@code nominees[3].name}: list nominees, index 3, property
   *     name), or null
   * @param cell the cell of an uploaded sheet the problem is at, or null
   */
  public record Violation(String field, Message message, Entry entry, Cell cell) {

    /** A problem of one field. */
    public Violation(String field, Message message) {
      this(field, message, null, null);
    }

    /**
     * A problem whose texts are data, not written in code (a plan rule's result), or not yet moved to the bundles.
     *
     * @param vietnamese what is wrong, in Vietnamese
     * @param english what is wrong, in English
     */
    public Violation(String field, String vietnamese, String english) {
      this(field, Message.literal(vietnamese, english));
    }

    /** A problem of one field, the bundle text of {@code key} with {@code args}. */
    public static Violation of(String field, String key, Object... args) {
      return new Violation(field, Message.of(key, args));
    }

    /**
     * A problem of an entry of a list: field {@code list[index].property} ({@code list[index]} when the property is
     * empty), with the entry as data.
     */
    public static Violation inEntry(String list, int index, String property, Message message) {
      return new Violation(list + "[" + index + "]" + (property.isEmpty() ? "" : "." + property), message,
          new Entry(list, index, property), null);
    }

    /** The same problem, known to be in this entry of a list. */
    public Violation withEntry(String list, int index, String property) {
      return new Violation(field, message, new Entry(list, index, property), cell);
    }

    /** What is wrong, in Vietnamese. */
    public String vietnamese() {
      return message.vietnamese();
    }

    /** What is wrong, in English. */
    public String english() {
      return message.english();
    }
  }

  /**
   * An entry of a list input (a form's dynamic list, an API array, the rows of an uploaded list).
   *
   * @param list the list's field ({@code nominees})
   * @param index the entry's place in the list, from 0
   * @param property the entry's property that is wrong ({@code name}), or "" for the entry as a whole
   */
  public record Entry(String list, int index, String property) {}

  /**
   * A cell of an uploaded sheet.
   *
   * @param row Excel's row number, from 1
   * @param column the column from 0 (A), or null where the problem is the whole row
   */
  public record Cell(int row, Integer column) {}

  private final String field;
  private final String vietnamese;
  private final String english;
  private final java.util.List<Violation> violations;

  /**
   * A problem whose texts are data, not written in code (a plan rule's result), or not yet moved to the bundles.
   *
   * @param field the form field or API property that is wrong
   * @param vietnamese what is wrong, in Vietnamese
   * @param english what is wrong, in English
   */
  public InvalidInputException(String field, String vietnamese, String english) {
    this(java.util.List.of(new Violation(field, vietnamese, english)));
  }

  /**
   * @param field the form field or API property that is wrong
   * @param message what is wrong
   */
  public InvalidInputException(String field, Message message) {
    this(java.util.List.of(new Violation(field, message)));
  }

  /** A problem of one field, the bundle text of {@code key} with {@code args} ({@link Message#of}). */
  public static InvalidInputException of(String field, String key, Object... args) {
    return new InvalidInputException(field, Message.of(key, args));
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
    Message more = Message.of("invalidInput.more", violations.size() - 1);
    this.vietnamese = violations.size() == 1 ? first.vietnamese() : first.vietnamese() + " " + more.vietnamese();
    this.english = violations.size() == 1 ? first.english() : first.english() + " " + more.english();
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
    StringBuilder s = new StringBuilder(Messages.vietnamese("invalidInput.several", violations.size())).append(' ');
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

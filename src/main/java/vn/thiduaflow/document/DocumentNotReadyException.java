package vn.thiduaflow.document;

/**
 * A document asked for before it may be given (the minutes of the count while members are still voting): answered
 * 403 with the rule, in Vietnamese and English.
 */
public class DocumentNotReadyException extends RuntimeException {

  private final String vietnamese;
  private final String english;

  DocumentNotReadyException(vn.thiduaflow.system.Message rule) {
    this(rule.vietnamese(), rule.english());
  }

  private DocumentNotReadyException(String vietnamese, String english) {
    super(vietnamese + " / " + english);
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** The rule, in Vietnamese. */
  public String vietnamese() {
    return vietnamese;
  }

  /** The rule, in English. */
  public String english() {
    return english;
  }
}

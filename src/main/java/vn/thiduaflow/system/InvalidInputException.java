package vn.thiduaflow.system;

/**
 * Input from a form or the API that breaks a rule. Thrown before anything is written; the task or request it came
 * from is not completed. The message names the field and the problem, in Vietnamese and English.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;

  /**
   * @param field the form field or API property that is wrong
   * @param vietnamese what is wrong, in Vietnamese
   * @param english what is wrong, in English
   */
  public InvalidInputException(String field, String vietnamese, String english) {
    super("[" + field + "] " + vietnamese + " / " + english);
    this.field = field;
  }

  /** The wrong field. */
  public String field() {
    return field;
  }
}

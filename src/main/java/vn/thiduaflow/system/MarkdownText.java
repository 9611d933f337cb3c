package vn.thiduaflow.system;

/**
 * Text a user wrote, made safe to put into the Markdown of a Camunda Form's text field (form-js renders it): every
 * ASCII punctuation mark is backslash-escaped, so a note cannot become a link, an image, emphasis or a heading on
 * someone else's form (a secretary's note is shown on every council member's ballot), and line breaks become spaces.
 */
public final class MarkdownText {

  private MarkdownText() {}

  /** The text as literal Markdown; "" for null. */
  public static String escape(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").replaceAll("[!-/:-@\\[-`{-~]", "\\\\$0");
  }
}

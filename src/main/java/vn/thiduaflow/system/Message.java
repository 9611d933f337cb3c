package vn.thiduaflow.system;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text a user reads, in Vietnamese and English: a key of the message bundles ({@code messages_vi.properties},
 * {@code messages_en.properties}, rendered by {@link Messages}) with its arguments, or — for a text that is data, not
 * written in code (a plan rule's result, a label read from a plan file) — the two texts themselves.
 */
public sealed interface Message {

  /**
   * A bundle key with its arguments, placed with MessageFormat ({@code {0}}, {@code {1}} …). An argument that is a
   * {@link Message} is rendered in the same language; any other argument as {@link String#valueOf} gives it (a number
   * or a date unformatted, as string concatenation gave it).
   *
   * @param key the bundle key, by feature and meaning ({@code nomination.year.outOfRange})
   * @param args the arguments, in placeholder order (may hold null)
   */
  record Keyed(String key, List<Object> args) implements Message {
    public Keyed {
      java.util.Objects.requireNonNull(key, "key");
      args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }
  }

  /** Texts that are data (a rule's result, a plan's label), each in its language; not for sentences written in code. */
  record Literal(String vietnamese, String english) implements Message {}

  /** The bundle text of {@code key} with {@code args}. */
  static Message of(String key, Object... args) {
    return new Keyed(key, Arrays.asList(args == null ? new Object[] {null} : args));
  }

  /** Two texts that are data (not written in code): a rule's result, a label from a plan file. */
  static Message literal(String vietnamese, String english) {
    return new Literal(vietnamese, english);
  }

  /** In Vietnamese. */
  default String vietnamese() {
    return Messages.render(this, Messages.VIETNAMESE);
  }

  /** In English. */
  default String english() {
    return Messages.render(this, Messages.ENGLISH);
  }
}

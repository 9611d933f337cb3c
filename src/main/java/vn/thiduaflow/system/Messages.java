package vn.thiduaflow.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Renders {@link Message}s with the application's {@link MessageSource}: Spring Boot's auto-configured one
 * ({@code spring.messages} in application.yaml: bundles {@code messages_vi} and {@code messages_en}, UTF-8, no fallback
 * to the system's locale), handed over by {@link MessageSourceBinding} when the context starts. Texts are rendered
 * where the error is made (an exception's message is fixed when it is thrown, and many are thrown from static checks
 * and from plain unit tests), hence this static access.
 *
 * <p>Before a context has started (a plain unit test, a check that runs without Spring), the same bundles are read
 * through Spring's own {@link ResourceBundleMessageSource} with the settings of application.yaml
 * ({@code MessageBundlesTest} checks that the two agree).
 *
 * <p>A key missing from a bundle is an error ({@code NoSuchMessageException}), never the key shown to a user.
 */
public final class Messages {

  /** The language of every first text. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  /** The language of every second text. */
  public static final Locale ENGLISH = Locale.ENGLISH;
  /** {@code spring.messages.basename}, as application.yaml sets it. */
  static final String BASENAME = "messages";

  private static volatile MessageSource source;
  private static final MessageSource WITHOUT_CONTEXT = withoutContext();

  private Messages() {}

  /** The application's message source, from now on (called when a Spring context starts). */
  static void use(MessageSource messageSource) {
    source = messageSource;
  }

  /** The bundles as read without a Spring context (the settings of application.yaml's {@code spring.messages}). */
  static MessageSource withoutContext() {
    ResourceBundleMessageSource s = new ResourceBundleMessageSource();
    s.setBasename(BASENAME);
    s.setDefaultEncoding("UTF-8");
    s.setFallbackToSystemLocale(false);
    return s;
  }

  /** The message in Vietnamese. */
  public static String vietnamese(String key, Object... args) {
    return Message.of(key, args).vietnamese();
  }

  /** The message in English. */
  public static String english(String key, Object... args) {
    return Message.of(key, args).english();
  }

  /**
   * A message in one language: a key's text with its arguments placed (MessageFormat; a {@link Message} argument
   * rendered in the same language, an {@link InvalidInputException.Entry} — a reference to another entry of a list,
   * "duplicates row 0" — as its index, any other as {@link String#valueOf}), or a literal's text.
   *
   * @throws org.springframework.context.NoSuchMessageException when the key is in no bundle of that language
   */
  public static String render(Message message, Locale locale) {
    if (message instanceof Message.Literal l) {
      return locale.getLanguage().equals(VIETNAMESE.getLanguage()) ? l.vietnamese() : l.english();
    }
    Message.Keyed k = (Message.Keyed) message;
    Object[] args = k.args().stream().map(a -> a instanceof Message m ? render(m, locale)
        : a instanceof InvalidInputException.Entry other ? String.valueOf(other.index()) : String.valueOf(a))
        .toArray();
    MessageSource s = source;
    return (s == null ? WITHOUT_CONTEXT : s).getMessage(k.key(), args, locale);
  }
}

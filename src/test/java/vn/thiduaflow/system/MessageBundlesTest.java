package vn.thiduaflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The message bundles: both languages have the same keys, every key the code uses is in them (and every key in them
 * is used), quotes are written as MessageFormat reads them, the texts render with their arguments, and Spring Boot's
 * MessageSource, configured by application.yaml, reads them as {@link Messages} does without a context.
 */
class MessageBundlesTest {

  private static final Path SOURCES = Path.of("src/main/java");
  /** A string literal shaped like a key: dotted lowerCamel words ({@code nomination.year.outOfRange}). */
  private static final Pattern KEY_LIKE = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[a-zA-Z][A-Za-z0-9]*)+)\"");
  /** The key argument of the calls that take one: Message.of("k", …), Messages.vietnamese("k"), X.of(field, "k"). */
  private static final Pattern KEY_ARGUMENT = Pattern.compile("(?:Message\\.of\\(|Messages\\.(?:vietnamese|english)"
      + "\\(|(?:InvalidInputException|Violation)\\.of\\((?:\"[^\"]*\"|[^\"();]|\\([^()]*\\))*?,|refused\\(|"
      + "refusedAt\\([^,]+,[^\"]*)\\s*\"([^\"]+)\"");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(bundle("vi").stringPropertyNames()).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
    assertThat(bundle("").stringPropertyNames()).as("the base bundle holds no text").isEmpty();
  }

  @Test
  void everyKeyTheCodeUsesIsInTheBundlesAndEveryKeyIsUsed() throws IOException {
    Set<String> keys = bundle("vi").stringPropertyNames();
    Set<String> namespaces = new TreeSet<>();
    keys.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
    Set<String> used = new TreeSet<>();
    Set<String> passed = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(file);
        for (Matcher m = KEY_LIKE.matcher(code); m.find(); ) {
          if (namespaces.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
            used.add(m.group(1));
          }
        }
        for (Matcher m = KEY_ARGUMENT.matcher(code); m.find(); ) {
          if (KEY_LIKE.matcher('"' + m.group(1) + '"').matches()) { // not a sentence passed to another refused(…)
            passed.add(m.group(1));
          }
        }
      }
    }
    assertThat(passed).as("keys passed to Message.of and the like").isNotEmpty().isSubsetOf(keys);
    assertThat(used).as("key-shaped literals of the bundles' namespaces").isSubsetOf(keys);
    assertThat(keys).as("keys no code uses").isSubsetOf(used);
  }

  @Test
  void quotesAreWrittenAsMessageFormatReadsThem() throws IOException {
    for (String language : new String[] {"vi", "en"}) {
      Properties texts = bundle(language);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (arguments(text) > 0) {
          assertThat(text.replace("''", "")).as(language + " " + key + ": a quote in a text with arguments is ''")
              .doesNotContain("'");
        } else {
          assertThat(text).as(language + " " + key + ": a text without arguments is shown as written")
              .doesNotContain("''");
        }
      }
    }
  }

  @Test
  void everyTextRendersWithItsArguments() throws IOException {
    for (String key : bundle("vi").stringPropertyNames()) {
      int count = Math.max(arguments(bundle("vi").getProperty(key)), arguments(bundle("en").getProperty(key)));
      Object[] args = new Object[count];
      for (int i = 0; i < count; i++) {
        args[i] = "«" + i + "»";
      }
      String vi = Messages.vietnamese(key, args);
      String en = Messages.english(key, args);
      for (int i = 0; i < count; i++) {
        assertThat(vi + en).as(key).contains("«" + i + "»");
      }
      assertThat(vi).as(key).doesNotContain("{").isNotBlank();
      assertThat(en).as(key).doesNotContain("{").isNotBlank();
    }
  }

  @Test
  void argumentsArePlacedAsWrittenQuotesKeptNumbersUnformatted() {
    assertThat(Messages.vietnamese("form.integer.notWhole", "7d")).isEqualTo("Phải là số nguyên, nhận được '7d'");
    assertThat(Messages.english("form.integer.notWhole", "7d")).isEqualTo("must be a whole number, got '7d'");
    assertThat(Messages.english("councilWorkbook.role.notInList", "Thư ký"))
        .isEqualTo("'Thư ký' is not one of the drop-down's roles");
    assertThat(Messages.vietnamese("nomination.name.characters"))
        .isEqualTo("Tên chỉ gồm chữ, số, khoảng trắng và . , - ( ) ' / &");
    assertThat(Messages.vietnamese("nomination.list.tooLong", 1001, 1000)).isEqualTo("Danh sách có 1001 dòng, tối đa 1000");
    assertThat(Messages.english("nomination.year.outOfRange", 2025)).isEqualTo("the year of recognition must be 1945 to 2025");
    assertThat(Messages.vietnamese("nomination.name.duplicate", "Lê Văn Tâm",
        new InvalidInputException.Entry("nominees", 0, ""))).isEqualTo("'Lê Văn Tâm' trùng với dòng 0");
    // a message argument is rendered in the same language
    Message label = Message.of("nomination.field.position");
    assertThat(Message.of("nomination.text.tooLong", label, 201, 200).english())
        .isEqualTo("position and unit is 201 characters long; at most 200");
    assertThat(new InvalidInputException("nominees[0].name", Message.of("nomination.name.length", 200)).getMessage())
        .isEqualTo("[nominees[0].name] Tên phải dài từ 2 đến 200 ký tự / the name must be 2 to 200 characters");
    assertThat(InvalidInputException.TITLE).isEqualTo("Dữ liệu không hợp lệ / Invalid input");
  }

  @Test
  void springBootsMessageSourceReadsTheBundlesAsWithoutAContext() throws IOException {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    Properties settings = yaml.getObject();
    String[] messages = settings.stringPropertyNames().stream().filter(n -> n.startsWith("spring.messages."))
        .map(n -> n + "=" + settings.getProperty(n)).toArray(String[]::new);
    assertThat(messages).isNotEmpty();
    Set<String> keys = bundle("vi").stringPropertyNames();
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
        .withPropertyValues(messages).run(context -> {
          assertThat(context).hasBean("messageSource");
          MessageSource spring = context.getBean("messageSource", MessageSource.class);
          MessageSource own = Messages.withoutContext();
          for (String key : keys) {
            Object[] args = {"a'b", 1234, "c"};
            for (Locale locale : new Locale[] {Messages.VIETNAMESE, Messages.ENGLISH}) {
              assertThat(spring.getMessage(key, args, locale)).as(key).isEqualTo(own.getMessage(key, args, locale));
            }
          }
        });
  }

  private static int arguments(String text) {
    return new MessageFormat(text, Locale.ROOT).getFormatsByArgumentIndex().length;
  }

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    String name = language.isEmpty() ? "messages.properties" : "messages_" + language + ".properties";
    try (Reader in = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}

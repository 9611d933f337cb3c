package vn.thiduaflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese locale of Camunda's webapps (src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/
 * vi.json) against the English one of camunda-webapp-webjar 7.24: only labels the webapp knows, each keeping the
 * English label's placeholders ({@code {{name}}}) and markup links, Vietnamese dates complete; Tasklist, where council
 * members work, translated in full; the app's config.js offers vi with English as fallback.
 */
class WebappLocaleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
  private static final String APP = "META-INF/resources/webjars/camunda/app/";

  private static JsonNode read(String path) throws IOException {
    try (InputStream in = WebappLocaleTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(text);
    }
  }

  private static TreeSet<String> placeholders(String label) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(label);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyVietnameseLabelIsOneTheWebappHasWithTheSamePlaceholders(String app) throws IOException {
    JsonNode en = read(APP + app + "/locales/en.json").get("labels");
    JsonNode vi = read(APP + app + "/locales/vi.json").get("labels");
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = vi.fields(); it.hasNext(); ) {
      var label = it.next();
      JsonNode english = en.get(label.getKey());
      if (english == null) {
        problems.add(label.getKey() + ": not a label of " + app);
      } else if (!placeholders(english.asText()).equals(placeholders(label.getValue().asText()))) {
        problems.add(label.getKey() + ": placeholders " + placeholders(english.asText()) + " became "
            + placeholders(label.getValue().asText()));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(vi.size()).as("labels translated in " + app).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreVietnameseWithEveryFieldMomentNeeds(String app) throws IOException {
    JsonNode en = read(APP + app + "/locales/en.json").get("dateLocales");
    JsonNode vi = read(APP + app + "/locales/vi.json").get("dateLocales");
    List<String> missing = new ArrayList<>();
    en.fieldNames().forEachRemaining(f -> {
      if (!vi.has(f)) {
        missing.add(f);
      }
    });
    assertThat(missing).isEmpty();
    assertThat(vi.get("months").get(0).asText()).isEqualTo("tháng 1");
    assertThat(vi.get("weekdays").get(1).asText()).isEqualTo("thứ hai");
    assertThat(vi.get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
  }

  @org.junit.jupiter.api.Test
  void tasklistIsTranslatedInFull() throws IOException {
    JsonNode en = read(APP + "tasklist/locales/en.json").get("labels");
    JsonNode vi = read(APP + "tasklist/locales/vi.json").get("labels");
    List<String> english = new ArrayList<>();
    en.fieldNames().forEachRemaining(k -> {
      String v = vi.path(k).asText(null);
      // symbols (<, >=) and empty labels stay as they are
      if (v == null || (v.equals(en.get(k).asText()) && v.matches(".*\\p{L}{3,}.*"))) {
        english.add(k);
      }
    });
    assertThat(english).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachWebappOffersVietnameseWithEnglishFallbackUnderTheProductsName(String app) throws IOException {
    String config;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(APP + app + "/scripts/config.js")) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(config).contains("import {dateFormat, locales, vendor} from '../../thiduaflow-webapps.js';")
        .contains("    vendor,\n").contains("  locales,\n").contains("  dateFormat");
    String shared;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(APP + "thiduaflow-webapps.js")) {
      shared = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(shared).contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'en'")
        .contains("export const vendor = 'Thi Đua Flow —';").contains("short: 'DD/MM/YYYY'");
    String styles;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(APP + app + "/styles/user-styles.css")) {
      styles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(styles).startsWith("@charset \"UTF-8\";").contains("@import url(\"../../thiduaflow-header.css\");");
    String header;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(APP + "thiduaflow-header.css")) {
      header = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(header).startsWith("@charset \"UTF-8\";").contains("[cam-widget-header] .ce-eol-banner::before")
        .contains("content: \"Thi Đua Flow — ");
  }
}

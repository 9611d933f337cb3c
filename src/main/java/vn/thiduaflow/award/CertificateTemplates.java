package vn.thiduaflow.award;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The certificate templates: those shipped ({@code classpath:certificates/*.yaml}) and an authority's own, read from
 * the directory {@code thiduaflow.certificates.directory} when it is set (a file there replaces a shipped one of the
 * same id). Read once at start-up; a template that is not complete stops the start with its file and what is missing.
 */
@Component
public class CertificateTemplates {

  /** The template used when a decision names none. */
  public static final String DEFAULT = "giay-khen";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final Map<String, CertificateTemplate> templates = new TreeMap<>();

  CertificateTemplates(@Value("${thiduaflow.certificates.directory:}") String directory) throws IOException {
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:certificates/*.yaml")) {
      try (InputStream in = r.getInputStream()) {
        add(read(in, r.getFilename()));
      }
    }
    if (!directory.isBlank()) {
      try (Stream<Path> files = Files.list(Path.of(directory))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          try (InputStream in = Files.newInputStream(f)) {
            add(read(in, f.toString()));
          }
        }
      }
    }
  }

  /** The template of an id, if there is one. */
  public Optional<CertificateTemplate> find(String id) {
    return Optional.ofNullable(templates.get(id));
  }

  /** Every template by id. */
  public Map<String, CertificateTemplate> all() {
    return Map.copyOf(templates);
  }

  /**
   * Reads one template file.
   *
   * @throws IllegalStateException naming the file when it cannot be read or lacks an id, title or field box
   */
  static CertificateTemplate read(InputStream in, String file) {
    CertificateTemplate t;
    try {
      t = YAML.readValue(in, CertificateTemplate.class);
    } catch (IOException e) {
      throw new UncheckedIOException("certificate template " + file + ": " + e.getMessage(), e);
    }
    if (t.id() == null || t.id().isBlank() || t.title() == null || t.fields() == null) {
      throw new IllegalStateException("certificate template " + file + ": id, title and fields are required");
    }
    EnumSet<CertificateField> missing = EnumSet.allOf(CertificateField.class);
    missing.removeAll(t.fields().keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException("certificate template " + file + ": no box for " + missing);
    }
    return t;
  }

  private void add(CertificateTemplate t) {
    templates.put(t.id(), t);
  }
}

package vn.thiduaflow.plan;

import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.thiduaflow.unit.UnitDirectory;

/** Test helpers: a plan reader without Spring, and the seed plan files as text. */
final class PlanFiles {

  static final UnitDirectory UNITS = new UnitDirectory();

  private PlanFiles() {}

  static PlanReader reader() {
    return new PlanReader(Validation.buildDefaultValidatorFactory().getValidator(), UNITS);
  }

  static String seed(String name) {
    try {
      return Files.readString(Path.of("src/main/resources/plans", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan read(String name, String yaml) {
    return reader().read(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}

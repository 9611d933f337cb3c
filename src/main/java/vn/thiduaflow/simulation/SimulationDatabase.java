package vn.thiduaflow.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Where a simulation run keeps its throw-away database (issue 25, "the national simulation in 2 GiB of heap"): an H2
 * file database in a fresh directory under the system's temporary directory, removed when the JVM exits. An in-memory
 * database keeps every process's full history in the heap — 6.5 GiB for the national campaign — while the file
 * database keeps only H2's page cache there; application-simulation.yaml names the URL with
 * {@code thiduaflow.simulation.database-directory}, which this sets.
 *
 * <p>Only in simulation mode ({@code --thiduaflow.simulation.plan=<plan id>}); a directory given on the command line
 * ({@code --thiduaflow.simulation.database-directory=<dir>}, kept afterwards) or another
 * {@code --spring.datasource.url} (such as {@code jdbc:h2:mem:simulation} for the in-memory database) wins. Registered
 * in {@code META-INF/spring.factories}.
 *
 * @throws UncheckedIOException when the temporary directory cannot be created
 */
public class SimulationDatabase implements EnvironmentPostProcessor {

  /** The property naming the database's directory. */
  public static final String DIRECTORY = "thiduaflow.simulation.database-directory";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    // application.yaml names the plan property with an empty default: a plan id, or the profile main() sets with it
    boolean simulation = StringUtils.hasText(environment.getProperty("thiduaflow.simulation.plan"))
        || environment.matchesProfiles("simulation");
    if (!simulation || environment.containsProperty(DIRECTORY)) {
      return;
    }
    Path directory;
    try {
      directory = Files.createTempDirectory("thiduaflow-simulation");
    } catch (IOException e) {
      throw new UncheckedIOException("no temporary directory for the simulation's database", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        FileSystemUtils.deleteRecursively(directory);
      } catch (IOException e) {
        System.err.println("Simulation database not removed: " + directory + " (" + e.getMessage() + ")");
      }
    }, "simulation-database-removal"));
    environment.getPropertySources().addLast(new MapPropertySource("simulationDatabase",
        Map.of(DIRECTORY, directory.toString())));
  }
}

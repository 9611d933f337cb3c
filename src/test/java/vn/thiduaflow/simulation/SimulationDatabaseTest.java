package vn.thiduaflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.FileSystemUtils;

/**
 * The simulation's throw-away database directory (issue 25): a fresh empty directory in simulation mode only, and
 * never in place of one given on the command line.
 */
class SimulationDatabaseTest {

  private final SimulationDatabase database = new SimulationDatabase();

  @Test
  void aSimulationRunGetsAFreshEmptyDirectoryForItsFileDatabase() throws Exception {
    MockEnvironment environment = new MockEnvironment().withProperty("thiduaflow.simulation.plan", "van-yen-2020");
    database.postProcessEnvironment(environment, new SpringApplication());
    String directory = environment.getProperty(SimulationDatabase.DIRECTORY);
    assertThat(directory).isNotBlank();
    Path path = Path.of(directory);
    try {
      assertThat(path).isDirectory().isEmptyDirectory();
      // a second run beside it gets another directory
      MockEnvironment second = new MockEnvironment().withProperty("thiduaflow.simulation.plan", "van-yen-2020");
      database.postProcessEnvironment(second, new SpringApplication());
      assertThat(second.getProperty(SimulationDatabase.DIRECTORY)).isNotEqualTo(directory);
      FileSystemUtils.deleteRecursively(Path.of(second.getProperty(SimulationDatabase.DIRECTORY)));
    } finally {
      FileSystemUtils.deleteRecursively(path);
    }
  }

  @Test
  void theSimulationProfileAloneAlsoGetsADirectory() {
    MockEnvironment environment = new MockEnvironment().withProperty("thiduaflow.simulation.plan", "");
    environment.setActiveProfiles("simulation");
    database.postProcessEnvironment(environment, new SpringApplication());
    String directory = environment.getProperty(SimulationDatabase.DIRECTORY);
    assertThat(directory).isNotBlank();
    FileSystemUtils.deleteRecursively(Path.of(directory).toFile());
  }

  @Test
  void theAppOutsideTheSimulationAndAGivenDirectoryAreLeftAlone() throws Exception {
    // the app as it starts: application.yaml's empty plan id, no simulation profile
    MockEnvironment app = new MockEnvironment().withProperty("thiduaflow.simulation.plan", "");
    database.postProcessEnvironment(app, new SpringApplication());
    assertThat(app.containsProperty(SimulationDatabase.DIRECTORY)).isFalse();
    MockEnvironment bare = new MockEnvironment();
    database.postProcessEnvironment(bare, new SpringApplication());
    assertThat(bare.containsProperty(SimulationDatabase.DIRECTORY)).isFalse();

    Path given = Files.createTempDirectory("given");
    try {
      MockEnvironment run = new MockEnvironment().withProperty("thiduaflow.simulation.plan", "van-yen-2020")
          .withProperty(SimulationDatabase.DIRECTORY, given.toString());
      database.postProcessEnvironment(run, new SpringApplication());
      assertThat(run.getProperty(SimulationDatabase.DIRECTORY)).isEqualTo(given.toString());
    } finally {
      FileSystemUtils.deleteRecursively(given);
    }
  }
}

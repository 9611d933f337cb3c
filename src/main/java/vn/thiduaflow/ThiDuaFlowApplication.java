package vn.thiduaflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Thi Đua Flow: runs the Vietnamese process of organizing Advanced-Exemplar Conferences (Hội nghị điển hình tiên tiến)
 * and Patriotic Emulation Congresses (Đại hội Thi đua yêu nước) on Camunda 7.
 *
 * <p>Start with {@code ./mvnw spring-boot:run} (demo profile, H2 file database under {@code ./data}); run one plan's
 * whole campaign non-interactively with {@code --thiduaflow.simulation.plan=<plan id>}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ThiDuaFlowApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(ThiDuaFlowApplication.class);
    if (java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--thiduaflow.simulation.plan="))) {
      // Simulation mode: in-memory database, no web server, no job executor (see application-simulation.yaml)
      app.setAdditionalProfiles("simulation");
    }
    app.run(args);
  }
}

package vn.thiduaflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Thi Đua Flow: runs the Vietnamese process of organizing Advanced-Exemplar Conferences (Hội nghị điển hình tiên tiến)
 * and Patriotic Emulation Congresses (Đại hội Thi đua yêu nước) on Camunda 7.
 *
 * <p>Start with {@code ./mvnw spring-boot:run} (demo profile, H2 file database under {@code ./data}); run one plan's
 * whole campaign non-interactively with {@code --thiduaflow.simulation.plan=<plan id>}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(ThiDuaFlowApplication.class, args);
  }
}

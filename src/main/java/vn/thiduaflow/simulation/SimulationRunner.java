package vn.thiduaflow.simulation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulation mode: with {@code --thiduaflow.simulation.plan=<plan id>} the application runs that plan's whole
 * campaign with scripted actors on a throw-away database ({@link SimulationDatabase}), prints the timeline and outcome,
 * and exits 0 (1 when the campaign does not complete).
 */
@Component
@Profile("simulation")
class SimulationRunner implements ApplicationRunner {

  private final CampaignSimulator simulator;
  private final ConfigurableApplicationContext context;
  private final String planId;

  SimulationRunner(CampaignSimulator simulator, ConfigurableApplicationContext context,
      @Value("${thiduaflow.simulation.plan}") String planId) {
    this.simulator = simulator;
    this.context = context;
    this.planId = planId;
  }

  @Override
  public void run(ApplicationArguments args) {
    SimulationResult result = simulator.run(planId);
    SimulationReport.print(result, System.out);
    System.out.flush();
    int code = result.completed() ? 0 : 1;
    System.exit(SpringApplication.exit(context, () -> code));
  }
}

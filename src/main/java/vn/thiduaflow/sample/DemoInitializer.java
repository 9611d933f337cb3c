package vn.thiduaflow.sample;

import java.time.Duration;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignRepository;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.system.EngineClock;

/**
 * The demo profile (on for {@code ./mvnw spring-boot:run}): starts the campaign of {@code thiduaflow.demo.plan} once,
 * runs the engine clock on the plan's timeline (real time shifted so that the campaign began on
 * {@code thiduaflow.demo.clock-start}; the offset is kept across restarts), and creates a Camunda user for every person
 * of the campaign's units and one group per unit and role, all with the password {@code thiduaflow.demo.password}.
 * Never active outside the demo profile.
 */
@Component
@Profile("demo & !simulation")
class DemoInitializer {

  private static final Logger log = LoggerFactory.getLogger(DemoInitializer.class);

  private final CampaignRepository campaignRepository;
  private final CampaignService campaigns;
  private final CouncilAccounts accounts;
  private final String planId;
  private final String password;
  private final LocalDateTime clockStart;

  DemoInitializer(CampaignRepository campaignRepository, CampaignService campaigns, CouncilAccounts accounts,
      @Value("${thiduaflow.demo.plan}") String planId,
      @Value("${thiduaflow.demo.password}") String password,
      @Value("${thiduaflow.demo.clock-start}") LocalDateTime clockStart) {
    this.campaignRepository = campaignRepository;
    this.campaigns = campaigns;
    this.accounts = accounts;
    this.planId = planId;
    this.password = password;
    this.clockStart = clockStart;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startDemo() {
    var existing = campaignRepository.findFirstByPlanIdOrderByIdDesc(planId);
    Campaign campaign;
    if (existing.isPresent()) {
      campaign = existing.get();
      ClockUtil.offset(Duration.between(campaign.getRealStartedAt(), campaign.getStartedAt()).toMillis());
    } else {
      ClockUtil.offset(Duration.between(LocalDateTime.now(), clockStart).toMillis());
      campaign = campaigns.start(planId);
    }
    int users = accounts.ensureAccounts(campaign, password, "demo.invalid");
    log.info("Demo: campaign {} of plan {} ({}); engine clock {}; {} demo users, password from "
        + "thiduaflow.demo.password. Tasklist: http://localhost:8080/camunda/app/tasklist/", campaign.getId(), planId,
        campaign.getIssuerName(), EngineClock.now(), users);
  }
}

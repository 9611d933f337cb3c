package vn.thiduaflow.system;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceService;
import vn.thiduaflow.council.CouncilMember;
import vn.thiduaflow.council.CouncilMemberRepository;

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
  private final ConferenceService conferences;
  private final CouncilMemberRepository members;
  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final String planId;
  private final String password;
  private final LocalDateTime clockStart;

  DemoInitializer(CampaignRepository campaignRepository, CampaignService campaigns, ConferenceService conferences,
      CouncilMemberRepository members, IdentityService identityService,
      FilterService filterService, TaskService taskService, @Value("${thiduaflow.demo.plan}") String planId,
      @Value("${thiduaflow.demo.password}") String password,
      @Value("${thiduaflow.demo.clock-start}") LocalDateTime clockStart) {
    this.campaignRepository = campaignRepository;
    this.campaigns = campaigns;
    this.conferences = conferences;
    this.members = members;
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
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
    createFilters();
    int users = createUsers(campaign);
    log.info("Demo: campaign {} of plan {} ({}); engine clock {}; {} demo users, password from "
        + "thiduaflow.demo.password. Tasklist: http://localhost:8080/camunda/app/tasklist/", campaign.getId(), planId,
        campaign.getIssuerName(), EngineClock.now(), users);
  }

  private int createUsers(Campaign campaign) {
    Set<String> unitCodes = new HashSet<>();
    for (Conference c : conferences.ofCampaign(campaign.getId(), null)) {
      unitCodes.add(c.getUnitCode());
      unitCodes.add(c.getUpperUnitCode());
    }
    int created = 0;
    for (String code : unitCodes) {
      List<CouncilMember> people = members.findByAdminStructureAndUnitCodeOrderById(campaign.getAdminStructure(), code);
      for (CouncilMember person : people) {
        String groupId = person.getRole().groupId(code);
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
          Group group = identityService.newGroup(groupId);
          group.setName(person.getRole().label() + " — " + unitName(campaign, code));
          group.setType("WORKFLOW");
          identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(person.getUsername()).count() == 0) {
          User user = identityService.newUser(person.getUsername());
          user.setFirstName(person.getFullName());
          user.setLastName("(" + person.getRole().label() + ", dữ liệu mẫu)");
          user.setEmail(person.getUsername() + "@demo.invalid");
          user.setPassword(password);
          identityService.saveUser(user);
          identityService.createMembership(person.getUsername(), groupId);
          created++;
        }
      }
    }
    return created;
  }

  private String unitName(Campaign campaign, String code) {
    return conferences.ofCampaign(campaign.getId(), null).stream()
        .filter(c -> c.getUnitCode().equals(code)).map(Conference::getUnitName).findFirst()
        .orElseGet(() -> conferences.ofCampaign(campaign.getId(), null).stream()
            .filter(c -> code.equals(c.getUpperUnitCode())).map(Conference::getUpperUnitName).findFirst().orElse(code));
  }

  private void createFilters() {
    if (filterService.createFilterQuery().filterName("Việc của tôi").count() > 0) {
      return;
    }
    Filter mine = filterService.newTaskFilter("Việc của tôi")
        .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    mine.setProperties(new java.util.HashMap<>(java.util.Map.of("priority", -10, "description",
        "Công việc được giao cho tôi")));
    filterService.saveFilter(mine);
    Filter groups = filterService.newTaskFilter("Việc của đơn vị tôi")
        .setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    groups.setProperties(new java.util.HashMap<>(java.util.Map.of("priority", -5, "description",
        "Công việc của các nhóm (vai trò) tôi thuộc về, kể cả việc được báo cáo quá hạn")));
    filterService.saveFilter(groups);
  }
}

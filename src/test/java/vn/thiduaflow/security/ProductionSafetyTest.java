package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thiduaflow.ThiDuaFlowApplication;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.security.ProductionSafety.UnsafeProductionException;

/**
 * The production profile refuses to start with an unset, weak or default administrator password, or while demo users
 * exist, and starts with a strong password on a clean database. The start-ups are the real application in the prod
 * profile (on a random port), each on its own in-memory database and engine name.
 */
class ProductionSafetyTest {

  private static final String STRONG = "Qu4n-Tri!2025x";

  @Test
  void anUnsetOrIdenticalPasswordIsReportedAsNotSet() {
    assertThat(ProductionSafety.weaknesses("admin", null)).singleElement().asString().contains("is not set");
    assertThat(ProductionSafety.weaknesses("admin", "  ")).singleElement().asString().contains("is not set");
    assertThat(ProductionSafety.weaknesses("Quantri-Vien1!", "Quantri-Vien1!")).singleElement().asString()
        .contains("is not set");
  }

  @Test
  void knownDefaultsAreRefusedEvenWhenTheyWouldPassThePolicy() {
    assertThat(ProductionSafety.weaknesses("admin", "thidua-demo"))
        .anySatisfy(p -> assertThat(p).contains("known default"));
    assertThat(ProductionSafety.KNOWN_DEFAULTS).contains("thidua-demo", "demo", "admin");
  }

  @Test
  void camundasPasswordPolicyAppliesAtItsBoundaries() {
    // 10 characters with lower, upper, digit and special: the policy's minimum, accepted
    assertThat(ProductionSafety.weaknesses("admin", "Aa1!aaaaaa")).isEmpty();
    // 9 characters: too short
    assertThat(ProductionSafety.weaknesses("admin", "Aa1!aaaaa")).singleElement().asString()
        .contains("PASSWORD_POLICY_LENGTH");
    assertThat(ProductionSafety.weaknesses("admin", "aa1!aaaaaa")).singleElement().asString()
        .contains("PASSWORD_POLICY_UPPERCASE");
    assertThat(ProductionSafety.weaknesses("admin", "AA1!AAAAAA")).singleElement().asString()
        .contains("PASSWORD_POLICY_LOWERCASE");
    assertThat(ProductionSafety.weaknesses("admin", "Aab!aaaaaa")).singleElement().asString()
        .contains("PASSWORD_POLICY_DIGIT");
    assertThat(ProductionSafety.weaknesses("admin", "Aa1aaaaaaa")).singleElement().asString()
        .contains("PASSWORD_POLICY_SPECIAL");
    assertThat(ProductionSafety.weaknesses("admin", STRONG)).isEmpty();
  }

  private static ConfigurableApplicationContext start(String database, String password, String... profiles) {
    return new SpringApplicationBuilder(ThiDuaFlowApplication.class)
        .profiles(profiles.length == 0 ? new String[] {"prod"} : profiles)
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "--camunda.bpm.process-engine-name=" + database, "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.admin-user.password=" + password, "--logging.level.root=warn");
  }

  @Test
  void withoutAnAdministratorPasswordTheAppDoesNotStart() {
    assertThatThrownBy(() -> start("prod-unset", "").close())
        .rootCause().isInstanceOf(UnsafeProductionException.class)
        .hasMessageContaining("camunda.bpm.admin-user.password is not set");
  }

  @Test
  void withAWeakPasswordOrTheDemoProfileTheAppDoesNotStart() {
    assertThatThrownBy(() -> start("prod-weak", "thidua-demo", "prod", "demo").close())
        .rootCause().isInstanceOf(UnsafeProductionException.class)
        .hasMessageContaining("the demo profile is active together with prod")
        .hasMessageContaining("known default")
        .hasMessageContaining("PASSWORD_POLICY_UPPERCASE");
  }

  @Test
  void aStrongPasswordStartsOnACleanDatabaseAndDemoUsersLeftInItStopTheNextStart() {
    try (ConfigurableApplicationContext app = start("prod-users", STRONG)) {
      IdentityService identity = app.getBean(IdentityService.class);
      // the start-up's check of default passwords did not count as failed logins: the administrator is not locked
      assertThat(identity.checkPassword("admin", STRONG)).isTrue();
      var sample = identity.newUser("binhan.secretary");
      sample.setLastName("(Thư ký, " + ProductionSafety.SAMPLE_MARK + ")");
      sample.setPassword("Th1-ky-mau!x");
      identity.saveUser(sample);
    }
    assertThatThrownBy(() -> start("prod-users", STRONG).close())
        .rootCause().isInstanceOf(UnsafeProductionException.class)
        .hasMessageContaining("1 demo users exist, e.g. [binhan.secretary]");
  }

  /**
   * Issue 20: outside the demo, the simulation and the tests nothing makes up people. A campaign started in production
   * on a clean database creates no council member, no Camunda user but the administrator, no nominee, and no staff
   * count: the schedule form must be given one.
   */
  @Test
  void aCampaignStartedInProductionCreatesNoPersonCouncilOrNominee() {
    try (ConfigurableApplicationContext app = start("prod-campaign", STRONG)) {
      var campaign = app.getBean(vn.thiduaflow.campaign.CampaignService.class).start("binh-an-27-2025");
      var conferences = app.getBean(vn.thiduaflow.conference.ConferenceQueries.class);
      var all = conferences.ofCampaign(campaign.getId(), null);
      assertThat(all).isNotEmpty();
      assertThat(app.getBean(vn.thiduaflow.council.CouncilMemberRepository.class).count()).isZero();
      assertThat(app.getBean(vn.thiduaflow.nomination.NominationRepository.class).count()).isZero();
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
      assertThat(all).allSatisfy(c -> assertThat(c.getStaffCount()).isNull());
      var leaf = all.stream().filter(c -> c.getTier() == vn.thiduaflow.plan.model.Tier.LOWER).findFirst()
          .orElse(all.get(0));
      assertThatThrownBy(() -> app.getBean(vn.thiduaflow.conference.ConferenceScheduling.class).schedule(leaf.getId(),
          new vn.thiduaflow.conference.ScheduleRequest(vn.thiduaflow.plan.model.ConferenceForm.values()[0],
              java.time.LocalDate.of(2025, 3, 27), null, null, null, false)))
          .isInstanceOf(vn.thiduaflow.system.InvalidInputException.class)
          .hasMessageContaining("staff count is not known");
      assertThat(app.getBean(vn.thiduaflow.council.CouncilService.class)
          .ready(conferences.structureOf(leaf), leaf.getUnitCode())).isFalse();
    }
  }

  /**
   * Issue 20: a password the administrator gives must be changed at the first login; until then every API answers 403
   * saying so, except changing it. Camunda's password policy applies to the new one.
   */
  @Test
  void aPasswordGivenByTheAdministratorMustBeChangedBeforeWorking() throws Exception {
    try (ConfigurableApplicationContext app = start("prod-first-login", STRONG)) {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      var client = java.net.http.HttpClient.newHttpClient();
      java.util.function.BiFunction<String[], String, java.net.http.HttpResponse<String>> call = (who, spec) -> {
        String[] parts = spec.split(" ", 3);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + parts[1]))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((who[0] + ":" + who[1])
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(parts[0], parts.length > 2 ? java.net.http.HttpRequest.BodyPublishers.ofString(parts[2])
                : java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        try {
          return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };
      String[] admin = {"admin", STRONG};
      String first = "Mat-khau-dau1!";
      var created = call.apply(admin, "POST /engine-rest/user/create {\"profile\":{\"id\":\"nguyenvanan\","
          + "\"firstName\":\"Nguyễn Văn An\",\"lastName\":\"\"},\"credentials\":{\"password\":\"" + first + "\"}}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
      String[] an = {"nguyenvanan", first};
      var blocked = call.apply(an, "GET /engine-rest/task");
      assertThat(blocked.statusCode()).isEqualTo(403);
      assertThat(blocked.body()).contains("password-change-required").contains("Lần đăng nhập đầu tiên");
      assertThat(call.apply(an, "GET /api/campaigns").statusCode()).isEqualTo(403);
      // the new password must pass Camunda's policy
      var weak = call.apply(an, "PUT /engine-rest/user/nguyenvanan/credentials {\"password\":\"abc\","
          + "\"authenticatedUserPassword\":\"" + first + "\"}");
      assertThat(weak.statusCode()).isEqualTo(400);
      String own = "Mat-khau-rieng2!";
      var changed = call.apply(an, "PUT /engine-rest/user/nguyenvanan/credentials {\"password\":\"" + own + "\","
          + "\"authenticatedUserPassword\":\"" + first + "\"}");
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
      String[] anNow = {"nguyenvanan", own};
      assertThat(call.apply(anNow, "GET /engine-rest/task").statusCode()).isEqualTo(200);
      // the administrator resets it: the mark is back
      var reset = call.apply(admin, "PUT /engine-rest/user/nguyenvanan/credentials {\"password\":\"Mat-khau-moi3!\","
          + "\"authenticatedUserPassword\":\"" + STRONG + "\"}");
      assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
      assertThat(call.apply(new String[] {"nguyenvanan", "Mat-khau-moi3!"}, "GET /engine-rest/task").statusCode())
          .isEqualTo(403);
      assertThat(call.apply(admin, "GET /engine-rest/task").statusCode()).as("the administrator is not marked")
          .isEqualTo(200);
    }
  }
}

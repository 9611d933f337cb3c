package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.deadline.EscalationRepository;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The webapps in a real browser (Debian's headless Chromium, in Vietnamese), on Vĩnh Thuận's campaign (172/KH-UBND:
 * the district and its nine communes): a council member votes in Tasklist through the vote's Camunda Form, and the
 * district's standing office finds the commune that missed its nominations deadline highlighted on the dashboard in
 * Cockpit. Screenshots of every step are in {@code target/screenshots/}.
 */
@ThiDuaFlowHttpTest
class WebappBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired ConferenceRepository conferences;
  @Autowired EscalationRepository escalations;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired vn.thiduaflow.nomination.NominationRepository nominations;
  @Autowired vn.thiduaflow.council.BallotService ballots;
  @Autowired javax.sql.DataSource dataSource;

  private Campaign campaign;
  private Conference district;
  /** The commune whose council votes: every member but the last has voted when the browser opens. */
  private Conference voting;
  private ProcessInstance votingInstance;
  private ConferenceDriver votingDriver;
  private String lastVoter;
  /** The commune that missed its nominations deadline (escalated by the deadline timer). */
  private Conference late;
  /** The commune whose secretary enters its nominees in the form. */
  private Conference nominating;

  @BeforeAll
  void vinhThuansCampaignWithAVoteUnderWayAndALateCommune() {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine); // as in every deployment (otherwise the webapps open Camunda's first-admin setup page)
    ConferenceDriver.at(LocalDateTime.of(2024, 10, 28, 8, 0));
    campaign = campaigns.start("vinh-thuan-172-2024");
    accounts.ensureAccounts(campaign, Http.PASSWORD, "browser.test");
    // the campaign starts the units' conference instances in its own jobs
    ProcessInstance campaignInstance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult();
    for (int round = 0; round < 5; round++) {
      managementService.createJobQuery().processInstanceId(campaignInstance.getId()).executable().list()
          .forEach(j -> managementService.executeJob(j.getId()));
    }
    List<Conference> all = conferences.findByCampaignIdOrderById(campaign.getId());
    district = all.stream().filter(c -> c.getUnitLevel() == UnitLevel.DISTRICT).findFirst().orElseThrow();
    // the pilot commune (Vĩnh Bình Nam, §II.2.3) first consults the district's council; the others schedule at once
    List<Conference> communes = all.stream().filter(c -> c.getUnitLevel() == UnitLevel.COMMUNE)
        .filter(c -> !c.getUnitCode().equals("31063")).toList();
    voting = communes.get(0);
    late = communes.get(1);
    nominating = communes.get(2);

    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    votingInstance = instanceOf(voting);
    votingDriver = new ConferenceDriver(engine, councils, votingInstance);
    votingDriver.schedule("2025-03-25");
    votingDriver.sendNominations();
    // 100 exemplars and 40 guests (71 % and 29 %: §II.2.1), a presidium of 9 with 3 exemplars (§III.3.4)
    votingDriver.complete(taskService.createTaskQuery().processInstanceId(votingInstance.getId()).singleResult(),
        withVariables(Fields.EXEMPLAR_DELEGATES, 100, Fields.GUEST_DELEGATES, 40, Fields.PRESIDIUM_SIZE, 9,
            Fields.PRESIDIUM_EXEMPLARS, 3));
    List<String> members = councils.votingMembers(voting.getId());
    for (String member : members.subList(0, members.size() - 1)) {
      votingDriver.complete(voteTaskOf(member), withVariables(Fields.BALLOT, "APPROVE"));
    }
    lastVoter = members.get(members.size() - 1);

    new ConferenceDriver(engine, councils, instanceOf(nominating)).schedule("2025-03-26");

    // the other commune schedules for 20/3 (nominations due 30 days before: 18/2) and never sends them
    new ConferenceDriver(engine, councils, instanceOf(late)).schedule("2025-03-20");
    ConferenceDriver.at(LocalDateTime.of(2025, 2, 21, 8, 0));
    managementService.createJobQuery().processInstanceId(instanceOf(late).getId()).timers().executable().list()
        .forEach(j -> managementService.executeJob(j.getId()));
    assertThat(escalations.findByConferenceIdInOrderById(List.of(late.getId()))).as("the deadline timer fired")
        .hasSize(1);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance instanceOf(Conference conference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("UnitConference")
        .processInstanceBusinessKey(String.valueOf(conference.getId())).singleResult();
  }

  private Task voteTaskOf(String member) {
    return taskService.createTaskQuery().processInstanceId(votingInstance.getId()).taskAssignee(member).singleResult();
  }

  @Test
  void aCouncilMemberVotesInTasklistThroughTheFormAndTheDossierIsNext() {
    Task vote = voteTaskOf(lastVoter);
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", lastVoter, Http.PASSWORD);
      // Vietnamese under the product's name (config.js, locales/vi.json)
      browser.waitForText(By.tagName("body"), "Việc của tôi");
      assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Thi Đua Flow — Công việc")
          .as("no standalone tasks (standaloneTasksEnabled=false): no «Tạo công việc» in the header")
          .doesNotContain("Tạo công việc");
      browser.screenshot("tasklist-1-logged-in");

      WebElement entry = browser.waitFor(By.cssSelector(".tasks-list a[href*='task=" + vote.getId() + "']"));
      entry.click();
      // the member sees what is voted on: the eligible nominees and the proposed composition
      String firstEligible = nominations.findByConferenceIdOrderById(voting.getId()).stream()
          .filter(n -> Boolean.TRUE.equals(n.getEligible())).findFirst().orElseThrow().getNomineeName();
      browser.waitForText(By.cssSelector(".fjs-form-field-table"), firstEligible);
      browser.waitForText(By.tagName("body"), "100 đại biểu điển hình tiên tiến và 40 khách mời (140 người)");
      // the ballot: a mark per nominee — disagree with the first, leave the second blank, agree with the others
      browser.waitFor(By.xpath("//label[normalize-space(.)='Đồng ý']"));
      List<WebElement> agree = browser.driver.findElements(By.xpath("//label[normalize-space(.)='Đồng ý']"));
      List<WebElement> disagree = browser.driver.findElements(By.xpath("//label[normalize-space(.)='Không đồng ý']"));
      int onBallot = ballots.blankBallot(voting.getId()).size();
      assertThat(agree).as("one agree mark per nominee on the ballot").hasSize(onBallot);
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
          disagree.get(0));
      for (WebElement mark : agree.subList(2, agree.size())) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", mark);
      }
      assertThat(browser.driver.findElements(By.xpath("//button[normalize-space(.)='Lưu']")))
          .as("a secret ballot has no draft").allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
      browser.screenshot("tasklist-2-vote-form-filled");
      WebElement completeVote = browser.waitFor(By.cssSelector("button[ng-click='complete()']"));
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", completeVote);
      completeVote.click();

      // the task leaves the member's list
      browser.waitUntilGone(By.cssSelector(".tasks-list a[href*='task=" + vote.getId() + "']"));
      browser.screenshot("tasklist-3-voted");
    }
    assertThat(taskService.createTaskQuery().taskId(vote.getId()).count()).as("the ballot was submitted").isZero();

    votingDriver.executeBallotContinuations();
    // the others agreed with every nominee (one choice for all, over the API): the browser's marks were counted
    List<Integer> agreements = new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForList(
        "select agreements from ballot_count where conference_id = ? order by nomination_id", Integer.class,
        voting.getId());
    int others = councils.votingMembers(voting.getId()).size() - 1;
    assertThat(agreements.get(0)).as("disagreed").isEqualTo(others);
    assertThat(agreements.get(1)).as("left blank: not agreeing").isEqualTo(others);
    assertThat(agreements.subList(2, agreements.size())).allSatisfy(a -> assertThat(a).isEqualTo(others + 1));
    assertThat(votingInstance).isWaitingAt(Elements.SIGN_VOTE_MINUTES);
    votingDriver.signMinutes();
    assertThat(votingInstance).isWaitingAt(Elements.SUBMIT_DOSSIER);
    assertThat(runtimeService.getVariables(votingInstance.getId())).as("the slate is shown only while voting")
        .doesNotContainKeys("proposal", "proposalComposition");
    Task dossier = taskService.createTaskQuery().processInstanceId(votingInstance.getId()).singleResult();

    // the unit's secretary finds the next step, the dossier, in Tasklist
    String secretary = councils.holder(voting.getId(), CouncilRole.UNIT_SECRETARY);
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", secretary, Http.PASSWORD);
      browser.open("/camunda/app/tasklist/default/#/?filter=" + unitFilterId() + "&task=" + dossier.getId());
      WebElement entry = browser.waitFor(By.cssSelector(".tasks-list a[href*='task=" + dossier.getId() + "']"));
      assertThat(entry.getText()).contains(dossier.getName());
      browser.screenshot("tasklist-4-secretary-dossier-next");
    }
  }

  @Test
  void theSecretaryEntersTheNomineesInTheFormAndCorrectsARefusedYear() {
    Task task = taskService.createTaskQuery().processInstanceId(instanceOf(nominating).getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(Elements.SUBMIT_NOMINATIONS);
    String secretary = councils.holder(nominating.getId(), CouncilRole.UNIT_SECRETARY);
    int shown = nominations.findByConferenceIdOrderById(nominating.getId()).size();
    By names = By.xpath(FIELD.formatted("Họ và tên / Tên tập thể", "input"));
    By complete = By.cssSelector("button[ng-click='complete()']");
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", secretary, Http.PASSWORD);
      browser.open("/camunda/app/tasklist/default/#/?filter=" + unitFilterId() + "&task=" + task.getId());
      // the form's list opens with the unit's current nominees, one block each
      browser.waitFor(names);
      assertThat(browser.driver.findElements(names)).hasSize(shown);
      browser.screenshot("tasklist-5-nominations-form-opened");
      // a task of the unit's group is claimed first (Tasklist keeps the form read-only until then)
      browser.click(By.xpath("//*[self::a or self::button][normalize-space()='Nhận việc']"));
      browser.waitForText(By.cssSelector(".tasks-list"), engine.getIdentityService().createUserQuery()
          .userId(secretary).singleResult().getFirstName());
      browser.click(By.cssSelector(".tasks-list a[href*='task=" + task.getId() + "']"));
      browser.waitUntilGone(By.cssSelector(".disabled-form"));
      Browser.waitUpTo(browser.driver, 30).until(d -> {
        var inputs = d.findElements(names);
        return inputs.size() == shown && inputs.get(0).isEnabled();
      });

      type(browser, "Họ và tên / Tên tập thể", "input", "Trần Thị Mai Anh");
      type(browser, "Chức vụ, đơn vị công tác", "input", "Bí thư Chi đoàn ấp Vĩnh Phước");
      type(browser, "Tóm tắt thành tích", "textarea", "Ba năm liền hoàn thành xuất sắc nhiệm vụ; vận động 120 hộ hiến"
          + " đất làm đường.");
      type(browser, "Năm được công nhận", "input", "2031");
      browser.clickInView(browser.waitFor(By.xpath("//label[contains(., 'Đã gửi báo cáo, danh sách đề cử')]")));
      // a form with a dynamic list can be completed (thiduaflow-form-validity.js)
      Browser.waitUpTo(browser.driver, 10)
          .until(d -> d.findElement(complete).isEnabled());
      browser.screenshot("tasklist-6-nominations-form-filled");
      browser.click(complete);

      // refused on the server: the row and field are named, nothing is stored, the form keeps what was typed
      try {
        browser.waitForText(By.tagName("body"), "Đề cử thứ 1 — Năm được công nhận");
      } catch (RuntimeException e) {
        throw new AssertionError("no refusal shown: " + browser.evidence("nominations-refusal"), e);
      }
      browser.screenshot("tasklist-7-nominations-refused");
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
      assertThat(nominations.findByConferenceIdOrderById(nominating.getId())).extracting(n -> n.getNomineeName())
          .doesNotContain("Trần Thị Mai Anh");

      // the secretary closes the message and corrects the year
      browser.driver.findElements(By.cssSelector(".page-notifications .close")).stream()
          .filter(WebElement::isDisplayed).forEach(WebElement::click);
      type(browser, "Năm được công nhận", "input", "2024");
      Browser.waitUpTo(browser.driver, 10)
          .until(d -> d.findElement(complete).isEnabled());
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})",
          browser.driver.findElement(complete));
      browser.click(complete);
      try {
        browser.waitUntilGone(By.cssSelector(".tasks-list a[href*='task=" + task.getId() + "']"));
      } catch (RuntimeException e) {
        throw new AssertionError("not completed: " + browser.driver.findElement(By.tagName("body")).getText()
            .lines().filter(l -> l.contains("Cannot") || l.contains("Đề cử")).toList() + " "
            + browser.evidence("nominations-second"), e);
      }
      browser.screenshot("tasklist-8-nominations-sent");
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the form was submitted").isZero();
    var first = nominations.findByConferenceIdOrderById(nominating.getId()).get(0);
    assertThat(first.getNomineeName()).isEqualTo("Trần Thị Mai Anh");
    assertThat(first.getPosition()).isEqualTo("Bí thư Chi đoàn ấp Vĩnh Phước");
    assertThat(first.getAchievementSummary()).startsWith("Ba năm liền hoàn thành xuất sắc nhiệm vụ");
    assertThat(first.getRecognizedYear()).isEqualTo(2024);
    assertThat(nominations.findByConferenceIdOrderById(nominating.getId())).hasSize(shown);
  }

  /**
   * Replaces what the first block's field (by its label) holds with {@code text}, as a person types it, and waits
   * until it stays typed (form-js may draw the list again, just after the form was enabled, with its state of a moment
   * before: typed again then; {@link TasklistPages#type}).
   */
  private static void type(Browser browser, String label, String tag, String text) {
    TasklistPages.type(browser, 1, label, tag, text);
  }

  /** The input (or textarea) of a form-js field by its label, in every block of a dynamic list. */
  private static final String FIELD = "//%2$s[@id = //label[contains(., '%1$s')]/@for]";

  private String unitFilterId() {
    return engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị tôi").singleResult().getId();
  }

  @Test
  void theStandingOfficeSeesTheLateCommuneHighlightedOnTheDashboard() {
    String office = councils.holder(district.getId(), CouncilRole.STANDING_OFFICE);
    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", office, Http.PASSWORD);
      browser.open("/camunda/app/cockpit/default/#/thi-dua?campaign=" + campaign.getId());
      browser.waitFor(By.cssSelector("table.tdf-units"));
      assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Thi Đua Flow — Giám sát")
          .contains("Quy trình").contains("Theo dõi tiến độ đợt thi đua");
      browser.screenshot("cockpit-1-dashboard");

      List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.tdf-units tbody tr"));
      assertThat(rows).hasSize(10);
      WebElement lateRow = browser.driver.findElement(
          By.cssSelector("tr[data-unit-code='" + late.getUnitCode() + "']"));
      assertThat(lateRow.getDomAttribute("class")).contains("tdf-overdue");
      assertThat(lateRow.getText()).contains(late.getUnitName()).contains("Quá hạn")
          .contains("Hạn gửi danh sách đề cử (hạn 18/02/2025)");
      assertThat(lateRow.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
      assertThat(browser.driver.findElements(By.cssSelector("tr.tdf-overdue"))).as("only the late commune")
          .hasSize(1);
      WebElement votingRow = browser.driver.findElement(
          By.cssSelector("tr[data-unit-code='" + voting.getUnitCode() + "']"));
      assertThat(votingRow.getDomAttribute("class")).doesNotContain("tdf-overdue");
      assertThat(browser.driver.findElement(By.cssSelector("[data-stage='OVERDUE'] .tdf-count")).getText())
          .isEqualTo("1");

      // the overdue tile filters the table down to the late unit; its link opens the instance in Cockpit
      browser.driver.findElement(By.cssSelector("[data-stage='OVERDUE']")).click();
      browser.waitForText(By.cssSelector(".tdf-summary"), "trong 1 ");
      browser.screenshot("cockpit-2-overdue-only");
      browser.driver.findElement(By.cssSelector("tr.tdf-overdue a")).click();
      browser.waitForText(By.cssSelector("body"), instanceOf(late).getId());
      assertThat(browser.driver.getCurrentUrl()).contains("#/process-instance/" + instanceOf(late).getId());
      browser.screenshot("cockpit-3-late-instance");
    }
  }
}

package vn.thiduaflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduaflow.browser.TasklistPages.check;
import static vn.thiduaflow.browser.TasklistPages.choose;
import static vn.thiduaflow.browser.TasklistPages.chooseField;
import static vn.thiduaflow.browser.TasklistPages.complete;
import static vn.thiduaflow.browser.TasklistPages.radio;
import static vn.thiduaflow.browser.TasklistPages.type;
import static vn.thiduaflow.browser.TasklistPages.typeField;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduaflow.attachment.AttachmentFiles;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceGuest;
import vn.thiduaflow.conference.ConferenceHeldService;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.plan.model.CouncilRole;
import vn.thiduaflow.security.Http;
import vn.thiduaflow.security.ThiDuaFlowHttpTest;
import vn.thiduaflow.system.ProcessModel.Elements;

/**
 * Issue 21 "done when": one unit's whole conference through Tasklist's own pages and Cockpit's dashboard, each step by
 * the person whose task it is, in headless Chromium (Debian's, in Vietnamese). Test plan test-walk-tra-giang: Xã Trà
 * Giang (21118, below Huyện Trà Bồng, 525), which no other test opens; two permitted forms; the programme approves the
 * delegates to the upper conference, quota 1 collective and 2 individuals; the commune's sample council of 7.
 *
 * <ol>
 *   <li>the secretary schedules: the card names the unit, the form shows the plan's window, the select offers the
 *       plan's two forms only; the unit's staff count is unknown and left empty, which the server refuses in
 *       Vietnamese; with the count the schedule is stored;</li>
 *   <li>the secretary enters five nominees (four individuals, one collective) in the dynamic list;</li>
 *   <li>the standing office proposes the composition with 1 collective and 2 individuals to the upper conference;</li>
 *   <li>the 7 members vote per nominee, each in their own Tasklist (one individual falls short); the chair signs;</li>
 *   <li>the secretary uploads a signed PDF of each of the plan's four dossier documents in the tab and sends;</li>
 *   <li>the upper council's reviewer of Trà Bồng returns the dossier with one document «Cần sửa» and its reason; the
 *       secretary's new task says which and why; a new file is uploaded, sent again, and approved;</li>
 *   <li>on the conference day the office records it held: the prefilled date, attendance, a guest by name, the upper
 *       delegates by name (exactly the voted numbers), the signed minutes in the tab; the record is in the database;</li>
 *   <li>every document link of the forms and the tab is fetched in the browser's session (status 200, PK or %PDF);</li>
 *   <li>after the report job the instance has ended; the chair opens the dashboard in Cockpit, follows the unit's
 *       document link and its record page;</li>
 *   <li>no page shows English UI words ({@link TasklistPages#ENGLISH}).</li>
 * </ol>
 * What the product did not do as described is collected and asserted at the end, so that one walk names every
 * deviation. Screenshots: {@code target/screenshots/walk-NN-*.png}.
 */
@ThiDuaFlowHttpTest
class ConferenceWalkBrowserTest {

  private static final String PLAN = "test-walk-tra-giang";
  private static final String UNIT = "21118";
  private static final String UNIT_NAME = "Xã Trà Giang";
  private static final LocalDate DAY = LocalDate.of(2025, 3, 27);
  /** The nominees entered: kind, name, position, title, year, source; and how many of the 7 members agree. */
  private static final String[][] NOMINEES = {
      {"Cá nhân", "Hồ Văn Thành", "Trưởng thôn Trà Lạc", "Chiến sĩ thi đua", "2024", "Tổ dân phố / thôn"},
      {"Cá nhân", "Đinh Thị Hoa", "Giáo viên Trường Tiểu học Trà Giang", "Điển hình tiên tiến", "2024", "Cơ quan, đơn vị"},
      {"Cá nhân", "Phạm Văn Lộc", "Chủ tịch Hội Cựu chiến binh xã", "Điển hình tiên tiến", "2023", "Đoàn thể"},
      {"Tập thể", "Hợp tác xã Nông nghiệp Trà Giang", "", "Điển hình tiên tiến", "2024", "Cơ quan, đơn vị"},
      {"Cá nhân", "Lê Thị Mai", "Hội viên Hội Phụ nữ", "Gương người tốt, việc tốt", "2022", "Đoàn thể"}};
  private static final int[] AGREEING = {7, 5, 4, 7, 2};
  /** The plan's four dossier documents (the general rule's) and the file uploaded for each. */
  private static final Map<String, String> DOSSIER = new LinkedHashMap<>();

  static {
    DOSSIER.put("plan", "ke-hoach-to-chuc.pdf");
    DOSSIER.put("schedule", "lich-to-chuc.pdf");
    DOSSIER.put("summary-report", "bao-cao-tong-ket.pdf");
    DOSSIER.put("programme", "chuong-trinh.pdf");
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ConferenceQueries conferences;
  @Autowired ConferenceHeldService held;
  @Autowired CouncilAccounts accounts;
  @Autowired CouncilDirectory councils;
  @Autowired NominationRepository nominations;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired javax.sql.DataSource dataSource;

  private TasklistPages pages;
  private Campaign campaign;
  private ProcessInstance unit;
  private Long conferenceId;
  private Path files;
  /** English words seen, by screenshot. */
  private final Map<String, List<String>> english = new LinkedHashMap<>();
  /** Every link fetched in a session, with what it gave. */
  private final List<Browser.Fetched> fetched = new ArrayList<>();
  private final Set<String> fetchedPaths = new LinkedHashSet<>();
  /** What the product did not do as described, with the screenshot that shows it. */
  private final List<String> deviations = new ArrayList<>();

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
    if (files != null) {
      org.springframework.util.FileSystemUtils.deleteRecursively(files.toFile());
    }
  }

  @Test
  void oneUnitsConferenceFromScheduleToItsRecordThroughTheWebapps() throws Exception {
    AbstractAssertions.init(engine);
    Http.ensureAdmin(engine);
    pages = new TasklistPages(engine);
    files = Files.createTempDirectory("thiduaflow-walk");
    ConferenceDriver.at(LocalDateTime.of(2025, 1, 2, 8, 0));
    campaign = campaigns.start(PLAN);
    accounts.ensureAccounts(campaign, Http.PASSWORD, "walk.test");
    unit = runtimeService.createProcessInstanceQuery().superProcessInstanceId(campaign.getProcessInstanceId())
        .singleResult();
    conferenceId = Long.valueOf(unit.getBusinessKey());
    Conference conference = conferences.get(conferenceId);
    assertThat(conference.getUnitCode()).isEqualTo(UNIT);
    // the unit's people enter its nominees; and its staff count is not known yet (as on real data, no sample figure)
    nominations.deleteAll(nominations.findByConferenceIdOrderById(conferenceId));
    new JdbcTemplate(dataSource).update("update conference set staff_count = null, staff_count_sample = false "
        + "where id = ?", conferenceId);

    String secretary = councils.holder(conferenceId, CouncilRole.UNIT_SECRETARY);
    String office = councils.holder(conferenceId, CouncilRole.STANDING_OFFICE);
    String chair = councils.holder(conferenceId, CouncilRole.CHAIR);
    String reviewer = councils.holder(conferences.structureOf(conference), conference.getUpperUnitCode(),
        CouncilRole.UPPER_COUNCIL);

    // one browser handed from person to person (each logs in on Tasklist's form), rather than a new Chromium for each
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", secretary, Http.PASSWORD);
      schedule(browser);
      nominate(browser);
      browser.loginAs("tasklist", office, Http.PASSWORD);
      compose(browser);
      vote(browser);
      browser.loginAs("tasklist", chair, Http.PASSWORD);
      signMinutes(browser);
      browser.loginAs("tasklist", secretary, Http.PASSWORD);
      submitDossier(browser);
      browser.loginAs("tasklist", reviewer, Http.PASSWORD);
      review(browser, false);
      browser.loginAs("tasklist", secretary, Http.PASSWORD);
      resubmitDossier(browser);
      browser.loginAs("tasklist", reviewer, Http.PASSWORD);
      review(browser, true);
      ConferenceDriver.at(DAY.atTime(17, 0));
      browser.loginAs("tasklist", office, Http.PASSWORD);
      recordHeld(browser);
      endTheInstance();
      browser.loginAs("cockpit", chair, Http.PASSWORD);
      dashboard(browser);
    }

    // 8. every document was downloaded from a link and is what its name says
    Files.createDirectories(Browser.SCREENSHOTS);
    Files.writeString(Browser.SCREENSHOTS.resolve("walk-links.txt"), String.join("\n", fetched.stream()
        .map(Browser.Fetched::toString).toList()));
    assertThat(fetched).allSatisfy(f -> assertThat(f.status()).as(f.path()).isEqualTo(200));
    for (String document : List.of("nominees.xlsx", "delegates.xlsx", "programme.docx", "summary-report.docx",
        "vote-minutes.xlsx")) {
      assertThat(fetched).as(document).anyMatch(f -> f.path().endsWith("/" + document) && f.head().startsWith("PK"));
    }
    // the four dossier files, the corrected summary report (its row may keep its id) and the minutes, each a PDF
    long pdfs = fetched.stream().filter(f -> f.head().startsWith("%PDF") && !f.path().endsWith("/view"))
        .map(f -> f.path() + " " + f.size()).distinct().count();
    assertThat(pdfs).as("the six uploaded files, each fetched").isGreaterThanOrEqualTo(6);

    // 10. and no English on any page; every deviation of the walk
    Files.writeString(Browser.SCREENSHOTS.resolve("walk-english.txt"), english.toString());
    english.forEach((page, words) -> deviations.add(page + ": English text " + words));
    Files.writeString(Browser.SCREENSHOTS.resolve("walk-deviations.txt"), String.join("\n", deviations));
    assertThat(deviations).as("what the product did not do as described").isEmpty();
  }

  // 1. ------------------------------------------------------------------------------------------------------------

  private void schedule(Browser browser) {
    Task task = pages.only(unit, Elements.SCHEDULE_CONFERENCE);
    pages.claimAndOpen(browser, task);
    assertThat(browser.driver.findElement(TasklistPages.entry(task)).getText())
        .contains("Lên lịch và chọn hình thức hội nghị — " + UNIT_NAME);
    browser.waitForText(By.tagName("body"), "Thời gian tổ chức theo Kế hoạch: từ 01/01/2025 đến 31/03/2025");
    assertThat(TasklistPages.options(browser, "Hình thức tổ chức")).containsExactlyInAnyOrder(
        "Hội nghị Tuyên dương điển hình tiên tiến", "Hội nghị Điển hình tiên tiến");
    look(browser, "01-schedule-opened");
    chooseField(browser, "Hình thức tổ chức", "Hội nghị Tuyên dương điển hình tiên tiến");
    typeDate(browser, "27/03/2025");
    // the staff count is left empty: the server needs it (plenary or delegate conference) and refuses
    complete(browser);
    String refusal = "Chưa nhập số cán bộ, công chức, người lao động của đơn vị";
    try {
      browser.waitForText(By.tagName("body"), refusal);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no refusal shown: " + browser.evidence("walk-schedule-refusal"), e);
    }
    look(browser, "02-schedule-refused");
    String body = browser.visibleText();
    expect(!body.contains("ENGINE-") && !body.contains("Cannot submit"), "02-schedule-refused",
        "the refusal shows the engine's wrapping (ENGINE-/Cannot submit)");
    expect(!browser.driver.findElements(By.xpath("//div[contains(@class,'fjs-form-field-number')]"
        + "[.//label[contains(., 'Số cán bộ')]]//*[contains(@class,'tdf-refusal')][contains(., " + Browser.xpathLiteral(
            refusal) + ")]")).isEmpty(), "02-schedule-refused", "the refusal is not shown under «Số cán bộ…»");
    expect(!browser.driver.findElements(By.xpath("//*[contains(@class,'page-notifications')]//*[contains(., "
        + Browser.xpathLiteral(refusal) + ")]")).isEmpty(), "02-schedule-refused",
        "Tasklist's notification does not show the Vietnamese message");
    assertThat(conferences.get(conferenceId).getScheduledOn()).as("nothing stored").isNull();
    closeNotifications(browser);
    typeField(browser, "Số cán bộ, công chức", "120");
    complete(browser);
    waitDone(browser, task, "walk-schedule-second");
    Conference c = conferences.get(conferenceId);
    assertThat(c.getScheduledOn()).isEqualTo(DAY);
    assertThat(c.getStaffCount()).isEqualTo(120);
  }

  /** Types a day (dd/MM/yyyy) into the form's date field and leaves it. */
  private static void typeDate(Browser browser, String day) {
    WebElement input = browser.waitFor(By.cssSelector(".fjs-form-field-datetime input"));
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.TAB);
    Browser.waitUpTo(browser.driver, 5).until(d -> day.equals(d.findElement(
        By.cssSelector(".fjs-form-field-datetime input")).getDomProperty("value")));
  }

  // 2. ------------------------------------------------------------------------------------------------------------

  private void nominate(Browser browser) {
    Task task = pages.waitForTask(unit, Elements.SUBMIT_NOMINATIONS);
    pages.claimAndOpen(browser, task);
    assertThat(browser.driver.findElement(TasklistPages.entry(task)).getText()).contains(" — " + UNIT_NAME);
    fetchFormLinks(browser);
    for (int i = 0; i < NOMINEES.length; i++) {
      while (browser.driver.findElements(By.xpath(TasklistPages.ROW.formatted(i + 1))).isEmpty()) {
        browser.clickInView(browser.waitFor(By.cssSelector(".fjs-repeat-render-add")));
      }
      String[] n = NOMINEES[i];
      // the choices first, then the texts: one wait for form-js's debounced change per row, not one per
      // choice after a text
      choose(browser, i + 1, "Cá nhân / Tập thể", n[0]);
      choose(browser, i + 1, "Danh hiệu đề nghị", n[3]);
      choose(browser, i + 1, "Nguồn đề cử", n[5]);
      type(browser, i + 1, "Họ và tên / Tên tập thể", "input", n[1]);
      type(browser, i + 1, "Chức vụ, đơn vị công tác", "input", n[2]);
      type(browser, i + 1, "Năm được công nhận", "input", n[4]);
      type(browser, i + 1, "Tóm tắt thành tích", "textarea", "Hoàn thành xuất sắc nhiệm vụ năm " + n[4]);
    }
    check(browser, "Đã gửi báo cáo, danh sách đề cử");
    look(browser, "03-nominees-entered");
    complete(browser);
    waitDone(browser, task, "walk-nominations");
    assertThat(nominations.findByConferenceIdOrderById(conferenceId)).extracting(Nomination::getNomineeName)
        .containsExactly(java.util.Arrays.stream(NOMINEES).map(n -> n[1]).toArray(String[]::new));
  }

  // 3. ------------------------------------------------------------------------------------------------------------

  private void compose(Browser browser) {
    Task task = pages.waitForTask(unit, Elements.PROPOSE_COMPOSITION);
    pages.claimAndOpen(browser, task);
    browser.waitForText(By.tagName("body"), "Đại biểu đi dự hội nghị cấp trên: tối đa 1 tập thể, 2 cá nhân");
    fetchFormLinks(browser);
    typeField(browser, "Đại biểu điển hình tiên tiến", "100");
    typeField(browser, "Đại biểu khách mời, lãnh đạo các cấp", "40");
    typeField(browser, "Số thành viên Đoàn Chủ tịch", "3");
    typeField(browser, "Trong đó: Anh hùng, Chiến sĩ thi đua", "0");
    typeField(browser, "Đại biểu tập thể đi dự hội nghị cấp trên", "1");
    typeField(browser, "Đại biểu cá nhân đi dự hội nghị cấp trên", "2");
    look(browser, "04-composition-entered");
    complete(browser);
    waitDone(browser, task, "walk-composition");
    if (pages.only(unit, Elements.MAINTAIN_COUNCIL) != null) {
      throw new AssertionError("the commune's sample council was expected to be complete; «Kiện toàn Hội đồng» opened");
    }
    Conference c = conferences.get(conferenceId);
    assertThat(c.getUpperCollectives()).isEqualTo(1);
    assertThat(c.getUpperIndividuals()).isEqualTo(2);
  }

  // 4. ------------------------------------------------------------------------------------------------------------

  private void vote(Browser browser) {
    List<String> voters = councils.votingMembers(conferenceId);
    assertThat(voters).hasSize(7);
    List<String> names = java.util.Arrays.stream(NOMINEES).map(n -> n[1]).toList();
    for (int m = 0; m < voters.size(); m++) {
      String member = voters.get(m);
      Task vote = taskService.createTaskQuery().processInstanceId(unit.getId()).taskAssignee(member).singleResult();
      assertThat(vote).as(member + "'s ballot").isNotNull();
      browser.loginAs("tasklist", member, Http.PASSWORD);
      browser.open("/camunda/app/tasklist/default/#/?task=" + vote.getId());
      browser.waitFor(By.xpath("//label[normalize-space(.)='Đồng ý']"));
      List<WebElement> agree = browser.driver.findElements(By.xpath("//label[normalize-space(.)='Đồng ý']"));
      List<WebElement> disagree = browser.driver.findElements(By.xpath("//label[normalize-space(.)='Không đồng ý']"));
      // the ballot's rows name their nominee (a read-only field of each row), in the ballot's order
      List<String> shown = browser.driver.findElements(By.xpath("//input[@id = //label[contains(., "
          + "'Người được đề nghị')]/@for]")).stream().map(e -> e.getDomProperty("value")).toList();
      assertThat(agree).as("one mark per nominee").hasSize(NOMINEES.length);
      assertThat(shown).as("the ballot names the nominees").hasSize(NOMINEES.length);
      for (int row = 0; row < shown.size(); row++) {
        String named = shown.get(row); // "1. Hồ Văn Thành — Chiến sĩ thi đua — Xã Trà Giang"
        int n = java.util.stream.IntStream.range(0, names.size()).filter(k -> named.contains(names.get(k)))
            .findFirst().orElseThrow(() -> new AssertionError("ballot row names no nominee: " + named));
        browser.clickInView(m < AGREEING[n] ? agree.get(row) : disagree.get(row));
      }
      if (m == 0) {
        fetchFormLinks(browser);
        look(browser, "05-ballot-marked");
      }
      complete(browser);
      Browser.waitUpTo(browser.driver, 30).until(d -> taskService.createTaskQuery()
          .taskId(vote.getId()).count() == 0);
    }
    new ConferenceDriver(engine, councils, unit).executeBallotContinuations();
  }

  private void signMinutes(Browser browser) {
    Task task = pages.waitForTask(unit, Elements.SIGN_VOTE_MINUTES);
    pages.claimAndOpen(browser, task);
    browser.waitForText(By.cssSelector(".fjs-form-field-table"), "Hồ Văn Thành");
    assertThat(browser.driver.findElement(By.cssSelector(".fjs-form-field-table")).getText())
        .contains("7/7", "5/7", "4/7", "2/7", "Được thông qua", "Không đạt");
    fetchFormLinks(browser);
    check(browser, "Đã công bố kết quả kiểm phiếu");
    look(browser, "06-minutes-signed");
    complete(browser);
    waitDone(browser, task, "walk-sign-minutes");
    assertThat(nominations.findByConferenceIdOrderById(conferenceId).stream()
        .filter(n -> Boolean.TRUE.equals(n.getApproved())).map(Nomination::getNomineeName))
        .containsExactly("Hồ Văn Thành", "Đinh Thị Hoa", "Phạm Văn Lộc", "Hợp tác xã Nông nghiệp Trà Giang");
  }

  // 5., 6. --------------------------------------------------------------------------------------------------------

  private void submitDossier(Browser browser) throws Exception {
    Task task = pages.waitForTask(unit, Elements.SUBMIT_DOSSIER);
    pages.claimAndOpen(browser, task);
    browser.waitForText(By.tagName("body"), "Tài liệu của hồ sơ");
    assertThat(browser.visibleText()).contains("1. Kế hoạch tổ chức Hội nghị của đơn vị", "2. Lịch tổ chức Hội nghị",
        "3. Báo cáo tổng kết phong trào thi đua yêu nước 5 năm", "4. Nội dung, chương trình Hội nghị");
    look(browser, "07-dossier-opened");
    fetchFormLinks(browser);
    for (var d : DOSSIER.entrySet()) {
      assertThat(browser.uploadDocument(d.getKey(), pdf(d.getValue()))).isEqualTo(d.getValue());
    }
    fetchTabLinks(browser);
    look(browser, "08-dossier-uploaded");
    openForm(browser);
    browser.waitForText(By.tagName("body"), DOSSIER.get("programme"));
    complete(browser);
    waitDone(browser, task, "walk-dossier");
  }

  private void review(Browser browser, boolean approve) {
    Task task = pages.waitForTask(unit, Elements.REVIEW_DOSSIER);
    pages.claimAndOpen(browser, task);
    assertThat(browser.driver.findElement(TasklistPages.entry(task)).getText())
        .contains("Thẩm định hồ sơ hội nghị — " + UNIT_NAME);
    browser.waitForText(By.tagName("body"), "Tài liệu của hồ sơ");
    // each document with a link to its file
    for (String file : approve ? List.of(DOSSIER.get("plan"), "bao-cao-tong-ket-da-sua.pdf") : DOSSIER.values()) {
      assertThat(browser.driver.findElements(By.xpath("//div[contains(@class,'fjs-container')]//a[normalize-space()="
          + Browser.xpathLiteral(file) + "]"))).as("a link to " + file).isNotEmpty();
    }
    fetchFormLinks(browser);
    // one finding per document (rows of a list without add and remove: no row containers), in the plan's order
    List<WebElement> accepted = browser.driver.findElements(By.xpath("//label[normalize-space(.)='Đạt']"));
    List<WebElement> revision = browser.driver.findElements(By.xpath("//label[normalize-space(.)='Cần sửa']"));
    List<WebElement> reasons = browser.driver.findElements(By.xpath("//textarea[@id = //label[contains(., "
        + "'Lý do cần sửa')]/@for]"));
    assertThat(accepted).as("one finding per document").hasSize(DOSSIER.size());
    assertThat(reasons).hasSize(DOSSIER.size());
    for (int row = 0; row < accepted.size(); row++) {
      boolean revise = !approve && row == 2; // the summary report
      browser.clickInView(revise ? revision.get(row) : accepted.get(row));
      if (revise) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", reasons.get(row));
        reasons.get(row).sendKeys("Thiếu số liệu khen thưởng năm 2024");
      }
    }
    radio(browser, 0, approve ? "Chấp thuận" : "Trả lại để hoàn chỉnh");
    look(browser, approve ? "11-review-approved" : "09-review-returned");
    complete(browser);
    waitDone(browser, task, "walk-review");
  }

  private void resubmitDossier(Browser browser) throws Exception {
    Task task = pages.waitForTask(unit, Elements.SUBMIT_DOSSIER);
    pages.claimAndOpen(browser, task);
    browser.waitForText(By.tagName("body"), "Thiếu số liệu khen thưởng năm 2024");
    String text = browser.visibleText();
    assertThat(text).contains("Hồ sơ bị trả lại").contains("Báo cáo tổng kết phong trào thi đua yêu nước 5 năm");
    assertThat(text.lines().filter(l -> l.contains("Thiếu số liệu khen thưởng năm 2024")).toList())
        .as("the returned document named with its reason")
        .anyMatch(l -> l.contains("Báo cáo tổng kết") && l.toLowerCase().contains("cần sửa"));
    look(browser, "10-dossier-returned-to-secretary");
    assertThat(browser.uploadDocument("summary-report", pdf("bao-cao-tong-ket-da-sua.pdf")))
        .isEqualTo("bao-cao-tong-ket-da-sua.pdf");
    fetchTabLinks(browser);
    openForm(browser);
    browser.waitForText(By.tagName("body"), "bao-cao-tong-ket-da-sua.pdf");
    complete(browser);
    waitDone(browser, task, "walk-resubmit");
  }

  // 7. ------------------------------------------------------------------------------------------------------------

  private void recordHeld(Browser browser) throws Exception {
    Task task = pages.waitForTask(unit, Elements.HOLD_CONFERENCE);
    pages.claimAndOpen(browser, task);
    // the minutes first: the tab reloads the page after an upload, which would drop what the form holds
    browser.uploadDocument("conference-minutes", pdf("bien-ban-hoi-nghi.pdf"));
    assertThat(browser.driver.findElement(By.cssSelector(".tdf-document[data-document-code='conference-minutes']"))
        .getText()).contains("Biên bản Hội nghị");
    fetchTabLinks(browser);
    openForm(browser);
    Browser.waitUpTo(browser.driver, 30).until(d -> "27/03/2025".equals(d.findElement(
        By.cssSelector(".fjs-form-field-datetime input")).getDomProperty("value")));
    browser.waitForText(By.tagName("body"), "chọn đúng 1 tập thể và 2 cá nhân");
    fetchFormLinks(browser);
    typeField(browser, "Số người dự", "130");
    while (browser.driver.findElements(By.xpath(TasklistPages.ROW.formatted(1))).isEmpty()) {
      browser.clickInView(browser.waitFor(By.cssSelector(".fjs-repeat-render-add")));
    }
    type(browser, 1, "Họ và tên", "input", "Nguyễn Văn Khách");
    type(browser, 1, "Chức vụ, cơ quan", "input", "Phó Chủ tịch UBND huyện Trà Bồng");
    // the checklist offers the approved nominees only; the collective and two of the three individuals are chosen
    List<String> offered = browser.driver.findElements(By.xpath("//div[contains(@class,'fjs-form-field-checklist')]"
        + "//label[contains(@class,'fjs-form-field-label')][.//input]")).stream().map(WebElement::getText).toList();
    assertThat(String.join("\n", offered)).contains("Hồ Văn Thành", "Đinh Thị Hoa", "Phạm Văn Lộc",
        "Hợp tác xã Nông nghiệp Trà Giang").doesNotContain("Lê Thị Mai");
    check(browser, "Hồ Văn Thành (cá nhân)");
    check(browser, "Phạm Văn Lộc (cá nhân)");
    check(browser, "Hợp tác xã Nông nghiệp Trà Giang (tập thể)");
    check(browser, "Chương trình thực hiện đủ");
    look(browser, "12-held-entered");
    complete(browser);
    waitDone(browser, task, "walk-held");
    Conference c = conferences.get(conferenceId);
    assertThat(c.getHeldOn()).isEqualTo(DAY);
    assertThat(c.getAttendeeCount()).isEqualTo(130);
    assertThat(held.guestsOf(conferenceId)).extracting(ConferenceGuest::getName, ConferenceGuest::getTitle)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Khách", "Phó Chủ tịch UBND huyện Trà Bồng"));
    assertThat(nominations.findByConferenceIdOrderById(conferenceId).stream().filter(Nomination::isUpperDelegate)
        .map(Nomination::getNomineeName)).containsExactly("Hồ Văn Thành", "Phạm Văn Lộc",
        "Hợp tác xã Nông nghiệp Trà Giang");
  }

  // 9. ------------------------------------------------------------------------------------------------------------

  /** The report of the results runs as jobs of the unit's and the campaign's instances (job executor off). */
  private void endTheInstance() {
    for (int round = 0; round < 3; round++) {
      for (String instance : new String[] {unit.getId(), campaign.getProcessInstanceId()}) {
        managementService.createJobQuery().processInstanceId(instance).messages().list()
            .forEach(j -> managementService.executeJob(j.getId()));
      }
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(unit.getId()).singleResult()
        .getEndTime()).as("the conference's instance has ended").isNotNull();
  }

  private void dashboard(Browser browser) {
    browser.open("/camunda/app/cockpit/default/#/thi-dua?campaign=" + campaign.getId());
    WebElement row = browser.waitFor(By.cssSelector("tr.tdf-unit[data-unit-code='" + UNIT + "']"));
    assertThat(row.getText()).contains(UNIT_NAME).contains("27/03/2025");
    look(browser, "13-dashboard");
    List<WebElement> links = row.findElements(By.cssSelector(".tdf-documents a"));
    assertThat(links).as("the unit's document links").isNotEmpty();
    for (WebElement link : links) {
      fetch(browser, link.getDomAttribute("href"), link.getText());
    }
    row.findElement(By.cssSelector("a.tdf-record-link")).click();
    browser.waitFor(By.cssSelector(".tdf-record .tdf-instance, .tdf-record .tdf-error"));
    look(browser, "14-record-after-end");
    String page = browser.visibleText();
    assertThat(page).as("the record, not an error").doesNotContain("Không tải được", "Không hiển thị được");
    assertThat(page).contains("Hồ sơ hội nghị — " + UNIT_NAME).contains("Quy trình hội nghị đã kết thúc lúc")
        .contains("27/03/2025").contains("130").contains("Hồ Văn Thành").contains("Hợp tác xã Nông nghiệp Trà Giang")
        .contains("Trả lại").contains("Duyệt");
    expect(page.contains("Thiếu số liệu khen thưởng năm 2024"), "14-record-after-end",
        "the record's review table does not give the returned document's reason «Thiếu số liệu khen thưởng năm 2024»");
    expect(page.contains("Nguyễn Văn Khách"), "14-record-after-end",
        "the record page does not list the guest «Nguyễn Văn Khách» recorded at the conference");
    expect(page.contains("Tài liệu đã tải lên") && page.contains("Biên bản Hội nghị"), "14-record-after-end",
        "the record page does not link the signed minutes and dossier scans uploaded to the ended conference");
    for (WebElement link : browser.driver.findElements(By.cssSelector(".tdf-record .tdf-documents a"))) {
      fetch(browser, link.getDomAttribute("href"), link.getText());
    }
  }

  // helpers -------------------------------------------------------------------------------------------------------

  /** A screenshot {@code walk-<name>.png} and the page's English words, if any. */
  private void look(Browser browser, String name) {
    browser.screenshot("walk-" + name);
    List<String> words = TasklistPages.englishOn(browser);
    if (!words.isEmpty()) {
      english.put("walk-" + name + ".png", words);
    }
  }

  private void expect(boolean ok, String screenshot, String what) {
    if (!ok) {
      deviations.add("walk-" + screenshot + ".png: " + what);
    }
  }

  /** Fetches every document link of the form (the brief's "Văn bản" links, the dossier's files and drafts). */
  private void fetchFormLinks(Browser browser) {
    for (WebElement a : browser.driver.findElements(By.cssSelector(".fjs-container a[href]"))) {
      fetch(browser, a.getDomAttribute("href"), a.getText());
    }
  }

  /** Fetches every download link of the tab «Hồ sơ đính kèm» (it is open). */
  private void fetchTabLinks(Browser browser) {
    for (WebElement a : browser.driver.findElements(By.cssSelector(".tdf-attachments a[href]"))) {
      fetch(browser, a.getDomAttribute("href"), a.getDomAttribute("title") + " " + a.getText());
    }
  }

  private void fetch(Browser browser, String href, String label) {
    // the application's own links (form-js's "powered by bpmn.io" and Cockpit's pages are no documents)
    if (href == null || !href.startsWith("/") || !fetchedPaths.add(href + " " + label)) {
      return;
    }
    Browser.Fetched f = browser.fetchInSession(href);
    fetched.add(f);
    assertThat(f.status()).as(label + " " + href).isEqualTo(200);
    if (href.endsWith(".xlsx") || href.endsWith(".docx")) {
      assertThat(f.head()).as(label + " " + href).startsWith("PK");
    }
  }

  /** Back to the task's form tab. */
  private static void openForm(Browser browser) {
    browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Biểu mẫu']"));
    browser.waitFor(By.cssSelector(".fjs-container"));
  }

  private static void closeNotifications(Browser browser) {
    browser.driver.findElements(By.cssSelector(".page-notifications .close")).stream()
        .filter(WebElement::isDisplayed).forEach(WebElement::click);
  }

  /** Waits until the completed task has left the list; else what the page says. */
  private void waitDone(Browser browser, Task task, String evidence) {
    try {
      Browser.waitUpTo(browser.driver, 30).until(d -> taskService.createTaskQuery()
          .taskId(task.getId()).count() == 0);
      browser.waitUntilGone(TasklistPages.entry(task));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(task.getName() + " not completed: " + browser.visibleText().lines()
          .filter(l -> !l.isBlank()).limit(60).toList() + " " + browser.evidence(evidence), e);
    }
  }

  /** A small PDF of its own content (a comment with its name after the end), so that each file is told apart. */
  private Path pdf(String name) throws java.io.IOException {
    byte[] pdf = AttachmentFiles.pdf();
    byte[] mark = ("\n% " + name + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] content = java.util.Arrays.copyOf(pdf, pdf.length + mark.length);
    System.arraycopy(mark, 0, content, pdf.length, mark.length);
    return Files.write(files.resolve(name), content);
  }
}

package vn.thiduaflow.submission;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.springframework.context.ApplicationContext;
import vn.thiduaflow.attachment.AttachmentFiles;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignService;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.process.ConferenceDriver;
import vn.thiduaflow.council.CouncilAccounts;
import vn.thiduaflow.council.CouncilDirectory;
import vn.thiduaflow.dossier.ConferenceDocumentService;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.ProcessModel.Elements;
import vn.thiduaflow.system.ProcessModel.Fields;
import vn.thiduaflow.system.ProcessModel.Vars;

/**
 * The set-up the tests of issue 22's submissions, duties and committee share: a campaign started with its lower
 * conferences' message jobs run, a unit's conference, instance, tasks and executable timers found by unit code, a small
 * signed PDF uploaded as a conference document, the organizing committee set up.
 */
public final class SubmissionFixture {

  /** A small signed PDF (the bytes of {@link AttachmentFiles#pdf()}). */
  public static final byte[] PDF = AttachmentFiles.pdf();

  /** A committee with a head, a deputy head in the content sub-committee and a member in the publicity one. */
  public static final String COMMITTEE_MEMBERS =
      "[{\"fullName\":\"Hoàng Văn Minh\",\"role\":\"HEAD\",\"subCommittee\":\"NONE\"},"
          + "{\"fullName\":\"Lý Thị Hoa\",\"role\":\"DEPUTY_HEAD\",\"subCommittee\":\"CONTENT\"},"
          + "{\"fullName\":\"Nông Văn Tài\",\"role\":\"MEMBER\",\"subCommittee\":\"COMMUNICATION\"}]";

  private final ProcessEngine engine;
  private final CampaignService campaigns;
  private final ConferenceQueries conferences;
  private final CouncilDirectory councils;
  private final CouncilAccounts accounts;
  private final ConferenceDocumentService documents;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private Campaign campaign;

  public SubmissionFixture(ApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.campaigns = context.getBean(CampaignService.class);
    this.conferences = context.getBean(ConferenceQueries.class);
    this.councils = context.getBean(CouncilDirectory.class);
    this.accounts = context.getBean(CouncilAccounts.class);
    this.documents = context.getBean(ConferenceDocumentService.class);
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
  }

  /**
   * Starts the plan's campaign at the given engine time with the sample accounts ({@code accountSuffix} their mail
   * domain), then runs its message jobs until none is left (the lower conferences start asynchronously, one job each).
   */
  public Campaign start(String planId, LocalDateTime at, String accountSuffix) {
    AbstractAssertions.init(engine);
    ConferenceDriver.at(at);
    campaign = campaigns.start(planId);
    accounts.ensureAccounts(campaign, vn.thiduaflow.security.Http.PASSWORD, accountSuffix);
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().rootProcessInstanceId(campaign.getProcessInstanceId())
        .executable().messages().list()).isEmpty()) {
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
    return campaign;
  }

  public Campaign campaign() {
    return campaign;
  }

  /** Resets the engine clock and deletes the started campaign's instance, if one was started. */
  public void end() {
    ClockUtil.reset();
    if (campaign != null) {
      runtimeService.deleteProcessInstance(campaign.getProcessInstanceId(), "test done");
    }
  }

  public Conference conference(String unitCode) {
    return conferences.ofCampaign(campaign.getId(), Tier.LOWER).stream()
        .filter(c -> c.getUnitCode().equals(unitCode)).findFirst().orElseThrow();
  }

  public ProcessInstance instance(String unitCode) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(conference(unitCode).getProcessInstanceId())
        .singleResult();
  }

  /** A driver of the unit's UnitConference instance as it is now. */
  public ConferenceDriver driver(String unitCode) {
    return new ConferenceDriver(engine, councils, instance(unitCode));
  }

  public Task task(String unitCode, String key) {
    return taskService.createTaskQuery().processInstanceId(conference(unitCode).getProcessInstanceId())
        .taskDefinitionKey(key).singleResult();
  }

  /** The unit's open sending task of the submission {@code code}. */
  public Task submissionTask(String unitCode, String code) {
    return taskService.createTaskQuery().processInstanceId(conference(unitCode).getProcessInstanceId())
        .taskDefinitionKey(Elements.SEND_SUBMISSION).list().stream()
        .filter(t -> code.equals(taskService.getVariable(t.getId(), Vars.SUBMISSION_CODE))).findFirst().orElseThrow();
  }

  /** Sends the submission {@code code}: its task completed without form values. */
  public void send(String unitCode, String code) {
    taskService.complete(submissionTask(unitCode, code).getId());
  }

  public List<Job> executableTimers(String unitCode) {
    return managementService.createJobQuery().processInstanceId(conference(unitCode).getProcessInstanceId()).timers()
        .executable().list();
  }

  /** Executes every timer of the unit's UnitConference instance due now, once. */
  public void runExecutableTimers(String unitCode) {
    executableTimers(unitCode).forEach(j -> managementService.executeJob(j.getId()));
  }

  /** Records {@link #PDF} as the unit's conference document {@code code}. */
  public void upload(String unitCode, String code, String fileName, String uploadedBy) {
    documents.record(conference(unitCode).getId(), code, fileName, PDF, uploadedBy);
  }

  /** Schedules the unit's conference (form and edition as {@link ConferenceDriver#schedule}) with a theme and a venue. */
  public void scheduleWithThemeAndVenue(String unitCode, String date, String theme, String venue) {
    driver(unitCode).complete(task(unitCode, Elements.SCHEDULE_CONFERENCE),
        withVariables(Fields.CONFERENCE_FORM, "EXEMPLAR_COMMENDATION_CONFERENCE", Fields.CONFERENCE_DATE,
            date, Fields.EDITION, "III", Fields.THEME, theme, Fields.VENUE, venue));
  }

  /** Completes the unit's UserTask_EstablishOrganizingCommittee with the decision and the members (JSON). */
  public void establishCommittee(String unitCode, String decisionNumber, String decisionDate, String members) {
    driver(unitCode).complete(task(unitCode, Elements.ESTABLISH_ORGANIZING_COMMITTEE),
        withVariables(Fields.DECISION_NUMBER, decisionNumber, Fields.DECISION_DATE, decisionDate,
            Fields.COMMITTEE_MEMBERS, members));
  }

  /** The start of the day, as the engine's due dates are. */
  public static Date startOf(int year, int month, int day) {
    return EngineClock.toDate(LocalDate.of(year, month, day).atStartOfDay());
  }
}

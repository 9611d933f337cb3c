package vn.thiduaflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thiduaflow.ThiDuaFlowSpringTest;
import vn.thiduaflow.plan.model.CouncilRole;

/** Every model and form in bpmn/ and forms/ is deployed, and every user task's form resolves to a deployed form. */
@ThiDuaFlowSpringTest
class DeploymentTest {

  @Autowired
  RepositoryService repositoryService;

  private List<String> deployedResources() {
    return repositoryService.createDeploymentQuery().list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
        .map(name -> name.substring(name.lastIndexOf('/') + 1)).toList();
  }

  private static List<Path> files(String dir, String ending) throws IOException {
    try (Stream<Path> s = Files.walk(Path.of(dir))) {
      return s.filter(p -> p.toString().endsWith(ending)).toList();
    }
  }

  @Autowired
  vn.thiduaflow.campaign.CampaignService campaigns;
  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  @Test
  void thePilotConsultationFormResolvesAtRunTime() throws IOException {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(EngineClock.toDate(
        java.time.LocalDateTime.of(2024, 10, 23, 8, 0)));
    try {
      var campaign = campaigns.start("vinh-thuan-172-2024");
      // lower conferences start asynchronously, one job each
      var management = engine.getManagementService();
      management.createJobQuery().rootProcessInstanceId(campaign.getProcessInstanceId()).executable().list()
          .forEach(j -> management.executeJob(j.getId()));
      var task = engine.getTaskService().createTaskQuery()
          .taskDefinitionKey(ProcessModel.Elements.CONSULT_UPPER_COUNCIL).active().list().stream()
          .filter(t -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
              .superProcessInstanceId(campaign.getProcessInstanceId()).count() == 1)
          .findFirst().orElseThrow();
      try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
        assertThat(new ObjectMapper().readTree(form).get("id").asText()).isEqualTo("consultPilotPlanForm");
      }
      engine.getRuntimeService().deleteProcessInstance(campaign.getProcessInstanceId(), "test done");
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  @Test
  void everyModelAndFormIsDeployed() throws IOException {
    List<Path> sources = new java.util.ArrayList<>(files("bpmn", ".bpmn"));
    sources.addAll(files("bpmn", ".dmn"));
    sources.addAll(files("forms", ".form"));
    assertThat(sources).hasSizeGreaterThanOrEqualTo(11);
    List<String> deployed = deployedResources();
    for (Path source : sources) {
      assertThat(deployed).as("deployed resources").contains(source.getFileName().toString());
    }
  }

  @Test
  void everyUserTaskHasADeployedFormAndACandidateGroupOrAssignee() throws IOException {
    Map<String, String> formIds = new HashMap<>();
    for (Path form : files("forms", ".form")) {
      formIds.put(new ObjectMapper().readTree(form.toFile()).get("id").asText(), form.getFileName().toString());
    }
    int userTasks = 0;
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      var model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        userTasks++;
        assertThat(task.getCamundaFormRef()).as(task.getId() + " form").isNotBlank();
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(formIds).as(task.getId() + " references a form in forms/").containsKey(task.getCamundaFormRef());
        String groups = task.getCamundaCandidateGroups();
        assertThat(groups != null || task.getCamundaAssignee() != null).as(task.getId() + " assigned").isTrue();
        if (groups != null) {
          var roles = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(groups).results()
              .map(m -> m.group(1)).toList();
          // a duty's holder is plan data (a role or a named unit's head, plan.duties), read from the duty's row
          if (!groups.equals("${dutyService.holderGroup(processIds.conference(execution), dutyCode)}")) {
            assertThat(roles).as(task.getId() + " candidate roles").isNotEmpty();
          }
          roles.forEach(role -> assertThat(CouncilRole.parse(role)).isNotNull());
        }
      }
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-zA-Z]+Delegate}");
        assertThat(task.getCamundaClass()).isNull();
      }
      assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram.class))
          .as("diagram information").isNotEmpty();
    }
    // 14 + issue 22's organizing committee, submission, delegate-quota, duty and supervisor-assignment tasks + issue
    // 24's commendation: the proposal, its approval, the signed decision; and the budget estimate and its approval
    assertThat(userTasks).isEqualTo(24);
  }

  /**
   * Every deadline of a conference is visible in the model: each task with a deadline has a due date from the
   * deadline service and a reminder and an escalation timer on the same deadline — the task's own timeout listeners,
   * or non-interrupting boundary timers on itself or on the sub-process around it.
   */
  @Test
  void everyDeadlineTaskHasADueDateAReminderAndAnEscalationTimer() {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .latestVersion().singleResult();
    var model = repositoryService.getBpmnModelInstance(definition.getId());
    var boundaries = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class);
    java.util.Set<String> checked = new java.util.HashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      var kind = vn.thiduaflow.deadline.DeadlineService.kindOfTask(task.getId());
      if (kind == null) {
        continue;
      }
      assertThat(task.getCamundaDueDate()).as(task.getId() + " due date")
          .contains("deadlineService.deadline(processIds.conference(execution), '" + kind.name() + "')");
      var timeouts = task.getExtensionElements().getElementsQuery()
          .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class).list().stream()
          .filter(l -> "timeout".equals(l.getCamundaEvent())).flatMap(l -> l.getTimeouts().stream())
          .map(t -> t.getTimeDate().getTextContent()).toList();
      for (String what : List.of("reminder", "deadline")) {
        String expression = "deadlineService." + what + "(processIds.conference(execution), '" + kind.name() + "')";
        if (timeouts.stream().anyMatch(t -> t.contains(expression))) {
          continue; // the task's own timeout listener
        }
        assertThat(boundaries).as(task.getId() + " " + what).anySatisfy(b -> {
          assertThat(b.cancelActivity()).isFalse();
          String host = b.getAttachedTo().getId();
          assertThat(host.equals(task.getId()) || host.equals(((org.camunda.bpm.model.bpmn.instance.BaseElement)
              task.getParentElement()).getId())).isTrue();
          var timer = (org.camunda.bpm.model.bpmn.instance.TimerEventDefinition) b.getEventDefinitions().iterator().next();
          assertThat(timer.getTimeDate().getTextContent()).contains(expression);
        });
      }
      checked.add(kind.name());
    }
    assertThat(checked).containsExactlyInAnyOrder("NOMINATIONS", "COUNCIL_VOTE", "DOSSIER", "DOSSIER_REVIEW",
        "RESULTS_REPORT");
  }
}

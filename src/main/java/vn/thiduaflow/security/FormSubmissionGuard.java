package vn.thiduaflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.thiduaflow.system.InvalidInputException;

/**
 * A user may submit, with a task, only the fields of that task's Camunda Form. Camunda lets whoever may work on a task
 * complete it with any variables ({@code POST /task/{id}/submit-form} or {@code /complete}), and a submitted variable
 * is written into the process instance wherever a variable of that name lives: so a variable that is not a form field
 * could re-point the instance at another conference, move a multi-instance counter ({@code nrOfCompletedInstances}),
 * set a gateway flag or re-assign the council member of a vote. This engine plugin refuses such a submission before
 * the command runs: a form validation error whose cause is an {@link InvalidInputException} naming the first variable
 * that is not a field (400 problem+json with {@code field} on {@code /engine-rest}, 400 on Tasklist's API), nothing
 * written.
 *
 * <p>Two more task commands that Camunda allows with TASK_WORK alone are limited for users who are not administrators:
 * a task is claimed only for oneself ({@code claim(task, otherUser)} would hand it over — a council member cannot pass
 * their vote on); the assignee of a task offered to a group may give it back to the group (Tasklist's "unclaim", which
 * Camunda would refuse without TASK_ASSIGN), the member of a vote task may not (it has no group); and {@code bpmnError}/{@code escalation} are refused (no model
 * catches them on a user task, so an uncaught error would end the conference).
 *
 * <p>Applies to submissions made by an authenticated user (REST API, webapps); the engine's own callers (delegates,
 * the simulator, tests driving the engine directly) are not users and are not checked. A task the user cannot see is
 * left to the command itself (404/403 as for any other request), so the guard tells nothing about other units' tasks.
 * The fields are the {@code key}s of the form's components and the first segment of each {@code path} (groups and
 * dynamic lists), read from the form deployed for the task and cached per process definition and task.
 */
@Component
public class FormSubmissionGuard extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Field SUBMIT_TASK = EngineCommands.field(SubmitTaskFormCmd.class, "taskId",
      FormSubmissionGuard.class);
  private static final Field SUBMIT_VARIABLES = EngineCommands.field(SubmitTaskFormCmd.class, "properties",
      FormSubmissionGuard.class);
  private static final Field COMPLETE_TASK = EngineCommands.field(CompleteTaskCmd.class, "taskId",
      FormSubmissionGuard.class);
  private static final Field COMPLETE_VARIABLES = EngineCommands.field(CompleteTaskCmd.class, "variables",
      FormSubmissionGuard.class);
  private static final Field CLAIM_TASK = EngineCommands.field(ClaimTaskCmd.class, "taskId", FormSubmissionGuard.class);
  private static final Field CLAIM_USER = EngineCommands.field(ClaimTaskCmd.class, "userId", FormSubmissionGuard.class);
  private static final Field ERROR_TASK = EngineCommands.field(HandleTaskBpmnErrorCmd.class, "taskId",
      FormSubmissionGuard.class);
  private static final Field ESCALATION_TASK = EngineCommands.field(HandleTaskEscalationCmd.class, "taskId",
      FormSubmissionGuard.class);
  private static final Field ASSIGN_TASK = EngineCommands.field(
      org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd.class, "taskId", FormSubmissionGuard.class);
  private static final Field ASSIGN_USER = EngineCommands.field(
      org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd.class, "userId", FormSubmissionGuard.class);

  private final Map<String, Set<String>> fieldsByTask = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCommands.intercept(configuration, new Guard(configuration));
  }

  private final class Guard extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      var authentication = configuration.getIdentityService().getCurrentAuthentication();
      if (authentication == null) {
        return next.execute(command); // the engine's own callers
      }
      if (command instanceof SubmitTaskFormCmd) {
        checkFields((String) EngineCommands.read(SUBMIT_TASK, command), (Map<?, ?>) EngineCommands.read(SUBMIT_VARIABLES, command));
      } else if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
        checkFields((String) EngineCommands.read(COMPLETE_TASK, command), (Map<?, ?>) EngineCommands.read(COMPLETE_VARIABLES, command));
      } else if (!administrator(authentication)) {
        if (command instanceof ClaimTaskCmd) {
          String userId = (String) EngineCommands.read(CLAIM_USER, command);
          TaskEntity task = userId == null || !authentication.getUserId().equals(userId)
              ? visibleTask((String) EngineCommands.read(CLAIM_TASK, command)) : null;
          if (task != null && !(userId == null && releasable(task, authentication.getUserId()))) {
            // claim(task, other) hands the task to someone else, claim(task, null) drops it: both TASK_WORK in Camunda
            throw refused(InvalidInputException.of("userId", "task.claim.onlyOneself", authentication.getUserId()));
          }
        } else if (command instanceof org.camunda.bpm.engine.impl.cmd.AssignTaskCmd
            && EngineCommands.read(ASSIGN_USER, command) == null) {
          TaskEntity task = visibleTask((String) EngineCommands.read(ASSIGN_TASK, command));
          if (task != null && releasable(task, authentication.getUserId())) {
            // Tasklist's "unclaim": the assignee gives a task of their group back to the group. Camunda asks
            // TASK_ASSIGN for it, which users do not have (they could hand tasks to anyone); this one case is allowed
            return configuration.getCommandExecutorTxRequired().execute(context -> {
              context.disableAuthorizationCheck();
              try {
                return command.execute(context);
              } finally {
                context.enableAuthorizationCheck();
              }
            });
          }
        } else if ((command instanceof HandleTaskBpmnErrorCmd && visibleTask((String) EngineCommands.read(ERROR_TASK, command)) != null)
            || (command instanceof HandleTaskEscalationCmd
                && visibleTask((String) EngineCommands.read(ESCALATION_TASK, command)) != null)) {
          // the models catch no BPMN error or escalation on user tasks: an uncaught error would end the conference
          throw refused(InvalidInputException.of("task", "task.complete.onlyByForm"));
        }
      }
      return next.execute(command);
    }

    /**
     * Whether the user may give the task back: they are its assignee and it is offered to a candidate group (a council
     * member's vote task has no group: it stays theirs).
     */
    private boolean releasable(TaskEntity task, String userId) {
      return userId.equals(task.getAssignee()) && Boolean.TRUE.equals(configuration.getCommandExecutorTxRequired()
          .execute(context -> {
            context.disableAuthorizationCheck();
            try {
              return context.getIdentityLinkManager().findIdentityLinksByTaskId(task.getId()).stream()
                  .anyMatch(l -> "candidate".equals(l.getType()) && l.getGroupId() != null);
            } finally {
              context.enableAuthorizationCheck();
            }
          }));
    }

    private void checkFields(String taskId, Map<?, ?> variables) {
      if (taskId != null && variables != null && !variables.isEmpty()) {
        check(taskId, variables.keySet());
      }
    }

    private boolean administrator(org.camunda.bpm.engine.impl.identity.Authentication authentication) {
      return authentication.getGroupIds() != null
          && authentication.getGroupIds().contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
    }

    /** The task, whoever may see it; null when there is none. */
    private TaskEntity existingTask(String taskId) {
      return taskId == null ? null : configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        try {
          return context.getTaskManager().findTaskById(taskId);
        } finally {
          context.enableAuthorizationCheck();
        }
      });
    }

    /** The task if it exists and the current user may read it; null otherwise (the command then answers). */
    private TaskEntity visibleTask(String taskId) {
      if (taskId == null) {
        return null;
      }
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        boolean visible = !context.getProcessEngineConfiguration().isAuthorizationEnabled()
            || context.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.TASK, taskId);
        context.disableAuthorizationCheck();
        try {
          TaskEntity task = context.getTaskManager().findTaskById(taskId);
          if (task == null || (!visible && (task.getProcessDefinitionId() == null
              || !readableThroughDefinition(context, task)))) {
            return null;
          }
          return task;
        } finally {
          context.enableAuthorizationCheck();
        }
      });
    }

    private void check(String taskId, Set<?> submitted) {
      // checked whether or not the user may see the task (the REST API then answers 404 for a task they may not see)
      TaskEntity task = existingTask(taskId);
      Set<String> fields = task == null || task.getProcessDefinitionId() == null ? null
          : fieldsByTask.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
              k -> configuration.getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                try {
                  return formFields(new GetDeployedTaskFormCmd(taskId).execute(context));
                } finally {
                  context.enableAuthorizationCheck();
                }
              }));
      if (fields == null) {
        return; // unknown or invisible task: the command answers as it does for any id
      }
      for (Object name : submitted) {
        if (!fields.contains(String.valueOf(name))) {
          InvalidInputException e = InvalidInputException.of(String.valueOf(name), "task.form.unknownField", name,
              fields);
          // Camunda's task resources answer a form validation error with 400 on every API, Tasklist's included
          throw new org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException(name, e.getMessage(), e);
        }
      }
    }
  }

  /**
   * The refusal as Camunda's {@link org.camunda.bpm.engine.BadUserRequestException} (400 on Tasklist's API too) with the
   * {@link InvalidInputException} as its cause (400 problem+json naming the field on {@code /engine-rest}).
   */
  private static RuntimeException refused(InvalidInputException e) {
    return new org.camunda.bpm.engine.BadUserRequestException(e.getMessage(), e);
  }

  private static boolean readableThroughDefinition(org.camunda.bpm.engine.impl.interceptor.CommandContext context,
      TaskEntity task) {
    context.enableAuthorizationCheck();
    try {
      return context.getAuthorizationManager().isAuthorized(Permissions.READ_TASK, Resources.PROCESS_DEFINITION,
          task.getProcessDefinition().getKey());
    } finally {
      context.disableAuthorizationCheck();
    }
  }

  /**
   * The field names of a Camunda Form (form-js schema): the first segment of each top-level {@code key}, and of the
   * {@code path} of a group or dynamic list (whose own fields are inside that variable).
   */
  static Set<String> formFields(InputStream form) {
    try (InputStream in = form) {
      Set<String> fields = new TreeSet<>();
      collect(JSON.readTree(in), fields);
      return Set.copyOf(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, Set<String> fields) {
    for (JsonNode component : node.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        fields.add(path.split("\\.")[0]); // a group or dynamic list: its fields are inside this variable
        continue;
      }
      if (component.path("disabled").asBoolean(false)) {
        continue; // form-js does not submit a disabled field: its value is the process's, never the user's
      }
      if (component.hasNonNull("key")) {
        fields.add(component.get("key").asText().split("\\.")[0]);
      }
      collect(component, fields);
    }
  }


}

package vn.thiduaflow.app;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thiduaflow.security.AccessGrants;

/**
 * The Tasklist filters every user sees (saved Camunda task queries, created once at start-up, kept if they exist):
 * "Việc của tôi" (assigned to me), "Việc của đơn vị tôi" (my groups' tasks, escalated ones included) and
 * {@value #OVERDUE} (tasks offered to my groups, assigned ones included, whose due date has passed, by engine time).
 * Escalated tasks reach the council chair and the standing office through their groups, so they find every late task
 * of their unit there; a member's own late ballot is under "Việc của tôi", sorted by due date.
 */
@Component
public class TasklistFilters {

  /** Name of the overdue filter. */
  public static final String OVERDUE = "Quá hạn";
  /** The overdue filter's earlier, bilingual name (renamed on start: officials' pages carry no English). */
  static final String OVERDUE_BEFORE = "Quá hạn / Overdue";
  static final String MINE = "Việc của tôi";
  private static final String OVERDUE_DESCRIPTION = "Việc đã quá hạn của các nhóm tôi thuộc về (Chủ tịch, Thường trực"
      + " Hội đồng nhận việc quá hạn của đơn vị)";
  static final String MY_UNIT = "Việc của đơn vị tôi";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AccessGrants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, AccessGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createFilters() {
    filterService.createFilterQuery().filterName(OVERDUE_BEFORE).list().forEach(f -> {
      f.setName(OVERDUE);
      f.getProperties().put("description", OVERDUE_DESCRIPTION);
      filterService.saveFilter(f);
    });
    save(MINE, -10, "Công việc được giao cho tôi", null,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    save(MY_UNIT, -5, "Công việc của các nhóm (vai trò) tôi thuộc về, kể cả việc được báo cáo quá hạn", null,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    save(OVERDUE, -8, OVERDUE_DESCRIPTION, "#b00020", overdueQuery());
    // shared filters (no owner) are readable by every user; what they list is filtered by each user's authorizations
    filterService.createFilterQuery().list().stream().filter(f -> f.getOwner() == null)
        .forEach(f -> grants.grantFilterToEveryone(f.getId()));
  }

  /**
   * The overdue filter's query: due before now, offered to one of my groups (assigned or not). An OR with "assigned to
   * me" is left out on purpose: Camunda 7.24 evaluated that OR so that it also matched other units' tasks.
   */
  public TaskQuery overdueQuery() {
    return taskService.createTaskQuery().dueBeforeExpression("${now()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void save(String name, int priority, String description, String color, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name).setQuery(query);
    Map<String, Object> properties = new HashMap<>(Map.of("priority", priority, "description", description,
        "refresh", true));
    if (color != null) {
      properties.put("color", color);
    }
    filter.setProperties(properties);
    filterService.saveFilter(filter);
  }
}

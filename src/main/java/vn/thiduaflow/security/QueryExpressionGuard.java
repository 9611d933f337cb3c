package vn.thiduaflow.security;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Refuses expressions in the OR branches of a task query sent by a user (CVE-2026-109432, SECURITY.md). Camunda 7.24.0
 * refuses expressions in ad-hoc queries ({@code enableExpressionsInAdhocQueries=false}) but checks only the query's
 * own criteria, not those of its {@code orQueries}, so any logged-in user could have the server evaluate an expression
 * of their choosing ({@code POST /task} or {@code POST /filter/{id}/list} with
 * {@code {"orQueries":[{"dueAfterExpression":"${…}"}]}}) — remote code execution. The fix is in Camunda's Enterprise
 * patches only; this engine plugin closes it for the Community Edition: a task query executed for an authenticated
 * user, or the query extending a stored filter, whose OR branches carry any expression is refused with
 * {@link BadUserRequestException} (400 on the REST APIs) before anything is evaluated. Stored filters keep their own
 * expressions ({@code ${currentUser()}}, {@code ${now()}} of the Tasklist filters): only administrators create them.
 */
@Component
public class QueryExpressionGuard extends AbstractProcessEnginePlugin {

  private static final Field EXTENDING_QUERY = EngineCommands.field(AbstractExecuteFilterCmd.class, "extendingQuery",
      QueryExpressionGuard.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCommands.intercept(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (configuration.getIdentityService().getCurrentAuthentication() != null) {
          if (command instanceof TaskQueryImpl query) {
            refuseOrExpressions(query);
          } else if (command instanceof AbstractExecuteFilterCmd filter
              && extending(filter) instanceof TaskQueryImpl query) {
            refuseOrExpressions(query);
          }
        }
        return next.execute(command);
      }
    });
  }

  /**
   * @throws BadUserRequestException when an OR branch (every query after the first of {@link TaskQueryImpl#getQueries})
   *     has an expression
   */
  static void refuseOrExpressions(TaskQueryImpl query) {
    List<TaskQueryImpl> queries = query.getQueries();
    for (int i = 1; queries != null && i < queries.size(); i++) {
      if (queries.get(i).getExpressions() != null && !queries.get(i).getExpressions().isEmpty()) {
        throw new BadUserRequestException("Truy vấn không được chứa biểu thức trong các nhánh OR ("
            + queries.get(i).getExpressions().keySet() + ") / Expressions are not allowed in OR queries ("
            + queries.get(i).getExpressions().keySet() + ")");
      }
    }
  }

  private static Object extending(AbstractExecuteFilterCmd command) {
    return EngineCommands.read(EXTENDING_QUERY, command);
  }
}

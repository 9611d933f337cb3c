package vn.thiduaflow.deadline;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * The timer jobs of one timer of the models, for process tests: a boundary or intermediate timer event is named by its
 * activity id (BoundaryEvent_VoteDeadline), a user task's {@code timeout} listener by its listener id
 * (TimeoutListener_NominationDeadline), whose job carries the task's activity id instead.
 */
public final class TimerJobs {

  private TimerJobs() {}

  /**
   * The jobs of {@code query} that belong to the timer {@code timerId}, in the query's order: a timeout listener's
   * ({@code TimeoutListener_*}, matched on the listener only) or a timer event's (matched on its activity id).
   */
  public static List<Job> of(JobQuery query, String timerId) {
    if (timerId.startsWith(TIMEOUT_LISTENER)) {
      return query.timers().list().stream().filter(job -> timerId.equals(DeadlineService.timeoutListenerOf(job)))
          .toList();
    }
    return query.timers().activityId(timerId).list();
  }

  /** How the models name their timeout listeners. */
  private static final String TIMEOUT_LISTENER = "TimeoutListener_";

  /** The one pending job of the timer {@code timerId} in {@code query}, or null when it has fired or never existed. */
  public static Job one(JobQuery query, String timerId) {
    List<Job> jobs = of(query, timerId);
    if (jobs.size() > 1) {
      throw new IllegalStateException(jobs.size() + " jobs of " + timerId);
    }
    return jobs.isEmpty() ? null : jobs.get(0);
  }
}

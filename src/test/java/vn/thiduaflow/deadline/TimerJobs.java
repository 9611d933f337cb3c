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

  /** The jobs of {@code query} that belong to the timer {@code timerId}, in the query's order. */
  public static List<Job> of(JobQuery query, String timerId) {
    List<Job> timeouts = query.timers().list().stream()
        .filter(job -> timerId.equals(DeadlineService.timeoutListenerOf(job))).toList();
    return timeouts.isEmpty() ? query.activityId(timerId).list() : timeouts;
  }

  /** The one pending job of the timer {@code timerId} in {@code query}, or null when it has fired or never existed. */
  public static Job one(JobQuery query, String timerId) {
    List<Job> jobs = of(query, timerId);
    if (jobs.size() > 1) {
      throw new IllegalStateException(jobs.size() + " jobs of " + timerId);
    }
    return jobs.isEmpty() ? null : jobs.get(0);
  }
}

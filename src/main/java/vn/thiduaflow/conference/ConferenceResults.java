package vn.thiduaflow.conference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.report.ReportService;
import vn.thiduaflow.system.EngineClock;

/**
 * Reporting a held conference's results upward (ServiceTask_ReportConferenceResults): the results report with the
 * delegates to the upper-level congress ({@link ReportService#reportConference}), the conference marked reported
 * ({@link ConferenceHeldService#markReported}), then {@link ConferenceReported} — a lower unit's campaign takes its
 * report from that event (message {@code LowerReportReceived}). One transaction: the job that runs it.
 */
@Service
public class ConferenceResults {

  private final ConferenceQueries conferences;
  private final ConferenceHeldService held;
  private final ReportService reports;
  private final ApplicationEventPublisher events;

  ConferenceResults(ConferenceQueries conferences, ConferenceHeldService held, ReportService reports,
      ApplicationEventPublisher events) {
    this.conferences = conferences;
    this.held = held;
    this.reports = reports;
    this.events = events;
  }

  /**
   * Reports the conference's results upward (see the class).
   *
   * @throws java.util.NoSuchElementException when there is no such conference
   */
  @Transactional
  public void report(Long conferenceId) {
    var conference = conferences.get(conferenceId);
    reports.reportConference(conference, conferences.planOf(conference), EngineClock.now());
    held.markReported(conferenceId);
    events.publishEvent(new ConferenceReported(conferenceId, conference.getCampaignId(), conference.getUnitCode(),
        conference.getTier()));
  }
}

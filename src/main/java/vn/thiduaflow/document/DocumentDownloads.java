package vn.thiduaflow.document;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.conference.UnitAccess;
import vn.thiduaflow.council.BallotService;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.report.UpperDelegate;
import vn.thiduaflow.report.UpperDelegateRepository;
import vn.thiduaflow.system.ProcessModel;

/**
 * A conference's {@link GeneratedDocument} written for the caller, with the rules of the {@code /api} document routes
 * ({@link DocumentController}): reading needs the right to see the conference ({@link UnitAccess#viewable}), the
 * nominee template the right to manage it ({@link UnitAccess#manageable}). The minutes of the count are refused while
 * a member's vote task of the conference is open: the counts grow with each ballot, and reading them between two
 * ballots would tell how a member voted (secret ballot, DOMAIN.md).
 */
@Component
public class DocumentDownloads {

  private final UnitAccess access;
  private final ConferenceQueries conferences;
  private final NominationRepository nominations;
  private final UpperDelegateRepository upperDelegates;
  private final NomineeWorkbook nomineeWorkbook;
  private final DelegateWorkbook delegateWorkbook;
  private final ConferenceDocuments documents;
  private final BallotService ballots;
  private final VoteMinutesWorkbook minutes;
  private final TaskService tasks;
  private final vn.thiduaflow.conference.ConferenceHeldService held;

  DocumentDownloads(UnitAccess access, ConferenceQueries conferences, NominationRepository nominations,
      UpperDelegateRepository upperDelegates, NomineeWorkbook nomineeWorkbook, DelegateWorkbook delegateWorkbook,
      ConferenceDocuments documents, BallotService ballots, VoteMinutesWorkbook minutes, TaskService tasks, vn.thiduaflow.conference.ConferenceHeldService held) {
    this.access = access;
    this.conferences = conferences;
    this.nominations = nominations;
    this.upperDelegates = upperDelegates;
    this.nomineeWorkbook = nomineeWorkbook;
    this.delegateWorkbook = delegateWorkbook;
    this.documents = documents;
    this.ballots = ballots;
    this.minutes = minutes;
    this.tasks = tasks;
    this.held = held;
  }

  /** A written document: its file name ({@link GeneratedDocument#fileName}), media type and bytes. */
  public record Download(String fileName, String mediaType, byte[] content) {}

  /**
   * The document, if the caller may have it (the engine's current authentication: the webapp session's user and
   * groups, or the API's Basic user).
   *
   * @throws UnitAccess.NotVisibleException (404) when the conference does not exist or the caller may not see it
   * @throws UnitAccess.ForbiddenException (403) for the template, when the caller sees but does not manage it
   * @throws DocumentNotReadyException (403) for the minutes, while a member's vote is open
   */
  public Download download(Long conferenceId, GeneratedDocument doc) {
    Conference conference = doc.forManagers() ? access.manageable(conferenceId) : access.viewable(conferenceId);
    if (doc == GeneratedDocument.VOTE_MINUTES && votingOpen(conferenceId)) {
      throw new DocumentNotReadyException(vn.thiduaflow.system.Message.of("document.voteMinutes.notReady"));
    }
    return new Download(doc.fileName(conferenceId), doc.mediaType(), write(conference, doc));
  }

  private byte[] write(Conference conference, GeneratedDocument doc) {
    Long id = conference.getId();
    return switch (doc) {
      case NOMINEE_TEMPLATE -> nomineeWorkbook.template(conference, nominations.findByConferenceIdOrderById(id)
          .stream().filter(n -> n.getFromDelegateId() == null).toList());
      case NOMINEE_LIST -> nomineeWorkbook.list(conference, nominations.findByConferenceIdOrderById(id));
      case DELEGATE_LIST -> {
        List<Nomination> approved = nominations.findByConferenceIdOrderById(id).stream()
            .filter(n -> Boolean.TRUE.equals(n.getApproved())).toList();
        yield delegateWorkbook.delegates(conference, conferences.tierOf(conference).composition(), approved,
            upperOf(conference, approved), held.guestsOf(id));
      }
      case PROGRAMME -> documents.programme(conference, conferences.planOf(conference));
      case SUMMARY_REPORT -> documents.summaryReport(conference, conferences.planOf(conference),
          nominations.findByConferenceIdOrderById(id), upperDelegates.findByConferenceIdInOrderById(List.of(id)).size(),
          held.guestsOf(id));
      case VOTE_MINUTES -> minutes.minutes(conference, ballots.results(id), ballots.ballotsCast(id));
    };
  }

  /**
   * The delegates to the upper level: as reported upward once the conference was reported, before that the approved
   * nominees the office chose by name when it recorded the conference as held.
   */
  private List<UpperDelegate> upperOf(Conference conference, List<Nomination> approved) {
    List<UpperDelegate> reported = upperDelegates.findByConferenceIdInOrderById(List.of(conference.getId()));
    if (!reported.isEmpty()) {
      return reported;
    }
    return approved.stream().filter(Nomination::isUpperDelegate).map(n -> new UpperDelegate(conference.getId(),
        n.getId(), n.getNomineeName(), n.getKind(), n.getOriginUnitCode() != null ? n.getOriginUnitCode()
            : conference.getUnitCode(), n.getOriginUnitName() != null ? n.getOriginUnitName() : conference.getUnitName(),
        conference.getUpperUnitName())).toList();
  }

  /** Whether a member's vote task of the conference is open (looked up past the caller's authorizations). */
  public boolean votingOpen(Long conferenceId) {
    return access.asSystem(() -> tasks.createTaskQuery().processDefinitionKey(ProcessModel.UNIT_CONFERENCE)
        .processInstanceBusinessKey(conferenceId.toString())
        .taskDefinitionKey(ProcessModel.Elements.VOTE_ON_NOMINEES).count() > 0);
  }
}

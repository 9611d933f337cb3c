package vn.thiduaflow.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.audit.AuditTrail;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceComposition;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.VoteRule;
import vn.thiduaflow.rule.RuleDecisionLog;
import vn.thiduaflow.rule.RuleDecisionLog.Outcome;
import vn.thiduaflow.rule.RuleResult;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;
import vn.thiduaflow.system.Message;
import vn.thiduaflow.system.ProcessModel.Fields;

/**
 * Secret ballots of a council (bỏ phiếu kín), one mark per nominee: each voting member marks agree or disagree for every
 * nominee of the standing office's proposal; a nominee left unmarked counts as not agreeing. The round's
 * {@link BallotBox} counts the ballots, a {@link BallotCount} per nominee the agreeing ones, a participation row holds
 * the voter without the choice. Only voting members of the conference's unit may vote, once per round. The choices
 * never become a process variable that outlives the vote task, nor a history or log entry
 * ({@code SecretBallotHistoryFilter}).
 */
@Service
@Transactional
public class BallotService {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How many nominees that dropped out a failed vote names in the office's next form. */
  private static final int MAX_NAMED_DROP_OUTS = 10;

  private final BallotBoxRepository boxes;
  private final BallotCountRepository counts;
  private final VoteParticipationRepository participation;
  private final CouncilDirectory councils;
  private final ConferenceQueries conferences;
  private final ConferenceComposition composition;
  private final VoteTally tally;
  private final RuleDecisionLog decisions;
  private final NominationRepository nominations;
  private final AuditTrail audit;

  BallotService(BallotBoxRepository boxes, BallotCountRepository counts,
      VoteParticipationRepository participation, CouncilDirectory councils, ConferenceQueries conferences,
      ConferenceComposition composition, VoteTally tally, RuleDecisionLog decisions, NominationRepository nominations,
      AuditTrail audit) {
    this.boxes = boxes;
    this.audit = audit;
    this.counts = counts;
    this.nominations = nominations;
    this.participation = participation;
    this.councils = councils;
    this.conferences = conferences;
    this.composition = composition;
    this.tally = tally;
    this.decisions = decisions;
  }

  /**
   * The result of one nominee in a round.
   *
   * @param nominationId the nominee
   * @param agreements ballots agreeing (people)
   * @param members all voting members (people)
   * @param passed whether the agreements reach the threshold of the nominee's title
   * @param required the threshold in words ("từ 80% tổng số thành viên trở lên")
   * @param clause where the threshold comes from
   */
  public record NomineeResult(Long nominationId, String name, String kind, String title, String unit, int agreements,
      int members, boolean passed, String required, String clause) {}

  /**
   * The marks of one ballot, one per nominee of the round in ballot order, read from what the vote form (or the REST
   * API) sent as {@value Fields#BALLOT}: a list of rows each with {@code choice} APPROVE, REJECT or empty (= REJECT),
   * in the order the blank ballot showed them; or one choice, APPROVE or REJECT, for every nominee.
   *
   * @param nominees how many nominees the round's ballot lists
   * @throws InvalidInputException (field {@code ballot} or {@code ballot[i].choice}) when nothing was sent, the list's
   *     length is not the ballot's, or a mark is not agree/disagree
   */
  public static List<BallotChoice> marks(Object sent, int nominees) {
    if (sent == null) {
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.missing");
    }
    if (sent instanceof String text && !text.strip().startsWith("[")) {
      BallotChoice all = choice(Fields.BALLOT, text);
      if (all == null) {
        throw InvalidInputException.of(Fields.BALLOT, "council.ballot.noChoice");
      }
      return java.util.Collections.nCopies(nominees, all);
    }
    JsonNode list;
    try {
      list = JSON.readTree(sent.toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.unreadable");
    }
    if (list == null || !list.isArray() || list.size() != nominees) {
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.rowCount", nominees);
    }
    List<BallotChoice> marks = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode row = list.get(i);
      JsonNode value = row == null || !row.isObject() ? null : row.get("choice");
      if (row == null || !row.isObject() || value != null && !value.isNull() && !value.isTextual()) {
        violations.add(Violation.inEntry(Fields.BALLOT, i, "choice",
            Message.of("council.ballot.row.unreadable", i + 1)));
        continue;
      }
      try {
        BallotChoice c = choice(Fields.BALLOT + "[" + i + "].choice", value == null || value.isNull() ? null
            : value.asText());
        marks.add(c == null ? BallotChoice.REJECT : c); // unmarked: not agreeing
      } catch (InvalidInputException e) {
        for (Violation v : e.violations()) {
          violations.add(v.withEntry(Fields.BALLOT, i, "choice"));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return marks;
  }

  private static BallotChoice choice(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return BallotChoice.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      // the two codes are not named: an error logged must not read like a choice
      throw InvalidInputException.of(field, "council.ballot.choice.invalid", value);
    }
  }

  /**
   * The blank ballot of the conference's current round, as the vote form's dynamic list shows it: one row per nominee
   * in ballot order, {@code nominee} = "1. Nguyễn Văn A — Chiến sĩ thi đua — Phường X", {@code choice} empty.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> blankBallot(Long conferenceId) {
    Conference conference = conferences.get(conferenceId);
    Map<Long, Nomination> byId = nominees(conferenceId);
    List<Map<String, Object>> rows = new ArrayList<>();
    int number = 0;
    for (BallotCount c : counts.findByConferenceIdAndVoteRoundOrderByNominationId(conferenceId,
        conference.getVoteRound())) {
      Nomination n = byId.get(c.getNominationId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nominee", ++number + ". " + n.getNomineeName() + " — " + n.getTitle().label() + " — " + unit(conference,
          n));
      row.put("choice", null);
      rows.add(row);
    }
    return rows;
  }

  /** {@link #blankBallot} as the Json value of the vote task's own {@value Fields#BALLOT} (its input parameter). */
  @Transactional(readOnly = true)
  public org.camunda.bpm.engine.variable.value.TypedValue blankBallotValue(Long conferenceId) {
    return vn.thiduaflow.system.FormLists.json(blankBallot(conferenceId));
  }

  /**
   * Casts one ballot in the conference's current round.
   *
   * @param member username of the voter
   * @param sent the ballot as the form sent it ({@link #marks})
   * @throws InvalidInputException when the ballot is unreadable or incomplete, the voter is not a voting member, or
   *     already voted in this round, or the round's box is not open
   */
  public void cast(Long conferenceId, String member, Object sent) {
    Conference conference = conferences.get(conferenceId);
    int round = conference.getVoteRound();
    List<BallotCount> ballot = counts.findByConferenceIdAndVoteRoundOrderByNominationId(conferenceId, round);
    List<BallotChoice> marks = marks(sent, ballot.size());
    if (!councils.votingMembers(conferenceId).contains(member)) {
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.notVoting", member, conference.getUnitName());
    }
    if (participation.existsByConferenceIdAndVoteRoundAndMemberUsername(conferenceId, round, member)) {
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.alreadyVoted", member);
    }
    participation.save(new VoteParticipation(conferenceId, round, member, EngineClock.now()));
    if (boxes.addBallot(conferenceId, round) != 1) {
      throw InvalidInputException.of(Fields.BALLOT, "council.ballot.boxClosed", round);
    }
    for (int i = 0; i < ballot.size(); i++) {
      if (marks.get(i) == BallotChoice.APPROVE) {
        counts.addAgreement(conferenceId, round, ballot.get(i).getNominationId());
      }
    }
  }

  /**
   * Records in the audit trail that the chair or the standing office confirmed the result announced and the minutes
   * of the count (biên bản kiểm phiếu) of the current round signed.
   *
   * @param userId who confirmed ("system" without a caller)
   */
  public void minutesSigned(Long conferenceId, String userId) {
    Conference c = conferences.get(conferenceId);
    audit.record(userId, "VOTE_MINUTES", c.getId(), c.getCampaignId(),
        "Biên bản kiểm phiếu vòng " + c.getVoteRound() + " đã ký");
  }

  /**
   * Opens the ballot box of the conference's current round (after the standing office proposes the composition), with
   * one count per eligible nominee. Idempotent.
   */
  public void openRound(Long conferenceId) {
    int round = conferences.get(conferenceId).getVoteRound();
    if (boxes.findByConferenceIdAndVoteRound(conferenceId, round).isEmpty()) {
      boxes.save(new BallotBox(conferenceId, round));
      for (Nomination n : nominations.findByConferenceIdOrderById(conferenceId)) {
        if (Boolean.TRUE.equals(n.getEligible())) {
          counts.save(new BallotCount(conferenceId, round, n.getId()));
        }
      }
    }
  }

  /**
   * Counts the current round: each nominee is approved when its agreeing ballots reach the threshold of its title, of
   * all voting members ({@code councilVote}, {@code councilVote.byTitle}), and drops out otherwise; the vote stands when
   * the approved nominees fill the proposed composition ({@link VoteTally#coverage}). Every result is recorded with
   * its clause.
   *
   * @return passed when the vote stands; the violations name the nominees that dropped out and what no longer fits
   */
  public Outcome tally(Long conferenceId) {
    Conference conference = conferences.get(conferenceId);
    VoteRule rule = conferences.planOf(conference).councilVote();
    long members = councils.votingMembers(conferenceId).size();
    Map<Long, Nomination> byId = nominees(conferenceId);
    List<RuleResult> results = new ArrayList<>();
    int collectives = 0;
    int individuals = 0;
    for (BallotCount c : counts.findByConferenceIdAndVoteRoundOrderByNominationId(conferenceId,
        conference.getVoteRound())) {
      Nomination n = byId.get(c.getNominationId());
      RuleResult r = tally.decideNominee(rule, n.getTitle(), n.getNomineeName(), c.getAgreements(), members);
      n.setApproved(r.passed());
      results.add(r);
      if (r.passed()) {
        collectives += n.getKind() == NomineeKind.COLLECTIVE ? 1 : 0;
        individuals += n.getKind() == NomineeKind.COLLECTIVE ? 0 : 1;
      }
    }
    RuleResult coverage = tally.coverage(collectives, individuals, orZero(conference.getUpperCollectives()),
        orZero(conference.getUpperIndividuals()));
    decisions.record(conference.getCampaignId(), conferenceId, results);
    Outcome outcome = decisions.record(conference.getCampaignId(), conferenceId, List.of(coverage));
    if (outcome.passed()) {
      composition.markVoted(conferenceId);
      return outcome;
    }
    List<RuleResult> failed = results.stream().filter(r -> !r.passed()).toList();
    // the next form shows it: the first nominees that dropped out by name, the rest counted (a text variable ≤ 4000)
    String dropped = failed.stream().limit(MAX_NAMED_DROP_OUTS).map(r -> r.detail() + " [" + r.clause() + "]")
        .collect(Collectors.joining("\n")) + (failed.size() > MAX_NAMED_DROP_OUTS ? "\n… và " + (failed.size()
        - MAX_NAMED_DROP_OUTS) + " người khác không đạt (and " + (failed.size() - MAX_NAMED_DROP_OUTS) + " more)" : "");
    return new Outcome(false, outcome.violations() + (dropped.isEmpty() ? "" : "\n" + dropped));
  }

  /**
   * The per-nominee results of the conference's last counted round, in ballot order (what the chair and the office see
   * after the tally; never who voted how). Empty before any round was opened.
   */
  @Transactional(readOnly = true)
  public List<NomineeResult> results(Long conferenceId) {
    Conference conference = conferences.get(conferenceId);
    VoteRule rule = conferences.planOf(conference).councilVote();
    int members = councils.votingMembers(conferenceId).size();
    Map<Long, Nomination> byId = nominees(conferenceId);
    List<NomineeResult> list = new ArrayList<>();
    for (BallotCount c : counts.findByConferenceIdAndVoteRoundOrderByNominationId(conferenceId,
        conference.getVoteRound())) {
      Nomination n = byId.get(c.getNominationId());
      var t = rule.thresholdFor(n.getTitle());
      list.add(new NomineeResult(n.getId(), n.getNomineeName(), n.getKind().label(), n.getTitle().label(),
          unit(conference, n), c.getAgreements(), members, VoteTally.reaches(t, c.getAgreements(), members),
          VoteTally.requiredVietnamese(t), t.clause()));
    }
    return list;
  }

  /** Ballots cast in the conference's current round (people). */
  @Transactional(readOnly = true)
  public int ballotsCast(Long conferenceId) {
    Integer n = boxes.ballots(conferenceId, conferences.get(conferenceId).getVoteRound());
    return n == null ? 0 : n;
  }

  private Map<Long, Nomination> nominees(Long conferenceId) {
    return nominations.findByConferenceIdOrderById(conferenceId).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
  }

  private static String unit(Conference conference, Nomination n) {
    return n.getOriginUnitName() == null ? conference.getUnitName() : n.getOriginUnitName();
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }
}

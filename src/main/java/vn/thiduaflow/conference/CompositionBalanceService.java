package vn.thiduaflow.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.plan.model.BalanceCriterion;
import vn.thiduaflow.plan.model.BalanceCriterionRule;
import vn.thiduaflow.plan.model.CompositionRule;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.FormValues;
import vn.thiduaflow.system.InvalidInputException;
import vn.thiduaflow.system.InvalidInputException.Violation;

/**
 * The balances a plan asks the delegate composition to respect ({@link CompositionRule#balanceCriteria()}: e.g.
 * 172/KH-UBND §II.2.2 "chú trọng lựa chọn cá nhân trực tiếp sản xuất, công tác, …, đại biểu nữ, dân tộc, đại biểu
 * đại diện các thành phần kinh tế"), attested by the standing office at the composition step
 * (UserTask_ProposeDelegateComposition, form {@code proposeCompositionForm}): one checkbox per criterion the plan
 * lists, plus an optional note. The product does not count people per criterion; the office states that the
 * composition it proposes respects each one, and who did so and when is kept (table
 * {@code composition_balance_attestation}, one row per criterion and vote round).
 *
 * <p>A criterion left unchecked refuses the submission (a Vietnamese error naming it and its clause), together with
 * any broken composition rule ({@link ConferenceComposition#propose}): nothing is written and the task stays open.
 */
@Service
@Transactional
public class CompositionBalanceService {

  /** The form's checklist: the codes of the criteria the office attests (a JSON list of {@link BalanceCriterion}). */
  public static final String ATTESTED_FIELD = "attestedBalanceCriteria";
  /** The form's note on the balance (optional text, at most {@value #MAX_NOTE} characters). */
  public static final String NOTE_FIELD = "balanceNote";
  /** Task-local variable: the checklist's options, one per criterion the plan lists (label, value). */
  public static final String OPTIONS_VARIABLE = "balanceCriteria";
  /** Task-local variable: true when the plan lists criteria (the form shows the checklist and the note). */
  public static final String ASKS_VARIABLE = "asksBalanceCriteria";
  /** Longest note (characters; column {@code note} is varchar(2000)). */
  public static final int MAX_NOTE = 2000;
  /** Who attested when no user is logged in (the engine completing a task by itself, a script). */
  public static final String SYSTEM = "system";

  /**
   * What the office sent with the composition.
   *
   * @param attested the codes checked in the form (any order; duplicates count once); never null
   * @param note the note, null when blank
   * @param by the user id of who completed the task
   */
  public record Attestation(List<String> attested, String note, String by) {
    public Attestation {
      attested = attested == null ? List.of() : List.copyOf(attested);
      note = FormValues.visible(note);
      by = by == null || by.isBlank() ? SYSTEM : by;
    }
  }

  /**
   * One attested criterion of a conference's latest composition, for its record page.
   *
   * @param code the criterion
   * @param label the plan's wording when attested
   * @param clause the clause that asks for it in the plan now (null when the plan no longer lists it)
   * @param attestedBy user id
   * @param attestedAt engine time
   * @param note the office's note for the composition (may be null)
   * @param voteRound the vote round the composition opened
   */
  public record Attested(BalanceCriterion code, String label, String clause, String attestedBy,
      java.time.LocalDateTime attestedAt, String note, int voteRound) {}

  private final ConferenceQueries conferences;
  private final ConferenceComposition composition;
  private final CompositionBalanceRepository attestations;

  public CompositionBalanceService(ConferenceQueries conferences, ConferenceComposition composition,
      CompositionBalanceRepository attestations) {
    this.conferences = conferences;
    this.composition = composition;
    this.attestations = attestations;
  }

  /** The criteria the plan lists for the conference's tier, in plan order; empty when none or no composition rule. */
  @Transactional(readOnly = true)
  public List<BalanceCriterionRule> criteriaOf(Long conferenceId) {
    return criteriaOf(conferences.get(conferenceId));
  }

  private List<BalanceCriterionRule> criteriaOf(Conference conference) {
    CompositionRule rule = conferences.tierOf(conference).composition();
    return rule == null ? List.of() : rule.balanceCriteria();
  }

  /**
   * The form's checklist options, one per criterion the plan lists: {@code {label: "Đại biểu nữ (§II.2.2)", value:
   * "WOMEN"}}.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> options(Long conferenceId) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (BalanceCriterionRule c : criteriaOf(conferenceId)) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", c.label() + " (" + c.clause() + ")");
      option.put("value", c.code().name());
      options.add(option);
    }
    return options;
  }

  /**
   * Records the proposed composition ({@link ConferenceComposition#propose}) and, when it stands, the office's
   * attestation of every criterion the plan lists, for the vote round the composition opens.
   *
   * @throws InvalidInputException every problem at once, nothing written: the composition's broken rules (against
   *     their fields, as {@link ConferenceComposition#propose} reports them), each criterion left unattested (field
   *     {@value #ATTESTED_FIELD}: "Chưa xác nhận cơ cấu đại biểu «Đại biểu nữ» (§II.2.2) …"), a code the plan does not
   *     list, a note over {@value #MAX_NOTE} characters (field {@value #NOTE_FIELD}). Only broken composition rules:
   *     the {@link vn.thiduaflow.rule.RuleViolationException} itself.
   */
  public void propose(Long conferenceId, Composition composition, Attestation attestation) {
    Conference conference = conferences.get(conferenceId);
    List<BalanceCriterionRule> criteria = criteriaOf(conference);
    List<Violation> problems = problems(criteria, attestation);
    try {
      this.composition.propose(conferenceId, composition);
    } catch (InvalidInputException broken) {
      if (problems.isEmpty()) {
        throw broken;
      }
      List<Violation> all = new ArrayList<>(broken.violations());
      all.addAll(problems);
      throw new InvalidInputException(all);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int round = conferences.get(conferenceId).getVoteRound();
    var at = EngineClock.now();
    for (BalanceCriterionRule c : criteria) {
      attestations.save(new CompositionBalanceAttestation(conferenceId, round, c.code(), c.label(), attestation.by(),
          at, attestation.note()));
    }
  }

  /** What is wrong with an attestation against the plan's criteria, in the order the plan lists them. */
  static List<Violation> problems(List<BalanceCriterionRule> criteria, Attestation attestation) {
    List<Violation> problems = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    criteria.forEach(c -> listed.add(c.code().name()));
    for (String code : new LinkedHashSet<>(attestation.attested())) {
      if (!listed.contains(code)) {
        problems.add(Violation.of(ATTESTED_FIELD, "conference.balance.criterion.unknown", code));
      }
    }
    for (BalanceCriterionRule c : criteria) {
      if (!attestation.attested().contains(c.code().name())) {
        problems.add(Violation.of(ATTESTED_FIELD, "conference.balance.criterion.notAttested", c.label(), c.clause(),
            c.code()));
      }
    }
    if (attestation.note() != null && attestation.note().length() > MAX_NOTE) {
      problems.add(Violation.of(NOTE_FIELD, "conference.balance.note.tooLong", MAX_NOTE));
    }
    return problems;
  }

  /**
   * The attestations of the conference's latest composition (its highest vote round), in plan order of recording;
   * empty before any composition or when the plan lists no criteria.
   */
  @Transactional(readOnly = true)
  public List<Attested> latest(Long conferenceId) {
    List<CompositionBalanceAttestation> all = attestations.findByConferenceIdOrderByVoteRoundAscIdAsc(conferenceId);
    if (all.isEmpty()) {
      return List.of();
    }
    int round = all.get(all.size() - 1).getVoteRound();
    Map<BalanceCriterion, String> clauses = new java.util.EnumMap<>(BalanceCriterion.class);
    conferences.find(conferenceId).ifPresent(c -> criteriaOf(c).forEach(r -> clauses.put(r.code(), r.clause())));
    return all.stream().filter(a -> a.getVoteRound() == round)
        .map(a -> new Attested(a.getCriterion(), a.getLabel(), clauses.get(a.getCriterion()), a.getAttestedBy(),
            a.getAttestedAt(), a.getNote(), a.getVoteRound()))
        .toList();
  }
}

package vn.thiduaflow.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceQueries;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;

/**
 * The award money a conference's commendation proposal will pay (issue 24) — per line the award form's coefficient
 * for the nominee's kind × the base salary in force on the decisions' date ({@link AwardMoneyCalculator}) — and the
 * fund check the chair sees before approving ({@link FundLedger#check}: the unit's fund of the decisions' year).
 */
@Service
@Transactional(readOnly = true)
public class AwardMoneyProposal {

  /** The form field a shortfall refusal names (the chair's approval: the decisions' date decides the year). */
  public static final String FIELD = "decidedOn";

  private final ConferenceQueries conferences;
  private final CommendationLineRepository lines;
  private final NominationRepository nominations;
  private final AwardMoneyCalculator money;
  private final FundLedger fund;

  AwardMoneyProposal(ConferenceQueries conferences, CommendationLineRepository lines, NominationRepository nominations,
      AwardMoneyCalculator money, FundLedger fund) {
    this.conferences = conferences;
    this.lines = lines;
    this.nominations = nominations;
    this.money = money;
    this.fund = fund;
  }

  /**
   * The proposal's total.
   *
   * @param total VND of the lines whose award money is known
   * @param unknown the award forms' codes without a configured coefficient (or no base salary on the day)
   * @param explanations one "0,3 × 2.340.000 đồng … = 710.000 đồng" per distinct computation
   */
  public record Total(long total, List<String> unknown, List<String> explanations) {
    /** "Tổng tiền thưởng: 2.130.000 đồng" (with what could not be computed). */
    public String text() {
      return "Tổng tiền thưởng: " + AwardMoneyCalculator.dong(total) + (unknown.isEmpty() ? ""
          : " (chưa tính được tiền thưởng của " + String.join(", ", unknown) + ": chưa cấu hình hệ số hoặc mức lương "
              + "cơ sở)");
    }
  }

  /** The total of the conference's proposal for decisions dated that day. */
  public Total total(Long conferenceId, LocalDate decidedOn) {
    Map<Long, Nomination> byId = nominations.findByConferenceIdOrderById(conferenceId).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
    long total = 0;
    List<String> unknown = new ArrayList<>();
    List<String> explained = new ArrayList<>();
    for (CommendationLine l : lines.findByConferenceIdOrderByLineOrder(conferenceId)) {
      Nomination n = byId.get(l.getNominationId());
      var amount = n == null ? java.util.Optional.<AwardMoneyCalculator.Amount>empty()
          : money.of(l.getAwardForm(), n.getKind(), decidedOn);
      if (amount.isEmpty()) {
        if (!unknown.contains(l.getAwardForm())) {
          unknown.add(l.getAwardForm());
        }
        continue;
      }
      total += amount.get().amount();
      String line = n.getKind().label() + ": " + amount.get().explain();
      if (!explained.contains(line)) {
        explained.add(line);
      }
    }
    return new Total(total, unknown, explained);
  }

  /** The fund check of the proposal's total for decisions dated that day (the unit's fund of that year). */
  public FundLedger.Check check(Long conferenceId, LocalDate decidedOn) {
    Conference c = conferences.get(conferenceId);
    return fund.check(c.getUnitCode(), decidedOn.getYear(), total(conferenceId, decidedOn).total(), null);
  }

  /**
   * The fund check, refusing a shortfall: called when the chair approves.
   *
   * @throws vn.thiduaflow.system.InvalidInputException (field {@value #FIELD}, key {@code fund.shortfall}) naming
   *     the shortfall in VND
   */
  public FundLedger.Check require(Long conferenceId, LocalDate decidedOn) {
    Conference c = conferences.get(conferenceId);
    return fund.require(FIELD, c.getUnitCode(), decidedOn.getYear(), total(conferenceId, decidedOn).total(), null);
  }
}

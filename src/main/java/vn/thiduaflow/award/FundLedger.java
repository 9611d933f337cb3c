package vn.thiduaflow.award;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thiduaflow.system.EngineClock;
import vn.thiduaflow.system.InvalidInputException;

/**
 * A unit's emulation & commendation fund (quỹ thi đua, khen thưởng) per year (issue 24): the finance officer records
 * the year's income; approved budget estimates and issued decisions record their spending. Amounts in VND.
 *
 * <p>The rule {@link #check}: what is to be paid (a decision's award money, an estimate's total) must not exceed the
 * fund's balance of the year (income − spending recorded) — the seed plans pay the conference and its awards "từ
 * nguồn ngân sách xã được trích từ quỹ thi đua khen thưởng xã" (plan 002 Bình An §III; 001 §IV, 003 §IV.6 alike).
 * Two outcomes differ on purpose:
 * <ul>
 *   <li>no income recorded for the unit and year: <em>not checked</em> ("chưa kiểm tra: chưa có số liệu quỹ") — the
 *       fund may be kept in the unit's accounting software only; the chair sees that it was not checked and decides;
 *   <li>a shortfall: <em>refused</em> ({@link #require}) naming the shortfall in VND — money the fund does not hold
 *       cannot be paid by a decision or an approved estimate; an official expects the approval to stop there, and the
 *       way out is either a smaller proposal or the finance officer recording the income the budget adds.
 * </ul>
 */
@Service
@Transactional
public class FundLedger {

  /** Largest amount of one entry (VND): one hundred billion, far beyond a commune's fund. */
  public static final long MAX_AMOUNT = 100_000_000_000L;
  /** Longest source text (characters; column {@code fund_entry.source}). */
  public static final int MAX_SOURCE = 300;

  private final FundEntryRepository entries;

  FundLedger(FundEntryRepository entries) {
    this.entries = entries;
  }

  /**
   * The fund's figures of a year.
   *
   * @param income VND recorded as income
   * @param spending VND recorded as spending
   * @param recorded whether any income was recorded (else the fund is unknown here)
   */
  public record Balance(long income, long spending, boolean recorded) {
    /** income − spending, VND (negative when overspent). */
    public long balance() {
      return income - spending;
    }
  }

  /** The outcome of the fund check. */
  public enum Outcome { PASSED, SHORTFALL, NOT_CHECKED }

  /**
   * A fund check's result.
   *
   * @param outcome passed, shortfall, or not checked (no fund record)
   * @param amount what is to be paid, VND
   * @param balance the fund's balance before it, VND (0 when not checked)
   * @param text the line the chair reads, with the rule's source
   */
  public record Check(Outcome outcome, long amount, long balance, String text) {
    /** VND missing: amount − balance (0 unless a shortfall). */
    public long shortfall() {
      return outcome == Outcome.SHORTFALL ? amount - balance : 0;
    }
  }

  /** The fund's figures of a unit in a year. */
  @Transactional(readOnly = true)
  public Balance balance(String unitCode, int year) {
    List<FundEntry> all = entries.findByUnitCodeAndFundYearOrderById(unitCode, year);
    long income = all.stream().filter(e -> e.getKind() == FundEntry.Kind.INCOME).mapToLong(FundEntry::getAmount)
        .sum();
    long spending = all.stream().filter(e -> e.getKind() == FundEntry.Kind.SPENDING)
        .mapToLong(FundEntry::getAmount).sum();
    return new Balance(income, spending, all.stream().anyMatch(e -> e.getKind() == FundEntry.Kind.INCOME));
  }

  /**
   * Checks an amount against the fund of a unit's year, leaving out the entry under {@code except} (the one this
   * payment would replace, so a retried or re-sent payment is not counted against itself); null for none.
   */
  @Transactional(readOnly = true)
  public Check check(String unitCode, int year, long amount, String except) {
    Balance b = balance(unitCode, year);
    long spentBefore = entries.findByReference(except == null ? "" : except)
        .filter(e -> e.getKind() == FundEntry.Kind.SPENDING && e.getUnitCode().equals(unitCode)
            && e.getFundYear() == year).map(FundEntry::getAmount).orElse(0L);
    long balance = b.balance() + spentBefore;
    String rule = " — kinh phí trích từ quỹ thi đua, khen thưởng của đơn vị năm " + year + " (Kế hoạch, mục Kinh phí:"
        + " «trích từ quỹ thi đua khen thưởng»)";
    if (!b.recorded()) {
      return new Check(Outcome.NOT_CHECKED, amount, 0, "Chưa kiểm tra quỹ: chưa có số liệu thu của quỹ thi đua, "
          + "khen thưởng năm " + year + rule);
    }
    if (amount <= balance) {
      return new Check(Outcome.PASSED, amount, balance, "Đủ quỹ: " + AwardMoneyCalculator.dong(amount)
          + " ≤ số dư " + AwardMoneyCalculator.dong(balance) + rule);
    }
    return new Check(Outcome.SHORTFALL, amount, balance, "Không đủ quỹ: cần " + AwardMoneyCalculator.dong(amount)
        + ", số dư " + AwardMoneyCalculator.dong(balance) + ", thiếu " + AwardMoneyCalculator.dong(amount - balance)
        + rule);
  }

  /**
   * {@link #check}, refusing a shortfall.
   *
   * @param field the form field the refusal names
   * @throws InvalidInputException (key {@code fund.shortfall}: the amount, the balance and the shortfall in VND)
   */
  @Transactional(readOnly = true)
  public Check require(String field, String unitCode, int year, long amount, String except) {
    Check c = check(unitCode, year, amount, except);
    if (c.outcome() == Outcome.SHORTFALL) {
      throw InvalidInputException.of(field, "fund.shortfall", AwardMoneyCalculator.dong(amount),
          AwardMoneyCalculator.dong(c.balance()), year, AwardMoneyCalculator.dong(c.shortfall()));
    }
    return c;
  }

  /**
   * Records income (or replaces the income recorded under the reference).
   *
   * @throws InvalidInputException (field given) for an amount outside 1–{@value #MAX_AMOUNT} VND or a source of
   *     more than {@value #MAX_SOURCE} characters or blank
   */
  public FundEntry recordIncome(String field, String unitCode, int year, long amount, String source,
      String reference, String actor) {
    return record(field, FundEntry.Kind.INCOME, unitCode, year, amount, source, reference, actor);
  }

  /** Records spending (or replaces the spending under the reference); 0 VND removes nothing but records 0. */
  public FundEntry recordSpending(String unitCode, int year, long amount, String source, String reference,
      String actor) {
    return record("amount", FundEntry.Kind.SPENDING, unitCode, year, amount, source, reference, actor);
  }

  /** The entry under a reference. */
  @Transactional(readOnly = true)
  public Optional<FundEntry> entry(String reference) {
    return entries.findByReference(reference);
  }

  private FundEntry record(String field, FundEntry.Kind kind, String unitCode, int year, long amount, String source,
      String reference, String actor) {
    if (amount < (kind == FundEntry.Kind.INCOME ? 1 : 0) || amount > MAX_AMOUNT) {
      throw InvalidInputException.of(field, "fund.amount", AwardMoneyCalculator.dong(MAX_AMOUNT));
    }
    String text = source == null ? "" : source.strip();
    if (text.isEmpty() || text.length() > MAX_SOURCE) {
      throw InvalidInputException.of(field, "fund.source", MAX_SOURCE);
    }
    FundEntry e = entries.findByReference(reference).orElseGet(() -> new FundEntry(unitCode, year, kind, reference));
    e.set(amount, text, actor, EngineClock.now());
    return entries.save(e);
  }
}

package vn.thiduaflow.award;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision register of the issuing authorities (sổ đăng ký văn bản đi): gives a decision its number, sequential
 * per authority and calendar year from 1 (Decree 30/2020/NĐ-CP, Art. 15: "số của văn bản … được đăng ký tại Văn thư
 * cơ quan … bắt đầu liên tiếp từ số 01 vào ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12 hằng năm").
 *
 * <p>Safe with several nodes on one database: a number is taken by one UPDATE of the authority's counter row, which
 * makes every other node taking a number of the same authority and year wait until this transaction ends, then see
 * the new value. A number is never given twice: it is taken in the transaction that stores its decision, so a
 * transaction that fails gives its number back together with the decision it would have numbered, and a decision
 * once stored keeps its number (a unique constraint on the decision table guards it as well).
 */
@Service
public class DecisionRegister {

  private final DecisionCounterRepository counters;
  private final TransactionTemplate ownTransaction;

  DecisionRegister(DecisionCounterRepository counters, PlatformTransactionManager transactions) {
    this.counters = counters;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Takes the authority's next number for the year, within the caller's transaction (required: the number belongs
   * to what that transaction stores).
   *
   * @param authorityCode the issuing authority (e.g. {@code 26734}, the People's Committee of that unit)
   * @param year the calendar year of the decision's date
   * @return the number, 1 for the first decision of the year
   * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String authorityCode, int year) {
    if (counters.increment(authorityCode, year) == 0) {
      createCounter(authorityCode, year);
      counters.increment(authorityCode, year);
    }
    return counters.lastNumber(authorityCode, year).orElseThrow();
  }

  /** The last number the authority gave in the year, 0 when none. */
  @Transactional(readOnly = true)
  public int last(String authorityCode, int year) {
    return counters.lastNumber(authorityCode, year).orElse(0);
  }

  /**
   * The year's counter, created in a transaction of its own so that it is there for every node at once; when another
   * node created it first, its insert fails on the primary key and that counter is used.
   */
  private void createCounter(String authorityCode, int year) {
    try {
      ownTransaction.executeWithoutResult(status -> counters.create(authorityCode, year));
    } catch (DataIntegrityViolationException alreadyCreated) {
      // another transaction created it between our update and our insert
    }
  }
}

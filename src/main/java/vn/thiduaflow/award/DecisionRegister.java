package vn.thiduaflow.award;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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
  private final DataSource dataSource;
  private final JdbcTemplate jdbc;

  DecisionRegister(DecisionCounterRepository counters, DataSource dataSource) {
    this.counters = counters;
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
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
   * The year's counter, created in the caller's transaction behind a savepoint: when another transaction created it
   * first, the insert waits for that one to end and then fails on the primary key, the savepoint takes the failed
   * insert back (PostgreSQL would otherwise refuse the rest of the transaction) and that counter is used. Not in a
   * transaction of its own: that would hold a second connection per issuer, and as many issuers as the pool has
   * connections, all taking a year's first number at once, would wait for each other's second connection (found by
   * ClusterTest#twoNodesIssuingForTheSameAuthorityAtOnceNeverShareANumberNorLeaveAGap: 25 issuers per node, 10
   * connections).
   */
  private void createCounter(String authorityCode, int year) {
    Connection connection = DataSourceUtils.getConnection(dataSource); // the caller's transaction's connection
    if (!DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
      throw new IllegalStateException("the decision counter is created in the caller's transaction only");
    }
    try {
      Savepoint beforeInsert = connection.setSavepoint();
      try {
        // plain JDBC on the transaction's connection: a failure through JPA would mark the whole transaction
        // rollback-only, whatever the savepoint does
        jdbc.update("insert into decision_counter (authority_code, decision_year, last_number) values (?, ?, 0)",
            authorityCode, year);
        connection.releaseSavepoint(beforeInsert);
      } catch (DataIntegrityViolationException alreadyCreated) {
        connection.rollback(beforeInsert);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("savepoint around the decision counter of " + authorityCode, e);
    }
  }
}

package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduaflow.database.ThiDuaFlowPostgresTest;

/**
 * The year's counter of an authority is created inside the transaction that takes the first number, behind a savepoint
 * ({@link DecisionRegister}), on PostgreSQL, where a failed statement would otherwise end the transaction: a
 * transaction that fails takes the counter it created with it; and when two transactions take an authority's first
 * number at once, the second one's insert waits for the first, fails on the key once the first has committed, and the
 * second goes on with number 2 in the same transaction.
 */
@ThiDuaFlowPostgresTest
class DecisionCounterCreationPostgresTest {

  @Autowired DecisionRegister register;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  private static String authority() {
    return "S" + UUID.randomUUID().toString().substring(0, 8);
  }

  private int counters(String authority) {
    return jdbc.queryForObject("select count(*) from decision_counter where authority_code = ?", Integer.class,
        authority);
  }

  @Test
  void aTransactionThatFailsTakesTheCounterItCreatedWithIt() {
    String a = authority();
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
      assertThat(register.next(a, 2025)).isEqualTo(1);
      throw new IllegalStateException("the decision could not be stored");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(counters(a)).as("created in the failed transaction, gone with it").isZero();
    Integer again = new TransactionTemplate(transactions).execute(s -> register.next(a, 2025));
    assertThat(again).isEqualTo(1);
    assertThat(counters(a)).isEqualTo(1);
  }

  @Test
  void theSecondOfTwoFirstNumbersWaitsForTheFirstAndGoesOnWithTwo() throws Exception {
    String a = authority();
    CountDownLatch firstTook = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    ExecutorService issuers = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = issuers.submit(() -> new TransactionTemplate(transactions).execute(s -> {
        int n = register.next(a, 2025); // creates the counter, not yet committed
        firstTook.countDown();
        try {
          releaseFirst.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return n;
      }));
      assertThat(firstTook.await(30, TimeUnit.SECONDS)).isTrue();
      Future<Integer> second = issuers.submit(() -> new TransactionTemplate(transactions)
          .execute(s -> register.next(a, 2025)));
      // the second's insert of the same counter waits on the first's uncommitted row
      Awaitility.await("the second issuer waits for the first").atMost(Duration.ofSeconds(30))
          .until(() -> jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
              + "and query like 'insert into decision_counter%'", Integer.class) > 0);
      releaseFirst.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(second.get(30, TimeUnit.SECONDS)).as("the same transaction goes on after its failed insert")
          .isEqualTo(2);
      assertThat(register.last(a, 2025)).isEqualTo(2);
      assertThat(counters(a)).isEqualTo(1);
    } finally {
      releaseFirst.countDown();
      issuers.shutdownNow();
    }
  }
}

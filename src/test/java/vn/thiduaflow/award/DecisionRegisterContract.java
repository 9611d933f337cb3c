package vn.thiduaflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision register's numbers (Decree 30/2020/NĐ-CP, Art. 15: from 01 each year, per issuing authority), on the
 * database of the subclass (H2: {@link DecisionRegisterTest}, PostgreSQL: {@link DecisionRegisterPostgresTest}).
 * Two issuers at once stand for two nodes: each takes its numbers in transactions of its own, on connections of its
 * own, as a second node would on the shared database.
 */
abstract class DecisionRegisterContract {

  @Autowired DecisionRegister register;
  @Autowired PlatformTransactionManager transactions;

  private int next(String authority, int year) {
    return new TransactionTemplate(transactions).execute(s -> register.next(authority, year));
  }

  private static String authority() {
    return "T" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void numbersStartAtOneAndFollowEachOtherPerAuthorityAndYear() {
    String a = authority();
    String b = authority();
    assertThat(register.last(a, 2025)).isZero();
    assertThat(List.of(next(a, 2025), next(a, 2025), next(a, 2025))).containsExactly(1, 2, 3);
    assertThat(next(b, 2025)).as("another authority counts on its own").isEqualTo(1);
    assertThat(next(a, 2026)).as("a new year starts again at 1").isEqualTo(1);
    assertThat(next(a, 2025)).isEqualTo(4);
    assertThat(register.last(a, 2025)).isEqualTo(4);
  }

  @Test
  void aNumberTakenInATransactionThatFailsIsNotLostToAStoredDecision() {
    String a = authority();
    assertThat(next(a, 2025)).isEqualTo(1);
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
      register.next(a, 2025);
      throw new IllegalStateException("the decision could not be stored");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(register.last(a, 2025)).as("the failed transaction's number went back with it").isEqualTo(1);
    assertThat(next(a, 2025)).isEqualTo(2);
  }

  @Test
  void aNumberIsOnlyTakenInsideTheTransactionThatStoresItsDecision() {
    assertThatThrownBy(() -> register.next(authority(), 2025)).isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void twoIssuersAtOnceNeverShareANumberNorLeaveAGap() throws Exception {
    String a = authority();
    int each = 25;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<List<Integer>> issuer = () -> {
        start.await();
        List<Integer> mine = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          mine.add(next(a, 2025)); // the first ones race for the year's counter too
        }
        return mine;
      };
      Future<List<Integer>> first = nodes.submit(issuer);
      Future<List<Integer>> second = nodes.submit(issuer);
      start.countDown();
      List<Integer> one = first.get(60, TimeUnit.SECONDS);
      List<Integer> two = second.get(60, TimeUnit.SECONDS);
      Set<Integer> all = new TreeSet<>(one);
      all.addAll(two);
      assertThat(all).as("no number given twice").hasSize(2 * each);
      assertThat(all).first().isEqualTo(1);
      assertThat(all).last().isEqualTo(2 * each);
      assertThat(one).isSorted();
      assertThat(two).isSorted();
    } finally {
      nodes.shutdownNow();
    }
  }
}

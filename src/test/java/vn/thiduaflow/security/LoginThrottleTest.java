package vn.thiduaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The login throttle's rules at their boundaries, on a clock the test moves: the free failures (exactly the fifth
 * failure of a user at an address makes the next attempt wait, the fourth does not), the doubling wait and its cap,
 * forgetting, the keys an address the user logged in from is spared, and attempts at the same moment.
 */
class LoginThrottleTest {

  private static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-01T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void pass(Duration d) {
      now = now.plus(d);
    }
  }

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(5, 10, 20, Duration.ofSeconds(1),
      Duration.ofMinutes(15), Duration.ofHours(1), 1000), clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.attempt(user, address)).as("attempt " + (i + 1) + " of " + user).isEmpty();
    }
  }

  @Test
  void theFifthFailureOfAUserAtAnAddressMakesTheNextAttemptWaitOneSecondTheFourthDoesNot() {
    fail("hoa", "10.0.0.1", 4);
    assertThat(throttle.waitBefore("hoa", "10.0.0.1")).isEmpty();
    fail("hoa", "10.0.0.1", 1);
    var wait = throttle.waitBefore("hoa", "10.0.0.1");
    assertThat(wait).isPresent();
    assertThat(wait.get().remaining()).isEqualTo(Duration.ofSeconds(1));
    assertThat(wait.get().key()).isEqualTo("user-at-address");
    // the same user elsewhere and another user here are not held up
    assertThat(throttle.waitBefore("hoa", "10.0.0.2")).isEmpty();
    assertThat(throttle.waitBefore("lan", "10.0.0.1")).isEmpty();
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToItsCap() {
    fail("hoa", "10.0.0.1", 5);
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Duration wait = throttle.waitBefore("hoa", "10.0.0.1").orElseThrow().remaining();
      waits.add(wait.toSeconds());
      clock.pass(wait);
      fail("hoa", "10.0.0.1", 1);
    }
    assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
  }

  @Test
  void anAttemptThatMustWaitIsNotCountedAndTheWaitEndsByItself() {
    fail("hoa", "10.0.0.1", 5);
    assertThat(throttle.attempt("hoa", "10.0.0.1")).isPresent();
    assertThat(throttle.attempt("hoa", "10.0.0.1")).isPresent();
    clock.pass(Duration.ofMillis(999));
    assertThat(throttle.attempt("hoa", "10.0.0.1")).isPresent();
    clock.pass(Duration.ofMillis(1));
    // refused attempts did not count: the wait after the sixth failure is 2 s, not 8 s
    fail("hoa", "10.0.0.1", 1);
    assertThat(throttle.waitBefore("hoa", "10.0.0.1").orElseThrow().remaining()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRightPasswordClearsTheUserAtThatAddressAndTakesBackItsCountedFailure() {
    fail("hoa", "10.0.0.1", 4);
    assertThat(throttle.attempt("hoa", "10.0.0.1")).isEmpty();
    throttle.succeeded("hoa", "10.0.0.1");
    fail("hoa", "10.0.0.1", 4);
    assertThat(throttle.waitBefore("hoa", "10.0.0.1")).isEmpty();
  }

  @Test
  void anAttemptWhosePasswordCouldNotBeCheckedIsTakenBack() {
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.attempt("hoa", "10.0.0.1")).isEmpty();
      throttle.notChecked("hoa", "10.0.0.1"); // the database was away
    }
    assertThat(throttle.waitBefore("hoa", "10.0.0.1")).isEmpty();
    assertThat(throttle.waiting()).isEmpty();
  }

  @Test
  void tenFailuresFromOneAddressHoldUpItsOtherUsersButNotOneWhoLoggedInThereBefore() {
    assertThat(throttle.attempt("lan", "10.0.0.9")).isEmpty();
    throttle.succeeded("lan", "10.0.0.9");
    for (int i = 0; i < 10; i++) {
      fail("guess" + i, "10.0.0.9", 1);
    }
    assertThat(throttle.waitBefore("minh", "10.0.0.9")).isPresent().get()
        .extracting(LoginThrottle.Wait::key).isEqualTo("address");
    assertThat(throttle.waitBefore("lan", "10.0.0.9")).isEmpty();
  }

  @Test
  void twentyFailuresOfOneUserFromManyAddressesHoldUpOnlyNewAddresses() {
    assertThat(throttle.attempt("admin", "10.0.1.1")).isEmpty();
    throttle.succeeded("admin", "10.0.1.1");
    for (int i = 0; i < 19; i++) {
      fail("admin", "10.0.2." + i, 1);
    }
    assertThat(throttle.waitBefore("admin", "10.0.3.1")).isEmpty();
    fail("admin", "10.0.2.99", 1);
    assertThat(throttle.waitBefore("admin", "10.0.3.1")).isPresent().get()
        .extracting(LoginThrottle.Wait::key).isEqualTo("user");
    assertThat(throttle.waitBefore("admin", "10.0.1.1")).isEmpty();
  }

  @Test
  void failuresAreForgottenAnHourAfterTheLastAndAnAdministratorCanForgetThemAtOnce() {
    fail("hoa", "10.0.0.1", 5);
    clock.pass(Duration.ofMinutes(59));
    fail("hoa", "10.0.0.1", 1); // still remembered: the sixth failure
    assertThat(throttle.waitBefore("hoa", "10.0.0.1").orElseThrow().remaining()).isEqualTo(Duration.ofSeconds(2));
    clock.pass(Duration.ofMinutes(60));
    fail("hoa", "10.0.0.1", 1); // forgotten: the first again
    assertThat(throttle.waitBefore("hoa", "10.0.0.1")).isEmpty();
    fail("hoa", "10.0.0.1", 4);
    assertThat(throttle.waiting()).extracting(r -> r.get("key")).contains("hoa@10.0.0.1");
    assertThat(throttle.clear("hoa", null)).isPositive();
    assertThat(throttle.waitBefore("hoa", "10.0.0.1")).isEmpty();
    assertThat(throttle.waiting()).isEmpty();
  }

  @Test
  void attemptsAtTheSameMomentAreCountedOneByOne() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger checked = new AtomicInteger();
    for (int i = 0; i < 200; i++) {
      pool.submit(() -> {
        start.await();
        if (throttle.attempt("admin", "10.0.0.7").isEmpty()) {
          checked.incrementAndGet();
        }
        return null;
      });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(checked).hasValue(5);
  }

  @Test
  void anIpv6AddressCountsByItsSlash64() {
    assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
    assertThat(LoginThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"));
    assertThat(LoginThrottle.addressKey("203.0.113.5")).isEqualTo("203.0.113.5");
  }
}

package vn.thiduaflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The captcha-free allowance per network: exactly the allowance passes, one more is refused, others unaffected. */
class DisclosureRateLimitTest {

  @Test
  void theFifthCommentOfANetworkPassesAndTheSixthIsRefused() {
    DisclosureRateLimit limit = new DisclosureRateLimit(5, Duration.ofMinutes(10), 1000);
    for (int i = 1; i <= 5; i++) {
      assertThat(limit.tryTake("a")).as("comment %d", i).isTrue();
    }
    assertThat(limit.tryTake("a")).isFalse();
    assertThat(limit.tryTake("b")).as("another network").isTrue();
  }

  @Test
  void theSenderKeyIsAOneWayHashAndAnIpv6NetworkCountsAsOne() {
    String key = DisclosureService.senderKey("203.0.113.7");
    assertThat(key).hasSize(64).doesNotContain("203");
    String network = DisclosureService.senderKey("2001:db8:1:2::5");
    assertThat(DisclosureService.senderKey("2001:db8:1:2::9")).isEqualTo(network);
    assertThat(DisclosureService.senderKey("2001:db8:1:3::5")).isNotEqualTo(network);
  }
}

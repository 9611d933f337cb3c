package vn.thiduaflow.disclosure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many comments one network may send, without a captcha: at most {@code comments-per-window} (default 5) per
 * sender key in a window of {@code window} (default 10 minutes) counted from the key's first comment in it; in memory,
 * per node, bounded to {@code max-keys} keys (least recently used dropped). The key is the network, not the person:
 * an office behind one router shares it, which the default allows for; a determined sender with many addresses is
 * the per-list cap's business ({@link DisclosureService#MAX_COMMENTS}).
 */
@Component
public class DisclosureRateLimit {

  private final int perWindow;
  private final Cache<String, AtomicInteger> counts;

  /**
   * @param perWindow comments allowed per sender key and window, at least 1
   * @param window the window's length
   * @param maxKeys the most sender keys remembered at once
   */
  public DisclosureRateLimit(@Value("${thiduaflow.disclosure.comments-per-window:5}") int perWindow,
      @Value("${thiduaflow.disclosure.window:PT10M}") Duration window,
      @Value("${thiduaflow.disclosure.max-keys:100000}") long maxKeys) {
    this.perWindow = Math.max(1, perWindow);
    this.counts = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(maxKeys).build();
  }

  /** Takes one comment from the sender's allowance: true while it lasts (the {@code perWindow}-th is the last). */
  public boolean tryTake(String senderKey) {
    return counts.get(senderKey, k -> new AtomicInteger()).incrementAndGet() <= perWindow;
  }
}

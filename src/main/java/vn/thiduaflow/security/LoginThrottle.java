package vn.thiduaflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without giving anyone a button that locks a user out. Camunda's own policy (ten wrong
 * passwords lock the user until an administrator unlocks it, and each wrong try refuses even the right password for a
 * while) is switched off ({@code loginMaxAttempts}, {@code loginDelay*} in {@code application.yaml}); instead every
 * wrong password counts against three keys, each with a number of free failures after which the next attempt must
 * wait, the wait doubling with each further failure up to a cap:
 * <ul>
 *   <li>the user <em>from that address</em> ({@code user-at-address-free}, default 5 failures): the usual guesser;</li>
 *   <li>the source address, whatever users it tries ({@code address-free}, default 10): one address trying many
 *       users;</li>
 *   <li>the user from any address ({@code user-free}, default 20): many addresses trying one user.</li>
 * </ul>
 * The last two are not applied to a user at an address they have logged in from in the last 30 days, so neither an
 * attack from elsewhere nor a colleague's typing behind the same office router keeps the real user out of their
 * usual place of work. IPv6 addresses count by their /64 network ({@link #addressKey}).
 * The wait after the {@code n}-th counted failure, {@code n ≥ free}, is {@code base × 2^(n − free)} seconds, at most
 * {@code max-delay}; a key is forgotten {@code forget-after} its last failure. Attempts refused for waiting are not
 * checked and do not count. The check is made where Camunda checks every password ({@link PasswordCheckThrottle}: HTTP
 * Basic, the webapps' login, {@code identity/verify}), each attempt counted before its password is checked
 * ({@link #attempt}); a successful login clears the count of that user at that address only.
 *
 * <p>State is kept in memory, per node, bounded ({@code max-keys} per kind, least recently used dropped). Nothing is
 * ever locked for good: waits end by themselves, a restart clears them, and an administrator can clear them at once
 * ({@link #clear}, {@code DELETE /api/security/login-delays}).
 */
@Component
public class LoginThrottle {

  /** Counted failures of one key and when the last one happened. */
  record Failures(int count, Instant last) {}

  /** Why and how long an attempt must wait. */
  public record Wait(Duration remaining, String key) {}

  private final Settings settings;
  private final Clock clock;
  private final Cache<String, Failures> byUserAtAddress;
  private final Cache<String, Failures> byAddress;
  private final Cache<String, Failures> byUser;
  private final Cache<String, Boolean> knownAddresses;

  /**
   * Free failures, base and cap of the wait, and memory of the throttle.
   *
   * @param userAtAddressFree failures of one user from one address before waits start
   * @param addressFree failures from one address (any users) before waits start
   * @param userFree failures of one user from all addresses before waits start for addresses it never logged in from
   * @param baseDelay the first wait
   * @param maxDelay the longest wait
   * @param forgetAfter how long after its last failure a key is forgotten
   * @param maxKeys the most keys kept per kind
   */
  public record Settings(int userAtAddressFree, int addressFree, int userFree, Duration baseDelay, Duration maxDelay,
      Duration forgetAfter, long maxKeys) {
    /**
     * @throws IllegalArgumentException when a count is below 1 or a duration not positive
     */
    public Settings {
      if (userAtAddressFree < 1 || addressFree < 1 || userFree < 1 || maxKeys < 1 || baseDelay.isNegative()
          || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
        throw new IllegalArgumentException("thiduaflow.login-throttle: free counts must be at least 1, 0 < base-delay"
            + " <= max-delay <= forget-after");
      }
    }
  }

  @Autowired
  LoginThrottle(@Value("${thiduaflow.login-throttle.user-at-address-free:5}") int userAtAddressFree,
      @Value("${thiduaflow.login-throttle.address-free:10}") int addressFree,
      @Value("${thiduaflow.login-throttle.user-free:20}") int userFree,
      @Value("${thiduaflow.login-throttle.base-delay:PT1S}") Duration baseDelay,
      @Value("${thiduaflow.login-throttle.max-delay:PT15M}") Duration maxDelay,
      @Value("${thiduaflow.login-throttle.forget-after:PT1H}") Duration forgetAfter,
      @Value("${thiduaflow.login-throttle.max-keys:100000}") long maxKeys) {
    this(new Settings(userAtAddressFree, addressFree, userFree, baseDelay, maxDelay, forgetAfter, maxKeys),
        Clock.systemUTC());
  }

  /** A throttle with the given settings and clock (tests move the clock). */
  public LoginThrottle(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    com.github.benmanes.caffeine.cache.Ticker ticker = () -> clock.millis() * 1_000_000L;
    this.byUserAtAddress = cache(settings.forgetAfter(), settings.maxKeys(), ticker);
    this.byAddress = cache(settings.forgetAfter(), settings.maxKeys(), ticker);
    this.byUser = cache(settings.forgetAfter(), settings.maxKeys(), ticker);
    this.knownAddresses = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(30)).maximumSize(settings.maxKeys())
        .ticker(ticker).build();
  }

  private static Cache<String, Failures> cache(Duration forgetAfter, long maxKeys,
      com.github.benmanes.caffeine.cache.Ticker ticker) {
    return Caffeine.newBuilder().expireAfterWrite(forgetAfter).maximumSize(maxKeys).ticker(ticker).build();
  }

  /**
   * The wait an attempt to log in as {@code user} from {@code address} must still serve, if any: the longest of its
   * keys' waits.
   */
  public Optional<Wait> waitBefore(String user, String address) {
    Instant now = clock.instant();
    List<Wait> waits = new ArrayList<>();
    remaining(byUserAtAddress.getIfPresent(userAtAddress(user, address)), settings.userAtAddressFree(), now)
        .ifPresent(d -> waits.add(new Wait(d, "user-at-address")));
    if (knownAddresses.getIfPresent(userAtAddress(user, address)) == null) {
      remaining(byAddress.getIfPresent(address), settings.addressFree(), now)
          .ifPresent(d -> waits.add(new Wait(d, "address")));
      remaining(byUser.getIfPresent(user), settings.userFree(), now).ifPresent(d -> waits.add(new Wait(d, "user")));
    }
    return waits.stream().max(java.util.Comparator.comparing(Wait::remaining));
  }

  /**
   * One password check about to happen: refused (the wait returned, nothing counted) while a key of the attempt must
   * wait; otherwise counted at once as a failure on each key — before the password is checked, so that many
   * attempts sent at the same moment cannot all pass before the first failure is counted — and taken back by
   * {@link #succeeded} when the password was right. Atomic per user and address.
   */
  public Optional<Wait> attempt(String user, String address) {
    synchronized (stripe(userAtAddress(user, address))) {
      Optional<Wait> wait = waitBefore(user, address);
      if (wait.isEmpty()) {
        failed(user, address);
      }
      return wait;
    }
  }

  /** A wrong password for {@code user} from {@code address}: one more failure on each of its keys. */
  private void failed(String user, String address) {
    Instant now = clock.instant();
    java.util.function.BiFunction<String, Failures, Failures> add = (k, f) -> new Failures(f == null ? 1
        : f.count() + 1, now);
    byUserAtAddress.asMap().compute(userAtAddress(user, address), add);
    byAddress.asMap().compute(address, add);
    byUser.asMap().compute(user, add);
  }

  /**
   * The password of an {@link #attempt} was right: the user's count at this address is cleared, the failure the
   * attempt counted on the address and on the user is taken back, and the address is known for the user for another
   * 30 days (from then on neither the address's nor the user's count keeps the user out there).
   */
  public void succeeded(String user, String address) {
    String key = userAtAddress(user, address);
    knownAddresses.put(key, Boolean.TRUE);
    byUserAtAddress.invalidate(key);
    byAddress.asMap().computeIfPresent(address, LoginThrottle::lessOne);
    byUser.asMap().computeIfPresent(user, LoginThrottle::lessOne);
  }

  /**
   * The password of an {@link #attempt} could not be checked (the database was away, the caller may not check that
   * user's password): the failure it counted is taken back, nothing else changes.
   */
  public void notChecked(String user, String address) {
    byUserAtAddress.asMap().computeIfPresent(userAtAddress(user, address), LoginThrottle::lessOne);
    byAddress.asMap().computeIfPresent(address, LoginThrottle::lessOne);
    byUser.asMap().computeIfPresent(user, LoginThrottle::lessOne);
  }

  private static Failures lessOne(String key, Failures f) {
    return f.count() <= 1 ? null : new Failures(f.count() - 1, f.last());
  }

  /**
   * Forgets the failures of a user (every address) and/or of an address; both null forgets everything. For an
   * administrator who must let someone in at once.
   *
   * @return how many keys were forgotten
   */
  public int clear(String user, String address) {
    int before = size();
    if (user == null && address == null) {
      byUserAtAddress.invalidateAll();
      byAddress.invalidateAll();
      byUser.invalidateAll();
    } else {
      if (user != null) {
        byUser.invalidate(user);
        byUserAtAddress.asMap().keySet().removeIf(k -> k.startsWith(user + "@"));
      }
      if (address != null) {
        byAddress.invalidate(address);
        byUserAtAddress.asMap().keySet().removeIf(k -> k.endsWith("@" + address));
      }
    }
    return before - size();
  }

  /**
   * The keys that must wait now, for an administrator: kind ({@code user}, {@code address}, {@code user-at-address}),
   * key, failures, seconds still to wait.
   */
  public List<Map<String, Object>> waiting() {
    Instant now = clock.instant();
    List<Map<String, Object>> rows = new ArrayList<>();
    collect(rows, "user-at-address", byUserAtAddress, settings.userAtAddressFree(), now);
    collect(rows, "address", byAddress, settings.addressFree(), now);
    collect(rows, "user", byUser, settings.userFree(), now);
    return rows;
  }

  private void collect(List<Map<String, Object>> rows, String kind, Cache<String, Failures> cache, int free,
      Instant now) {
    cache.asMap().forEach((key, f) -> remaining(f, free, now).ifPresent(d -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", kind);
      row.put("key", key);
      row.put("failures", f.count());
      row.put("waitSeconds", seconds(d));
      rows.add(row);
    }));
  }

  /** Whole seconds of a wait, rounded up (a Retry-After header). */
  public static long seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000);
  }

  private int size() {
    return (int) (byUserAtAddress.estimatedSize() + byAddress.estimatedSize() + byUser.estimatedSize());
  }

  private Optional<Duration> remaining(Failures f, int free, Instant now) {
    if (f == null || f.count() < free) {
      return Optional.empty();
    }
    Duration left = Duration.between(now, f.last().plus(delay(f.count() - free)));
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  /** The wait after the free failures plus {@code extra}: base × 2^extra, at most the cap. */
  Duration delay(int extra) {
    if (extra >= 30) {
      return settings.maxDelay();
    }
    Duration d = settings.baseDelay().multipliedBy(1L << extra);
    return d.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : d;
  }

  private static String userAtAddress(String user, String address) {
    return user + "@" + address;
  }

  private final Object[] stripes = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

  private Object stripe(String key) {
    return stripes[Math.floorMod(key.hashCode(), stripes.length)];
  }

  /**
   * The key of a client address: an IPv4 address as it is, an IPv6 address by its /64 network (one household or
   * office gets a whole /64, so its single addresses say nothing).
   */
  public static String addressKey(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
      return remoteAddress;
    }
    try {
      byte[] bytes = java.net.InetAddress.getByName(remoteAddress).getAddress();
      if (bytes.length != 16) {
        return remoteAddress;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
      }
      return prefix.append(":/64").toString();
    } catch (java.net.UnknownHostException notAnAddress) {
      return remoteAddress;
    }
  }
}

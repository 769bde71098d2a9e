package org.kerangka.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #PER_USER} failed logins for a user name within
 * {@link #WINDOW}, or {@value #PER_CLIENT} from one client address, further attempts are refused
 * until the oldest failure leaves the window. A successful login clears the user's failures.
 */
@Component
public class LoginThrottle {
  static final int PER_USER = 5;
  static final int PER_CLIENT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the user or the client must wait before trying again, if they must. */
  public Optional<Duration> waitFor(String username, String client) {
    Instant now = clock.instant();
    Optional<Duration> user = wait(userKey(username), PER_USER, now);
    Optional<Duration> address = wait(clientKey(client), PER_CLIENT, now);
    if (user.isPresent() && address.isPresent()) {
      return Optional.of(user.get().compareTo(address.get()) > 0 ? user.get() : address.get());
    }
    return user.isPresent() ? user : address;
  }

  public void failed(String username, String client) {
    if (failures.size() > MAX_KEYS) {
      prune(clock.instant());
    }
    Instant now = clock.instant();
    add(userKey(username), now);
    add(clientKey(client), now);
  }

  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() < limit) {
        return Optional.empty();
      }
      Instant oldest = times.peekFirst();
      return Optional.of(Duration.between(now, oldest.plus(WINDOW)));
    }
  }

  private void add(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
      while (times.size() > PER_CLIENT) {
        times.pollFirst();
      }
    }
  }

  private void prune(Instant now) {
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                Instant last = e.getValue().peekLast();
                return last == null || last.isBefore(now.minus(WINDOW));
              }
            });
  }

  private static String userKey(String username) {
    return "u:" + username.toLowerCase(Locale.ROOT);
  }

  private static String clientKey(String client) {
    return "c:" + client;
  }
}

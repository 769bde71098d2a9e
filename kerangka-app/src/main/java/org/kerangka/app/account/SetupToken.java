package org.kerangka.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one-time setup token of a registry without an ADMIN: made at start-up and printed on the
 * console (not the log) with the setup address; {@code /setup} consumes it to create the first
 * ADMIN. It lives in memory only: a restart without an ADMIN prints a new one.
 */
@Component
public class SetupToken {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Accounts accounts;
  private final AtomicReference<@Nullable String> token = new AtomicReference<>();

  SetupToken(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void offerSetup(ApplicationReadyEvent event) {
    // only a running web server can take the token (not the command line, not MockMvc tests)
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext server)
        || server.getWebServer() == null
        || accounts.hasAdmin()) {
      return;
    }
    String secret = issue();
    String port = String.valueOf(server.getWebServer().getPort());
    System.out.println(
        """

        ************************************************************************
        Kerangka has no administrator yet. Create the first one at:

            http://localhost:%s/setup?token=%s

        (or stop the server and run: ./kerangka user add --admin NAME)
        ************************************************************************
        """
            .formatted(port, secret));
    System.out.flush();
  }

  /** Makes a new token, replacing any earlier one. */
  public String issue() {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    token.set(secret);
    return secret;
  }

  /** Whether the token is the current one (and there is still no ADMIN). */
  boolean matches(@Nullable String candidate) {
    String current = token.get();
    return current != null
        && candidate != null
        && !accounts.hasAdmin()
        && MessageDigest.isEqual(
            current.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  /** Uses the token up: it works once. */
  boolean consume(String candidate) {
    String current = token.get();
    return current != null && matches(candidate) && token.compareAndSet(current, null);
  }

  Optional<String> current() {
    return Optional.ofNullable(token.get());
  }
}

package org.kerangka.app.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login through the accounts, refused without checking the password while the user or the
 * client address is throttled; failures and successes are counted and recorded as security events.
 */
final class ThrottledLogin implements AuthenticationProvider {

  /** Login refused because of too many failures; carries the time to wait. */
  static final class ThrottledException extends AuthenticationException {
    private static final long serialVersionUID = 1L;
    private final transient Duration wait;

    ThrottledException(Duration wait) {
      super("too many failed logins");
      this.wait = wait;
    }

    Duration waitFor() {
      return wait;
    }
  }

  private final DaoAuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final SecurityEvents events;

  ThrottledLogin(
      DaoAuthenticationProvider passwords, LoginThrottle throttle, SecurityEvents events) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.events = events;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = String.valueOf(authentication.getName());
    String client =
        authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null
            ? details.getRemoteAddress()
            : "unknown";
    Optional<Duration> wait = throttle.waitFor(username, client);
    if (wait.isPresent()) {
      events.record(SecurityEvents.Kind.LOGIN_THROTTLED, username, client, null);
      throw new ThrottledException(wait.get());
    }
    try {
      Authentication result = passwords.authenticate(authentication);
      throttle.succeeded(username);
      events.record(SecurityEvents.Kind.LOGIN, username, client, null);
      return result;
    } catch (AuthenticationException e) {
      throttle.failed(username, client);
      events.record(
          SecurityEvents.Kind.LOGIN_FAILED, username, client, e.getClass().getSimpleName());
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

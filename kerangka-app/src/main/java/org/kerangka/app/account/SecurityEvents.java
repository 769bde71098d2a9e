package org.kerangka.app.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins, failed logins, throttled logins, refused accesses and refused tokens: written to the
 * {@code kerangka.security} logger and the {@code security_event} table. Never a password, token or
 * session id; user names are cut to 100 printable characters.
 */
@Component
public class SecurityEvents {
  private static final Logger LOG = LoggerFactory.getLogger("kerangka.security");

  /** What happened. */
  public enum Kind {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCESS_REFUSED,
    TOKEN_REFUSED,
    SETUP
  }

  private final JdbcClient jdbc;

  SecurityEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(
      Kind kind, @Nullable String username, @Nullable String client, @Nullable String detail) {
    String user = clean(username);
    String address = clean(client);
    String what = clean(detail);
    LOG.info("{} user={} client={} {}", kind, user, address, what == null ? "" : what);
    jdbc.sql(
            "insert into security_event (occurred_at, kind, username, client, detail)"
                + " values (:at, :kind, :user, :client, :detail)")
        .param("at", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
        .param("kind", kind.name())
        .param("user", user)
        .param("client", address)
        .param("detail", what)
        .update();
  }

  /** Records an event of the request: its client address and method and path (no query). */
  public void record(Kind kind, @Nullable String username, HttpServletRequest request) {
    record(
        kind,
        username,
        request.getRemoteAddr(),
        request.getMethod() + " " + request.getRequestURI());
  }

  /** The number of recorded events of the kind, for tests and the admin. */
  public long count(Kind kind) {
    return jdbc.sql("select count(*) from security_event where kind = :kind")
        .param("kind", kind.name())
        .query(Long.class)
        .single();
  }

  private static @Nullable String clean(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 100 ? printable.substring(0, 100) : printable;
  }
}

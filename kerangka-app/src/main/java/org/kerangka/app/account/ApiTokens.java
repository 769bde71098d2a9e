package org.kerangka.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.audit.AuditTrail;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Personal API tokens: 32 random bytes shown once as {@code krg_<base64url>}; only their SHA-256 is
 * stored. A token works until it expires, is revoked or its account is disabled; each use records
 * when it was last used.
 *
 * <p>Checking a token costs two queries and an update, too much for every API request: a verified
 * token is remembered for {@link #VERIFIED_FOR} (revocation here takes effect at once, a revocation
 * or a disabled account elsewhere within that time), and its last-used time is written at most once
 * per {@link #LAST_USED_EVERY}.
 */
@Service
public class ApiTokens {
  static final String PREFIX = "krg_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A stored token (without its secret). */
  public record Token(
      long id,
      String username,
      String name,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {}

  /** A token just created: the secret is shown this once. */
  public record Created(Token token, String secret) {}

  private static final RowMapper<Token> ROW =
      (rs, row) ->
          new Token(
              rs.getLong("id"),
              rs.getString("username"),
              rs.getString("name"),
              instant(rs.getObject("created_at", OffsetDateTime.class)),
              instant(rs.getObject("expires_at", OffsetDateTime.class)),
              nullableInstant(rs.getObject("last_used_at", OffsetDateTime.class)),
              nullableInstant(rs.getObject("revoked_at", OffsetDateTime.class)));

  private static final String SELECT =
      "select t.id, a.username, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at"
          + " from api_token t join account a on a.id = t.account_id";

  /** How long a verified token is taken on trust before the database is asked again. */
  static final Duration VERIFIED_FOR = Duration.ofSeconds(2);

  /** How often at most the last-used time of a token is written. */
  static final Duration LAST_USED_EVERY = Duration.ofMinutes(1);

  /** A token found valid: its account, and when (System.nanoTime) it was checked and recorded. */
  private record Verified(
      long id, Account account, Instant expiresAt, long checkedAt, long lastUsedWrittenAt) {}

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private LongSupplier nanoTime = System::nanoTime;

  ApiTokens(JdbcClient jdbc, Accounts accounts, AuditTrail audit) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** For tests: the clock of the cache (nanoseconds, like System.nanoTime). */
  void useNanoTime(LongSupplier clock) {
    this.nanoTime = clock;
    verified.clear();
  }

  /** Creates a token for the user, valid for the given time (1 to 366 days). */
  @Transactional
  public Created create(String username, String name, Duration validity) {
    Account account = accounts.require(username);
    if (name.isBlank() || name.length() > 100) {
      throw new AccountException("name", "a token needs a name of 1 to 100 characters");
    }
    if (validity.compareTo(Duration.ofDays(1)) < 0
        || validity.compareTo(Duration.ofDays(366)) > 0) {
      throw new AccountException("days", "a token is valid for 1 to 366 days");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = Instant.now();
    jdbc.sql(
            "insert into api_token (account_id, name, token_hash, created_at, expires_at)"
                + " values (:account, :name, :hash, :now, :expires)")
        .param("account", account.id())
        .param("name", name.strip())
        .param("hash", sha256(secret))
        .param("now", utc(now))
        .param("expires", utc(now.plus(validity)))
        .update();
    Token token =
        jdbc.sql(SELECT + " where t.token_hash = :hash")
            .param("hash", sha256(secret))
            .query(ROW)
            .single();
    audit.record("api_token", String.valueOf(token.id()), "CREATE", null, snapshot(token));
    return new Created(token, secret);
  }

  /** Revokes the user's token; it stops working at once. */
  @Transactional
  public Token revoke(String username, long id) {
    Token before =
        list(username).stream()
            .filter(t -> t.id() == id)
            .findFirst()
            .orElseThrow(
                () -> new AccountException("id", "user '" + username + "' has no token " + id));
    if (before.revokedAt() != null) {
      throw new AccountException("id", "token " + id + " is already revoked");
    }
    jdbc.sql("update api_token set revoked_at = :now where id = :id")
        .param("now", utc(Instant.now()))
        .param("id", id)
        .update();
    forget(id);
    Token after = jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ROW).single();
    audit.record("api_token", String.valueOf(id), "REVOKE", snapshot(before), snapshot(after));
    return after;
  }

  @Transactional(readOnly = true)
  public List<Token> list(String username) {
    return jdbc.sql(SELECT + " where a.username = :name order by t.id")
        .param("name", username)
        .query(ROW)
        .list();
  }

  /**
   * The enabled account the secret belongs to, when the token is known, not revoked and not
   * expired; notes the use. (The last-used time is bookkeeping, not an audited change.) Answers
   * from the cache of verified tokens when it checked the token less than {@link #VERIFIED_FOR}
   * ago; runs outside a transaction so that a cached answer takes no database connection.
   */
  public Optional<Account> authenticate(String secret) {
    if (!secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = sha256(secret);
    Instant now = Instant.now();
    long nanos = nanoTime.getAsLong();
    Verified known = verified.get(hash);
    if (known != null
        && nanos - known.checkedAt() < VERIFIED_FOR.toNanos()
        && now.isBefore(known.expiresAt())) {
      if (nanos - known.lastUsedWrittenAt() >= LAST_USED_EVERY.toNanos()) {
        recordUse(known.id(), now);
        verified.replace(hash, known, withLastUsed(known, nanos));
      }
      return Optional.of(known.account());
    }
    verified.remove(hash);
    record Match(long id, String username, Instant expiresAt) {}
    Optional<Match> match =
        jdbc.sql(
                "select t.id, a.username, t.expires_at from api_token t join account a"
                    + " on a.id = t.account_id where t.token_hash = :hash and t.revoked_at is null"
                    + " and t.expires_at > :now and a.enabled = true")
            .param("hash", hash)
            .param("now", utc(now))
            .query(
                (rs, row) ->
                    new Match(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
            .optional();
    Optional<Account> account = match.flatMap(m -> accounts.find(m.username()));
    if (match.isEmpty() || account.isEmpty()) {
      return Optional.empty();
    }
    Match m = match.get();
    long lastWritten =
        known != null && nanos - known.lastUsedWrittenAt() < LAST_USED_EVERY.toNanos()
            ? known.lastUsedWrittenAt()
            : nanos;
    if (lastWritten == nanos) {
      recordUse(m.id(), now);
    }
    verified.put(hash, new Verified(m.id(), account.get(), m.expiresAt(), nanos, lastWritten));
    return account;
  }

  /** Forgets every verified token (after a change to accounts or tokens made elsewhere). */
  public void forgetVerified() {
    verified.clear();
  }

  /**
   * Drops the token from the cache now and again after the transaction commits (a request in
   * between may have verified it against the database before the revocation was visible).
   */
  private void forget(long tokenId) {
    verified.values().removeIf(v -> v.id() == tokenId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              verified.values().removeIf(v -> v.id() == tokenId);
            }
          });
    }
  }

  private void recordUse(long tokenId, Instant now) {
    jdbc.sql("update api_token set last_used_at = :now where id = :id")
        .param("now", utc(now))
        .param("id", tokenId)
        .update();
  }

  private static Verified withLastUsed(Verified v, long nanos) {
    return new Verified(v.id(), v.account(), v.expiresAt(), v.checkedAt(), nanos);
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static Map<String, @Nullable Object> snapshot(Token token) {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    values.put("username", token.username());
    values.put("name", token.name());
    values.put("expiresAt", token.expiresAt().toString());
    values.put("revokedAt", token.revokedAt() == null ? null : token.revokedAt().toString());
    return values;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime value) {
    return value.toInstant();
  }

  private static @Nullable Instant nullableInstant(@Nullable OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}

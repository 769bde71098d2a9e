package org.kerangka.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verified API tokens are remembered briefly: a revocation here works at once, one made elsewhere
 * (another process, plain SQL) or a disabled account within {@link ApiTokens#VERIFIED_FOR}; the
 * last-used time is written at most once a minute.
 */
@RegistryTest
class ApiTokenCacheTests {
  @Autowired private ApiTokens tokens;
  @Autowired private Accounts accounts;
  @Autowired private JdbcClient jdbc;

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  @BeforeEach
  void fakeClock() {
    tokens.useNanoTime(nanos::get);
  }

  @AfterEach
  void realClock() {
    tokens.useNanoTime(System::nanoTime);
  }

  private void advance(Duration by) {
    nanos.addAndGet(by.toNanos());
  }

  private String user() {
    String name = "c" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, "kopi tubruk di pagi hari", Role.VIEWER, Set.of());
    return name;
  }

  private @Nullable OffsetDateTime lastUsed(long id) {
    return jdbc.sql("select last_used_at from api_token where id = :id")
        .param("id", id)
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
        .list()
        .get(0);
  }

  @Test
  void aRevocationHereWorksAtOnce() {
    String name = user();
    ApiTokens.Created created = tokens.create(name, "cache", Duration.ofDays(1));
    assertThat(tokens.authenticate(created.secret())).isPresent();
    assertThat(tokens.authenticate(created.secret())).isPresent(); // from the cache
    tokens.revoke(name, created.token().id());
    assertThat(tokens.authenticate(created.secret())).isEmpty();
  }

  @Test
  void aRevocationElsewhereWorksWithinSeconds() {
    String name = user();
    ApiTokens.Created created = tokens.create(name, "cache", Duration.ofDays(1));
    assertThat(tokens.authenticate(created.secret())).isPresent();
    jdbc.sql("update api_token set revoked_at = created_at where id = :id")
        .param("id", created.token().id())
        .update();
    advance(ApiTokens.VERIFIED_FOR.minusMillis(1));
    assertThat(tokens.authenticate(created.secret())).isPresent(); // still trusted
    advance(Duration.ofMillis(1));
    assertThat(tokens.authenticate(created.secret())).isEmpty();
  }

  @Test
  void aDisabledAccountsTokenStopsWorkingWithinSeconds() {
    String name = user();
    ApiTokens.Created created = tokens.create(name, "cache", Duration.ofDays(1));
    assertThat(tokens.authenticate(created.secret())).isPresent();
    accounts.disable(name);
    advance(ApiTokens.VERIFIED_FOR);
    assertThat(tokens.authenticate(created.secret())).isEmpty();
  }

  @Test
  void anExpiredTokenIsRefusedEvenWhenCached() {
    String name = user();
    ApiTokens.Created created = tokens.create(name, "cache", Duration.ofDays(1));
    assertThat(tokens.authenticate(created.secret())).isPresent();
    jdbc.sql("update api_token set expires_at = :past where id = :id")
        .param("past", OffsetDateTime.now().minusSeconds(1))
        .param("id", created.token().id())
        .update();
    advance(ApiTokens.VERIFIED_FOR);
    assertThat(tokens.authenticate(created.secret())).isEmpty();
  }

  @Test
  void theLastUseIsWrittenAtMostOnceAMinute() {
    String name = user();
    ApiTokens.Created created = tokens.create(name, "cache", Duration.ofDays(1));
    long id = created.token().id();
    assertThat(tokens.authenticate(created.secret())).isPresent();
    OffsetDateTime first = lastUsed(id);
    assertThat(first).isNotNull();
    jdbc.sql("update api_token set last_used_at = null where id = :id").param("id", id).update();
    for (int i = 0; i < 40; i++) {
      advance(Duration.ofSeconds(1)); // re-verified against the database every other second
      assertThat(tokens.authenticate(created.secret())).isPresent();
    }
    assertThat(lastUsed(id)).isNull();
    advance(ApiTokens.LAST_USED_EVERY);
    Instant before = Instant.now().minusSeconds(1);
    assertThat(tokens.authenticate(created.secret())).isPresent();
    OffsetDateTime written = lastUsed(id);
    assertThat(written).isNotNull();
    assertThat(written.toInstant()).isAfter(before);
  }
}

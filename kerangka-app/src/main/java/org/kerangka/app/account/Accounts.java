package org.kerangka.app.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.audit.AuditTrail;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: create (with a checked password), list, disable, and the organisations an EDITOR
 * is limited to. Writes go through {@link JdbcClient} and record their audit event themselves
 * (without the password hash).
 */
@Service
public class Accounts implements UserDetailsService {
  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final AuditTrail audit;

  Accounts(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.policy = policy;
    this.audit = audit;
  }

  /**
   * Creates an account. The name is 2 to 100 letters, digits or {@code . _ @ -}; the password must
   * pass the {@link PasswordPolicy}; organisations only limit an EDITOR.
   *
   * @throws AccountException when the name is taken or invalid, or the password is refused
   */
  @Transactional
  public Account create(String username, String password, Role role, Set<Long> organisations) {
    if (!USERNAME.matcher(username).matches()) {
      throw new AccountException(
          "username", "the user name must be 2 to 100 letters, digits or . _ @ -");
    }
    policy
        .check(username, password)
        .ifPresent(
            problem -> {
              throw new AccountException("password", problem.text());
            });
    if (!organisations.isEmpty() && role != Role.EDITOR) {
      throw new AccountException("organisation", "only an EDITOR can be limited to organisations");
    }
    if (find(username).isPresent()) {
      throw new AccountException("username", "the user name '" + username + "' is taken");
    }
    for (long organisation : organisations) {
      boolean exists =
          jdbc.sql("select count(*) from organisation where id = :id")
                  .param("id", organisation)
                  .query(Long.class)
                  .single()
              > 0;
      if (!exists) {
        throw new AccountException(
            "organisation", "organisation " + organisation + " does not exist");
      }
    }
    Instant now = Instant.now();
    jdbc.sql(
            "insert into account (username, password_hash, role, enabled, created_at)"
                + " values (:username, :hash, :role, true, :at)")
        .param("username", username)
        .param("hash", encoder.encode(password))
        .param("role", role.name())
        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
    long id = require(username).id();
    for (long organisation : organisations) {
      jdbc.sql("insert into account_organisation (account_id, organisation_id) values (:a, :o)")
          .param("a", id)
          .param("o", organisation)
          .update();
    }
    Account account = require(username);
    audit.record("account", String.valueOf(id), "CREATE", null, snapshot(account));
    return account;
  }

  /** Disables the account: it can no longer log in and its API tokens stop working. */
  @Transactional
  public Account disable(String username) {
    Account before = require(username);
    jdbc.sql("update account set enabled = false where id = :id").param("id", before.id()).update();
    Account after = require(username);
    audit.record(
        "account", String.valueOf(before.id()), "DISABLE", snapshot(before), snapshot(after));
    return after;
  }

  @Transactional(readOnly = true)
  public List<Account> list() {
    return jdbc
        .sql("select id, username, role, enabled, created_at from account order by username")
        .query(ROW)
        .list()
        .stream()
        .map(this::withOrganisations)
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Account> find(String username) {
    return jdbc.sql(
            "select id, username, role, enabled, created_at from account where username = :name")
        .param("name", username)
        .query(ROW)
        .optional()
        .map(this::withOrganisations);
  }

  /** The account of the name; throws {@link AccountException} when there is none. */
  public Account require(String username) {
    return find(username)
        .orElseThrow(() -> new AccountException("username", "no user '" + username + "'"));
  }

  /** Whether an enabled ADMIN exists (if not, the first start offers the setup page). */
  public boolean hasAdmin() {
    return jdbc.sql("select count(*) from account where role = 'ADMIN' and enabled = true")
            .query(Long.class)
            .single()
        > 0;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    record Login(String username, String hash, String role, boolean enabled) {}
    Login login =
        jdbc.sql("select username, password_hash, role, enabled from account where username = :n")
            .param("n", username)
            .query(
                (rs, row) ->
                    new Login(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    return User.withUsername(login.username())
        .password(login.hash())
        .roles(login.role())
        .disabled(!login.enabled())
        .build();
  }

  private static final RowMapper<Account> ROW =
      (rs, row) ->
          new Account(
              rs.getLong("id"),
              rs.getString("username"),
              Role.valueOf(rs.getString("role")),
              rs.getBoolean("enabled"),
              rs.getObject("created_at", OffsetDateTime.class).toInstant(),
              Set.of());

  private Account withOrganisations(Account account) {
    Set<Long> organisations =
        new TreeSet<>(
            jdbc.sql("select organisation_id from account_organisation where account_id = :id")
                .param("id", account.id())
                .query(Long.class)
                .list());
    return new Account(
        account.id(),
        account.username(),
        account.role(),
        account.enabled(),
        account.createdAt(),
        Set.copyOf(organisations));
  }

  static Map<String, @Nullable Object> snapshot(Account account) {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    values.put("username", account.username());
    values.put("role", account.role().name());
    values.put("enabled", account.enabled());
    values.put("organisations", List.copyOf(new TreeSet<>(account.organisations())));
    return values;
  }
}

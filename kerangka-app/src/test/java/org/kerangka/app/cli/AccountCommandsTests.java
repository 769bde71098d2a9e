package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code kerangka user}, {@code token} and {@code audit verify} against a private in-memory H2
 * registry: passwords from standard input, one-line errors with exit code 2, changes recorded for
 * {@code cli:<os user>}, and a row edited by SQL named by {@code audit verify} (exit code 3).
 */
class AccountCommandsTests {
  private static final String PASSWORD = "kopi tubruk di pagi hari\n";

  private final String url =
      "jdbc:h2:mem:cli-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
          + "TRACE_LEVEL_FILE=0";

  private String[] args(String... command) {
    List<String> all = new ArrayList<>(Arrays.asList(command));
    all.add("--spring.datasource.url=" + url);
    all.add("--kerangka.data-dir=target/test-data/cli-" + UUID.randomUUID());
    return all.toArray(String[]::new);
  }

  @Test
  void aCommandGroupWithoutItsCommandNamesThem() {
    CliRun user = CliRun.of("user");
    assertThat(user.exitCode()).isEqualTo(2);
    assertThat(user.err()).contains("missing command (add, list or disable)");
    assertThat(CliRun.of("token").err()).contains("missing command (create, list or revoke)");
    assertThat(CliRun.of("audit").err()).contains("missing command (verify)");
  }

  @Test
  void usersTokensAndTheAuditChainFromTheCommandLine() throws Exception {
    CliRun admin = CliRun.withStdin(PASSWORD, args("user", "add", "--admin", "ada"));
    assertThat(admin.exitCode()).as(admin.err()).isZero();
    assertThat(admin.out()).contains("created ADMIN 'ada'");

    CliRun weak = CliRun.withStdin("password\n", args("user", "add", "--role", "VIEWER", "bob"));
    assertThat(weak.exitCode()).isEqualTo(2);
    assertThat(weak.errLines()).singleElement().asString().contains("too common");

    CliRun noPassword = CliRun.withStdin("", args("user", "add", "--role", "VIEWER", "bob"));
    assertThat(noPassword.exitCode()).isEqualTo(2);
    assertThat(noPassword.errLines()).singleElement().asString().contains("no password");

    CliRun list = CliRun.of(args("user", "list"));
    assertThat(list.exitCode()).isZero();
    assertThat(list.outLines()).containsExactly("ada\tADMIN\tenabled");

    CliRun token = CliRun.of(args("token", "create", "--user", "ada", "--name", "ci"));
    assertThat(token.exitCode()).as(token.err()).isZero();
    assertThat(token.outLines()).singleElement().asString().startsWith("krg_");
    assertThat(CliRun.of(args("token", "revoke", "--user", "ada", "1")).exitCode()).isZero();
    CliRun again = CliRun.of(args("token", "revoke", "--user", "ada", "1"));
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.errLines()).singleElement().asString().contains("already revoked");

    CliRun verified = CliRun.of(args("audit", "verify"));
    assertThat(verified.exitCode()).as(verified.err()).isZero();
    assertThat(verified.out()).contains("audit trail intact: 3 events");

    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement sql = db.createStatement()) {
      try (ResultSet actors = sql.executeQuery("select distinct actor from audit_event")) {
        assertThat(actors.next()).isTrue();
        assertThat(actors.getString(1)).isEqualTo("cli:" + System.getProperty("user.name"));
        assertThat(actors.next()).isFalse();
      }
      try (ResultSet secrets =
          sql.executeQuery(
              "select count(*) from audit_event where after_json like '%krg_%'"
                  + " or after_json like '%argon2%'")) {
        secrets.next();
        assertThat(secrets.getLong(1)).as("no secret in the audit trail").isZero();
      }
      sql.executeUpdate("update audit_event set actor = 'mallory' where seq = 2");
    }
    CliRun broken = CliRun.of(args("audit", "verify"));
    assertThat(broken.exitCode()).isEqualTo(3);
    assertThat(broken.errLines())
        .singleElement()
        .asString()
        .contains("audit trail broken at event 2");
  }
}

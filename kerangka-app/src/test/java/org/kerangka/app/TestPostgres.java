package org.kerangka.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A private PostgreSQL database for one test class on the server at 127.0.0.1:5432 (trust auth,
 * user postgres): created before the class, dropped after it; when the server is not reachable the
 * class is skipped with a message saying why.
 */
public final class TestPostgres {
  public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  public static final String USER = "postgres";

  /**
   * Start of the database names; {@code KERANGKA_TEST_DB_PREFIX} changes it, so that test runs on a
   * shared server can keep to a namespace of their own.
   */
  private static final String PREFIX =
      System.getenv().getOrDefault("KERANGKA_TEST_DB_PREFIX", "kerangka_test_");

  private TestPostgres() {}

  /** Creates a fresh database and returns its name, or aborts the tests named by {@code what}. */
  public static String createDatabase(String what) {
    String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
      return name;
    } catch (SQLException e) {
      Assumptions.abort(
          "PostgreSQL is not reachable at 127.0.0.1:5432 as postgres ("
              + e.getMessage()
              + "); skipping "
              + what);
      throw new AssertionError("unreachable");
    }
  }

  /** Points the application's data source at the database. */
  public static void register(DynamicPropertyRegistry registry, Supplier<String> database) {
    registry.add("spring.datasource.url", () -> SERVER + database.get());
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
  }

  /** Drops the database (ends its connections first); nothing when none was created. */
  public static void dropDatabase(String database) throws SQLException {
    if (database.isEmpty()) {
      return;
    }
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
    }
  }

  private static Connection admin() throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(SERVER + "postgres?connectTimeout=3", USER, "");
  }
}

package org.kerangka.app.agreement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The storage contract on PostgreSQL: a fresh database on 127.0.0.1:5432 per run, migrated by
 * Flyway through the application context and dropped afterwards. Skipped when the server is not
 * reachable.
 */
@SpringBootTest(
    properties = {"kerangka.demo-data=true", "kerangka.data-dir=target/test-data/${random.uuid}"})
@DirtiesContext
class PostgresStorageTests extends RegistryStorageContract {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String USER = "postgres";
  private static String database = "";

  @BeforeAll
  static void createDatabase() {
    String name = "kerangka_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
      database = name.toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      Assumptions.abort(
          "PostgreSQL is not reachable at 127.0.0.1:5432 as postgres ("
              + e.getMessage()
              + "); skipping the PostgreSQL storage tests");
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> SERVER + database);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
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

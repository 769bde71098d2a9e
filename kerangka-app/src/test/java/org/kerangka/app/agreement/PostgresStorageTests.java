package org.kerangka.app.agreement;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kerangka.app.TestPostgres;
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
  private static String database = "";

  @BeforeAll
  static void createDatabase() {
    database = TestPostgres.createDatabase("the PostgreSQL storage tests");
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, () -> database);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    TestPostgres.dropDatabase(database);
  }
}

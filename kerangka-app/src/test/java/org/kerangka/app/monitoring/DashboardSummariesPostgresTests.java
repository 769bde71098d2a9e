package org.kerangka.app.monitoring;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kerangka.app.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DashboardSummariesConsistency} on a fresh PostgreSQL database on 127.0.0.1:5432 with the
 * demo data, dropped afterwards; skipped when the server is not reachable.
 */
@SpringBootTest(
    properties = {
      "kerangka.demo-data=true",
      "kerangka.reminders.enabled=false",
      "kerangka.data-dir=target/test-data/${random.uuid}"
    })
@DirtiesContext
class DashboardSummariesPostgresTests extends DashboardSummariesConsistency {
  private static String database = "";

  @BeforeAll
  static void createDatabase() {
    database = TestPostgres.createDatabase("the PostgreSQL dashboard summary tests");
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

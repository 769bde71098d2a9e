package org.kerangka.app.monitoring;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** {@link DashboardSummariesConsistency} on a private in-memory H2 database with the demo data. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:dash-summaries;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0",
      "kerangka.demo-data=true",
      "kerangka.reminders.enabled=false",
      "kerangka.data-dir=target/test-data/${random.uuid}"
    })
@DirtiesContext
class DashboardSummariesTests extends DashboardSummariesConsistency {}

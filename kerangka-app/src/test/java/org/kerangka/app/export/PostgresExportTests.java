package org.kerangka.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kerangka.app.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The activity read model's SQL on PostgreSQL: a fresh database on 127.0.0.1:5432 per run, dropped
 * afterwards; skipped when the server is not reachable.
 */
@SpringBootTest(
    properties = {"kerangka.demo-data=true", "kerangka.data-dir=target/test-data/${random.uuid}"})
@AutoConfigureMockMvc
@DirtiesContext
@WithMockUser(username = "tester", roles = "EDITOR")
class PostgresExportTests {
  private static String database = "";

  @Autowired private MockMvc mvc;
  @Autowired private JdbcClient jdbc;
  private ExportFixtures fixtures;

  @BeforeAll
  static void createDatabase() {
    database = TestPostgres.createDatabase("the PostgreSQL export tests");
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, () -> database);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    TestPostgres.dropDatabase(database);
  }

  @AfterEach
  void clean() {
    if (fixtures != null) {
      fixtures.clean();
    }
  }

  @Test
  void activitiesExportAndIatiXmlWorkOnPostgresql() throws Exception {
    fixtures = new ExportFixtures(jdbc);
    long cn = fixtures.agreementWith("CN");
    long training = fixtures.solarTraining(cn);
    fixtures.transaction(training, 0, "DISBURSEMENT", LocalDate.of(2024, 4, 1), "100000000");
    fixtures.document(training, 0, "https://kemenperin.go.id/laporan.pdf", "A09");

    String csv =
        new String(
            mvc.perform(get("/api/v1/exports/activities.csv").param("country", "CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Pelatihan teknisi panel surya")
        .contains("Teknisi tersertifikasi: 38 / 50");

    byte[] xml =
        mvc.perform(get("/api/v1/exports/iati.xml").param("agreement", "" + cn))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    IatiExportTests.schema()
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("<sector vocabulary=\"1\" code=\"23230\"");

    mvc.perform(get("/perjanjian/" + cn + "/dosier")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/exports/agreements/" + cn + "/dossier.pdf"))
        .andExpect(status().isOk());
  }
}

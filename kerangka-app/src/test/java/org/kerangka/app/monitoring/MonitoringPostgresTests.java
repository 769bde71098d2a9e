package org.kerangka.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kerangka.app.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Implementation records, summaries, dashboard, reminders and the calendar on PostgreSQL: a fresh
 * database on 127.0.0.1:5432 per run (as {@code PostgresStorageTests}), dropped afterwards; skipped
 * when the server is not reachable.
 */
@SpringBootTest(
    properties = {
      "kerangka.demo-data=true",
      "kerangka.data-dir=target/test-data/${random.uuid}",
      "kerangka.clock=2026-11-28T06:00:00Z"
    })
@AutoConfigureMockMvc
@DirtiesContext
@WithMockUser(username = "tester", roles = "EDITOR")
class MonitoringPostgresTests {
  private static String database = "";

  @Autowired private MockMvc mvc;
  @Autowired private JdbcClient jdbc;
  @Autowired private ReminderService reminders;
  @Autowired private DashboardBench bench;
  @Autowired private DashboardService dashboards;
  @Autowired private Lifecycles lifecycles;

  @BeforeAll
  static void createDatabase() {
    database = TestPostgres.createDatabase("the PostgreSQL monitoring tests");
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, () -> database);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    TestPostgres.dropDatabase(database);
  }

  private long post(String url, String body) throws Exception {
    MvcResult r =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn();
    return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
  }

  @Test
  void theDashboardComesFromTheStoredLifecyclesAndIsKeptUntilTheNextWriteOnPostgres()
      throws Exception {
    java.time.LocalDate on = java.time.LocalDate.parse("2026-11-28");
    Dashboard first = dashboards.dashboard(on, java.util.Locale.ROOT);
    assertThat(dashboards.dashboard(on, java.util.Locale.ROOT)).isSameAs(first);
    List<AgreementDates> all = lifecycles.all(on);
    assertThat(first.agreements()).isEqualTo(all.size());
    assertThat(first.byStatus())
        .allSatisfy(
            c ->
                assertThat(c.count())
                    .as(c.key())
                    .isEqualTo(
                        all.stream().filter(a -> a.status().name().equals(c.key())).count()));

    long jp =
        post(
            "/api/v1/organisations",
            "{\"nameId\":\"Organisasi Uji Simpan PG\",\"kind\":\"COMPANY\",\"country\":\"JP\"}");
    post(
        "/api/v1/agreements",
        """
            {"instrument":"MOU","titleId":"MoU uji simpan PG","parties":[{"organisationId":%d}],
             "signedOn":"2026-01-10","entryIntoForceOnSignature":true,"term":"P5Y"}
            """
            .formatted(jp));
    Dashboard afterAgreement = dashboards.dashboard(on, java.util.Locale.ROOT);
    assertThat(afterAgreement.agreements()).isEqualTo(first.agreements() + 1);
    assertThat(afterAgreement.byStatus())
        .filteredOn(c -> c.key().equals("IN_FORCE"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.count())
                    .isEqualTo(
                        first.byStatus().stream()
                                .filter(f -> f.key().equals("IN_FORCE"))
                                .findFirst()
                                .orElseThrow()
                                .count()
                            + 1));
    // the bench's bulk rebuild of the summaries moves the generation on too
    Dashboard kept = dashboards.dashboard(on, java.util.Locale.ROOT);
    bench.rebuildSummaries();
    assertThat(dashboards.dashboard(on, java.util.Locale.ROOT)).isNotSameAs(kept).isEqualTo(kept);
  }

  @Test
  void activitiesKeepTheSummariesAndRemindersFireOnceOnPostgres() throws Exception {
    long miit =
        jdbc.sql(
                "select p.agreement_id from agreement_party p join organisation o"
                    + " on o.id = p.organisation_id where o.country = 'CN'")
            .query(Long.class)
            .single();
    long activity =
        post(
            "/api/v1/agreements/" + miit + "/activities",
            """
            {"title":"Pelatihan modul surya","formCode":"FORM_TRAINING","areaCode":"AREA_SOLAR_PV",
             "status":"IMPLEMENTATION","actualStart":"2026-10-01","currency":"CNY","budget":1000}
            """);
    assertThat(
            jdbc.sql(
                    "select activity_count from activity_coverage"
                        + " where area_code = 'AREA_SOLAR_PV' and form_code = 'FORM_TRAINING'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    mvc.perform(
            put("/api/v1/activities/" + activity)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"Pelatihan modul surya\",\"formCode\":\"FORM_EDUCATION\","
                        + "\"areaCode\":\"AREA_SOLAR_PV\",\"status\":\"CLOSED\","
                        + "\"actualStart\":\"2026-10-01\",\"actualEnd\":\"2026-10-20\"}"))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql(
                    "select form_code || '=' || activity_count from activity_coverage"
                        + " where area_code = 'AREA_SOLAR_PV' order by form_code")
                .query(String.class)
                .list())
        .containsExactly("FORM_EDUCATION=1", "FORM_TRAINING=0");
    assertThat(
            jdbc.sql(
                    "select cast(last_activity_on as varchar) from agreement_activity_summary"
                        + " where agreement_id = :id")
                .param("id", miit)
                .query(String.class)
                .single())
        .isEqualTo("2026-10-20");

    MvcResult dashboard =
        mvc.perform(get("/api/v1/dashboard")).andExpect(status().isOk()).andReturn();
    List<Integer> dormant =
        JsonPath.read(dashboard.getResponse().getContentAsString(), "$.dormant[*].id");
    assertThat(dormant).doesNotContain((int) miit).isNotEmpty(); // the Korean MoU sleeps
    mvc.perform(get("/api/v1/institutions")).andExpect(status().isOk());
    mvc.perform(get("/calendar.ics").param("country", "CN")).andExpect(status().isOk());
    mvc.perform(get("/dasbor")).andExpect(status().isOk());

    // an agreement whose review start passed (2025-11-30) while nothing ran: fires once
    long jp =
        post(
            "/api/v1/organisations",
            "{\"nameId\":\"Organisasi Uji PG\",\"kind\":\"COMPANY\",\"country\":\"JP\"}");
    long due =
        post(
            "/api/v1/agreements",
            """
            {"instrument":"MOU","titleId":"MoU uji pengingat","parties":[{"organisationId":%d}],
             "signedOn":"2021-12-01","entryIntoForceOnSignature":true,"term":"P5Y"}
            """
                .formatted(jp));
    assertThat(reminders.run())
        .filteredOn(r -> r.agreementId() == due)
        .extracting(Reminder::kind)
        .containsExactly(ReminderKind.REVIEW_START);
    assertThat(reminders.run()).noneMatch(r -> r.agreementId() == due);

    // the bench's bulk summary rebuild gives the same summaries as the per-write upkeep
    List<String> kept = summaries();
    bench.rebuildSummaries();
    assertThat(summaries()).isEqualTo(kept.stream().filter(s -> !s.endsWith("=0")).toList());
  }

  private List<String> summaries() {
    List<String> rows =
        new java.util.ArrayList<>(
            jdbc.sql(
                    "select area_code || '/' || form_code || '=' || activity_count"
                        + " from activity_coverage order by 1")
                .query(String.class)
                .list());
    rows.addAll(
        jdbc.sql(
                "select agreement_id || ':' || activity_count || ':' || ongoing_count || ':'"
                    + " || coalesce(cast(last_activity_on as varchar), '-')"
                    + " from agreement_activity_summary where activity_count > 0 order by 1")
            .query(String.class)
            .list());
    return rows;
  }
}

package org.kerangka.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The monitoring views on the demo data: calendar feed, coverage matrix, dormancy, dashboard and
 * institutions. Test agreements are signed with Japanese parties so that they do not disturb other
 * tests that count the demo agreements by country.
 */
@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class MonitoringApiTests {
  private static final String MIIT = "Kementerian Perindustrian dan Teknologi Informasi";

  @Autowired private MockMvc mvc;
  @Autowired private org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired private org.kerangka.app.implementation.ActivityService activityService;
  private long lastActivity;

  @org.junit.jupiter.api.BeforeEach
  void markActivities() {
    lastActivity = org.kerangka.app.implementation.TestActivities.lastId(jdbc);
  }

  /** The activities added here go again: the registry is shared with the export tests. */
  @org.junit.jupiter.api.AfterEach
  void removeAddedActivities() {
    org.kerangka.app.implementation.TestActivities.removeAfter(lastActivity, jdbc, activityService);
  }

  @Autowired private DashboardService dashboards;
  @Autowired private Lifecycles lifecycles;
  @Autowired private org.kerangka.app.organisation.OrganisationRepository organisations;
  @Autowired private org.springframework.transaction.PlatformTransactionManager transactions;

  private String json(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString();
  }

  private long chineseMou() throws Exception {
    MvcResult r = mvc.perform(get("/api/v1/agreements").param("country", "CN")).andReturn();
    return ((Number) JsonPath.read(json(r), "$.items[0].id")).longValue();
  }

  private long organisation(String name, String kind, String country) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/api/v1/organisations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"nameId\":\"%s\",\"kind\":\"%s\",\"country\":\"%s\"}"
                            .formatted(name, kind, country)))
            .andExpect(status().isCreated())
            .andReturn();
    return ((Number) JsonPath.read(json(r), "$.id")).longValue();
  }

  private long agreement(String title, long partyA, long partyB, String signed, String notice)
      throws Exception {
    MvcResult r =
        mvc.perform(
                post("/api/v1/agreements")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"instrument":"MOU","titleId":"%s","parties":[{"organisationId":%d},
                         {"organisationId":%d}],"signedOn":"%s","entryIntoForceOnSignature":true,
                         "term":"P5Y","noticePeriod":%s,
                         "areas":[{"code":"AREA_BATTERIES","label":"industri baterai"}]}
                        """
                            .formatted(title, partyA, partyB, signed, notice)))
            .andExpect(status().isCreated())
            .andReturn();
    return ((Number) JsonPath.read(json(r), "$.id")).longValue();
  }

  private long activity(long agreement, String body) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/api/v1/agreements/{id}/activities", agreement)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn();
    return ((Number) JsonPath.read(json(r), "$.id")).longValue();
  }

  private static Map<String, VEvent> eventsByUid(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    Map<String, VEvent> events = new HashMap<>();
    for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) {
      events.put(e.getUid().orElseThrow().getValue(), e);
    }
    return events;
  }

  private static String start(VEvent event) {
    return event.getDateTimeStart().getValue();
  }

  @Test
  void theMiitMouExpiresOn7September2028AndItsDatesAreInTheCalendarFeed() throws Exception {
    long miit = chineseMou();
    mvc.perform(get("/api/v1/agreements/{id}", miit))
        .andExpect(jsonPath("$.expiresOn").value("2028-09-07"))
        .andExpect(jsonPath("$.reviewStartsOn").value("2027-09-07"));
    mvc.perform(get("/perjanjian/{id}", miit))
        .andExpect(content().string(containsString("7 September 2028")))
        .andExpect(content().string(containsString("7 September 2027")));

    MvcResult feed =
        mvc.perform(get("/calendar.ics").param("country", "CN"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/calendar"))
            .andReturn();
    Map<String, VEvent> events = eventsByUid(json(feed));
    VEvent expiry = events.get("agreement-" + miit + "-expiry@kerangka");
    assertThat(expiry).isNotNull();
    assertThat(start(expiry)).isEqualTo("20280907");
    assertThat(expiry.getSummary().getValue()).contains("Berakhir").contains(MIIT);
    assertThat(start(events.get("agreement-" + miit + "-review_start@kerangka")))
        .isEqualTo("20270907");
    // the seed article names no notice period, so the MoU has no notice deadline
    assertThat(events).doesNotContainKey("agreement-" + miit + "-notice_deadline@kerangka");
    // only agreements with a Chinese party: the Korean MoU is not in this feed
    assertThat(events.values())
        .allSatisfy(
            e ->
                assertThat(e.getUid().orElseThrow().getValue())
                    .startsWith("agreement-" + miit + "-"));

    // UIDs are stable from one fetch to the next
    Map<String, VEvent> again =
        eventsByUid(json(mvc.perform(get("/calendar.ics").param("country", "CN")).andReturn()));
    assertThat(again.keySet()).isEqualTo(events.keySet());
  }

  @Test
  void aNoticePeriodAddsTheNoticeDeadlineToTheFeed() throws Exception {
    long meti = organisation("Kementerian Uji Kalender Jepang", "MINISTRY_OR_AGENCY", "JP");
    long kemenperin = organisation("Direktorat Uji Kalender", "MINISTRY_OR_AGENCY", "ID");
    long id = agreement("MoU uji kalender", kemenperin, meti, "2024-04-01", "\"P3M\"");
    Map<String, VEvent> events =
        eventsByUid(json(mvc.perform(get("/calendar.ics").param("country", "jp")).andReturn()));
    assertThat(start(events.get("agreement-" + id + "-expiry@kerangka"))).isEqualTo("20290331");
    assertThat(start(events.get("agreement-" + id + "-notice_deadline@kerangka")))
        .isEqualTo("20281231");
    assertThat(start(events.get("agreement-" + id + "-review_start@kerangka")))
        .isEqualTo("20280331");
    mvc.perform(get("/calendar.ics").param("country", "Japan"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("country"));
  }

  @Test
  void aTrainingActivityInSolarPhotovoltaicsFillsThatCellOfTheMiitCoverageMatrix()
      throws Exception {
    long miit = chineseMou();
    MvcResult before = mvc.perform(get("/api/v1/agreements/{id}/coverage", miit)).andReturn();
    List<Map<String, Object>> rows =
        JsonPath.read(json(before), "$.rows[?(@.code == 'AREA_SOLAR_PV')]");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("committed")).isEqualTo(1);
    String cellBefore = cell(json(before), "AREA_SOLAR_PV", "FORM_TRAINING");

    activity(
        miit,
        """
        {"title":"Pelatihan perakitan modul surya","formCode":"FORM_TRAINING",
         "areaCode":"AREA_SOLAR_PV","status":"IMPLEMENTATION","actualStart":"2026-10-01"}
        """);

    MvcResult after = mvc.perform(get("/api/v1/agreements/{id}/coverage", miit)).andReturn();
    assertThat(Integer.parseInt(cell(json(after), "AREA_SOLAR_PV", "FORM_TRAINING")))
        .isEqualTo(Integer.parseInt(cellBefore) + 1);
    List<Object> gaps = JsonPath.read(json(after), "$.rows[?(@.code == 'AREA_SOLAR_PV')].gap");
    assertThat(gaps).containsExactly(false);
    // other committed areas of the MoU still have nothing happening
    List<Object> shipbuilding =
        JsonPath.read(json(after), "$.rows[?(@.code == 'AREA_SHIPBUILDING')].gap");
    assertThat(shipbuilding).containsExactly(true);

    mvc.perform(get("/perjanjian/{id}", miit))
        .andExpect(content().string(containsString("Pelatihan perakitan modul surya")))
        .andExpect(content().string(containsString("coverage-matrix")));
    // and the overall matrix of the dashboard counts it too
    MvcResult dashboard = mvc.perform(get("/api/v1/dashboard")).andReturn();
    List<Object> overall =
        JsonPath.read(json(dashboard), "$.coverage.rows[?(@.code == 'AREA_SOLAR_PV')].counts");
    assertThat(overall).isNotEmpty();
  }

  /** The value of a cell of a coverage JSON, "0" when the form is not a column. */
  private static String cell(String coverage, String area, String form) {
    List<String> forms = JsonPath.read(coverage, "$.forms[*].code");
    int column = forms.indexOf(form);
    if (column < 0) {
      return "0";
    }
    List<Object> counts =
        JsonPath.read(coverage, "$.rows[?(@.code == '" + area + "')].counts[" + column + "]");
    return String.valueOf(counts.get(0));
  }

  @Test
  void theDashboardFromTheStoredLifecyclesAgreesWithTheLifecycleCalculator() throws Exception {
    long jp = organisation("Organisasi Uji Kalkulator Jepang", "MINISTRY_OR_AGENCY", "JP");
    long id = organisation("Direktorat Uji Kalkulator", "MINISTRY_OR_AGENCY", "ID");
    long first = agreement("MoU uji kalkulator 1", id, jp, "2022-03-31", "\"P3M\"");
    long second = agreement("MoU uji kalkulator 2", id, jp, "2024-02-29", "null");
    try {
      agreeWithTheCalculator();
    } finally {
      // the registry is shared with the agreement API tests, which count agreements signed early
      remove(first);
      remove(second);
    }
  }

  private void remove(long id) throws Exception {
    MvcResult r =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/api/v1/agreements/{id}", id))
            .andReturn();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/agreements/{id}", id)
                .header("If-Match", r.getResponse().getHeader("ETag")))
        .andExpect(status().is2xxSuccessful());
  }

  private void agreeWithTheCalculator() {
    for (String day :
        List.of(
            "2015-01-01",
            "2023-09-08",
            "2026-11-28",
            "2027-03-31",
            "2028-06-01",
            "2028-09-07",
            "2028-09-08",
            "2029-02-28",
            "2040-01-01")) {
      LocalDate on = LocalDate.parse(day);
      List<AgreementDates> all = lifecycles.all(on);
      Dashboard d = dashboards.dashboard(on, Locale.ROOT);

      assertThat(d.agreements()).as(day).isEqualTo(all.size());
      Map<String, Long> statuses = new HashMap<>();
      for (org.kerangka.app.lifecycle.AgreementStatus s :
          org.kerangka.app.lifecycle.AgreementStatus.values()) {
        statuses.put(s.name(), all.stream().filter(a -> a.status() == s).count());
      }
      assertThat(d.byStatus())
          .as(day)
          .allSatisfy(c -> assertThat(c.count()).isEqualTo(statuses.get(c.key())))
          .hasSize(statuses.size());

      java.util.Comparator<AgreementDates> byExpiry =
          java.util.Comparator.comparing((AgreementDates a) -> a.dates().expiresOn())
              .thenComparing(AgreementDates::id);
      List<AgreementDates> expiring =
          all.stream()
              .filter(AgreementDates::inForce)
              .filter(a -> a.dates().expiresOn() != null && !a.dates().expiresOn().isBefore(on))
              .sorted(byExpiry)
              .toList();
      for (int months : new int[] {3, 6, 12}) {
        long expected =
            expiring.stream()
                .filter(a -> a.dates().expiresOn().isBefore(on.plusMonths(months)))
                .count();
        long actual =
            months == 3
                ? d.expiring().within3Months()
                : months == 6 ? d.expiring().within6Months() : d.expiring().within12Months();
        assertThat(actual)
            .as(
                day
                    + " within "
                    + months
                    + ": "
                    + expiring.stream()
                        .map(a -> a.id() + "/" + a.dates() + "/" + a.status())
                        .toList()
                    + " "
                    + d.expiring().soonest())
            .isEqualTo(expected);
      }
      assertThat(d.expiring().soonest())
          .as(day)
          .map(u -> u.id() + " " + u.expiresOn() + " " + u.noticeDeadline() + " " + u.title())
          .containsExactlyElementsOf(
              expiring.stream()
                  .filter(a -> a.dates().expiresOn().isBefore(on.plusMonths(12)))
                  .limit(DashboardService.LIST_LIMIT)
                  .map(
                      a ->
                          a.id()
                              + " "
                              + a.dates().expiresOn()
                              + " "
                              + a.dates().noticeDeadline()
                              + " "
                              + a.title())
                  .toList());
      assertThat(d.timeline())
          .as(day)
          .map(t -> t.id() + " " + t.from() + " " + t.to() + " " + t.status())
          .containsExactlyElementsOf(
              all.stream()
                  .filter(AgreementDates::inForce)
                  .filter(a -> a.dates().entryIntoForce() != null && a.dates().expiresOn() != null)
                  .sorted(byExpiry)
                  .limit(DashboardService.LIST_LIMIT)
                  .map(
                      a ->
                          a.id()
                              + " "
                              + a.dates().entryIntoForce()
                              + " "
                              + a.dates().expiresOn()
                              + " "
                              + a.status())
                  .toList());
      List<Long> inForce =
          all.stream().filter(AgreementDates::inForce).map(AgreementDates::id).toList();
      assertThat(d.dormant()).as(day).allSatisfy(x -> assertThat(inForce).contains(x.id()));
      assertThat(d.dormantCount()).as(day).isGreaterThanOrEqualTo(d.dormant().size());
    }
  }

  @Test
  void aWriteMovesTheGenerationOnWhenItsTransactionEndsAndIsSeenInsideIt() {
    var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
    LocalDate on = LocalDate.parse("2026-11-28");
    for (boolean commit : new boolean[] {true, false}) {
      Dashboard kept = dashboards.dashboard(on, Locale.ROOT);
      long before = org.kerangka.app.web.RegistryGeneration.current();
      tx.executeWithoutResult(
          status -> {
            organisations.save(
                org.kerangka.app.organisation.Organisation.named(
                    "Organisasi Uji Generasi " + commit,
                    null,
                    null,
                    org.kerangka.app.organisation.OrganisationKind.COMPANY,
                    "JP"));
            // inside the writing transaction the dashboard is computed, not the kept one
            Dashboard inside = dashboards.dashboard(on, Locale.ROOT);
            assertThat(inside).isNotSameAs(kept);
            if (!commit) {
              status.setRollbackOnly();
            }
          });
      // whether it committed or not, the generation moved on when the transaction ended
      assertThat(org.kerangka.app.web.RegistryGeneration.current())
          .as("commit " + commit)
          .isGreaterThan(before);
      assertThat(dashboards.dashboard(on, Locale.ROOT)).isNotSameAs(kept).isEqualTo(kept);
    }
  }

  @Test
  void theDashboardIsKeptUntilTheNextWriteOfAnAgreement() throws Exception {
    LocalDate on = LocalDate.parse("2026-11-28");
    Dashboard first = dashboards.dashboard(on, Locale.ROOT);
    assertThat(dashboards.dashboard(on, Locale.ROOT)).isSameAs(first);
    assertThat(dashboards.dashboard(on, Locale.ENGLISH)).isNotSameAs(first);

    long jp = organisation("Organisasi Uji Simpan Jepang", "MINISTRY_OR_AGENCY", "JP");
    Dashboard afterOrganisation = dashboards.dashboard(on, Locale.ROOT);
    assertThat(afterOrganisation).isNotSameAs(first).isEqualTo(first);
    long id = organisation("Direktorat Uji Simpan", "MINISTRY_OR_AGENCY", "ID");
    agreement("MoU uji simpan", id, jp, "2026-01-10", "null");
    Dashboard afterAgreement = dashboards.dashboard(on, Locale.ROOT);
    assertThat(afterAgreement.agreements()).isEqualTo(first.agreements() + 1);
    assertThat(count(afterAgreement.byStatus(), "IN_FORCE"))
        .isEqualTo(count(first.byStatus(), "IN_FORCE") + 1);
    assertThat(count(afterAgreement.byPartnerCountry(), "JP"))
        .isEqualTo(count(first.byPartnerCountry(), "JP") + 1);
    assertThat(count(afterAgreement.byInstrument(), "MOU"))
        .isEqualTo(count(first.byInstrument(), "MOU") + 1);

    // another day is computed for that day, not taken from the kept one
    LocalDate later = LocalDate.parse("2031-01-10");
    assertThat(dashboards.dashboard(later, Locale.ROOT).on()).isEqualTo(later);
    assertThat(dashboards.dashboard(on, Locale.ROOT))
        .isSameAs(dashboards.dashboard(on, Locale.ROOT));
  }

  static long count(List<Dashboard.Count> counts, String key) {
    return counts.stream().filter(c -> c.key().equals(key)).mapToLong(Dashboard.Count::count).sum();
  }

  @Test
  void anAgreementWithoutActivityForTwelveMonthsIsDormantUntilSomethingHappens() throws Exception {
    long jp = organisation("Organisasi Uji Tidur Jepang", "MINISTRY_OR_AGENCY", "JP");
    long id = organisation("Direktorat Uji Tidur", "MINISTRY_OR_AGENCY", "ID");
    long sleeping = agreement("MoU uji tidur", id, jp, "2024-01-15", "null");
    long neverWoke = agreement("MoU uji tanpa kegiatan", id, jp, "2024-02-01", "null");
    long recent = agreement("MoU uji baru", id, jp, "2026-06-01", "null");
    activity(
        sleeping,
        """
        {"title":"Lokakarya","status":"CLOSED","actualStart":"2025-05-01","actualEnd":"2025-06-30"}
        """);
    String on = "2026-11-28";

    MvcResult result = mvc.perform(get("/api/v1/dashboard").param("on", on)).andReturn();
    List<Integer> dormant = JsonPath.read(json(result), "$.dormant[*].id");
    assertThat(dormant).contains((int) sleeping, (int) neverWoke).doesNotContain((int) recent);
    assertThat(
            JsonPath.<List<String>>read(
                json(result), "$.dormant[?(@.id == " + sleeping + ")].lastActivityOn"))
        .containsExactly("2025-06-30");
    assertThat(
            JsonPath.<List<Object>>read(
                json(result), "$.dormant[?(@.id == " + neverWoke + ")].lastActivityOn"))
        .containsExactly((Object) null);
    // the demo MoUs, signed in 2023 with nothing recorded since, are dormant too
    mvc.perform(get("/dasbor").param("on", on))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("MoU uji tidur")))
        .andExpect(content().string(containsString("tanpa kegiatan sejak penandatanganan")));

    // an ongoing activity wakes it up
    activity(
        sleeping,
        """
        {"title":"Studi kelayakan","status":"IMPLEMENTATION","actualStart":"2025-09-01"}
        """);
    result = mvc.perform(get("/api/v1/dashboard").param("on", on)).andReturn();
    assertThat(JsonPath.<List<Integer>>read(json(result), "$.dormant[*].id"))
        .doesNotContain((int) sleeping)
        .contains((int) neverWoke);
    // and the implementation rate of Japan counts it
    List<Object> japan =
        JsonPath.read(json(result), "$.implementationRate[?(@.country == 'JP')].implemented");
    assertThat(((Number) japan.get(0)).longValue()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theDashboardCountsByCountryStatusAreaAndInstrumentAndListsWhatExpires() throws Exception {
    long miit = chineseMou();
    mvc.perform(get("/api/v1/dashboard").param("on", "2028-06-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.byPartnerCountry[*].key", hasItem("CN")))
        .andExpect(jsonPath("$.byPartnerCountry[*].key", hasItem("KR")))
        .andExpect(jsonPath("$.byPartnerCountry[*].key", not(hasItem("ID"))))
        .andExpect(jsonPath("$.byStatus[?(@.key == 'EXPIRING')].count").isNotEmpty())
        .andExpect(jsonPath("$.byArea[*].key", hasItem("AREA_SOLAR_PV")))
        .andExpect(jsonPath("$.byInstrument[?(@.key == 'MOU')].count").isNotEmpty())
        .andExpect(
            jsonPath("$.expiring.within6Months")
                .value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
        .andExpect(jsonPath("$.expiring.soonest[*].id", hasItem((int) miit)))
        .andExpect(jsonPath("$.timeline[*].id", hasItem((int) miit)));
    mvc.perform(get("/api/v1/dashboard").param("on", "2026-11-28"))
        .andExpect(jsonPath("$.expiring.soonest[*].id", not(hasItem((int) miit))));
    mvc.perform(get("/api/v1/dashboard").param("on", "not-a-date"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/dasbor").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Monitoring dashboard")))
        .andExpect(content().string(containsString("data-chart=")))
        .andExpect(content().string(not(containsString("<script>"))));
  }

  @Test
  void theInstitutionsDirectoryShowsWhoWorksWithWhomUnderWhichAgreement() throws Exception {
    long miit = chineseMou();
    long university = organisation("Universitas Uji Surya", "UNIVERSITY", "ID");
    long company = organisation("PT Uji Panel Surya", "COMPANY", "CN");
    activity(
        miit,
        """
        {"title":"Riset bersama sel surya","formCode":"FORM_ACADEMIC_RESEARCH",
         "areaCode":"AREA_SOLAR_PV","participatingOrgs":[
           {"organisationId":%d,"role":"IMPLEMENTING"},{"organisationId":%d,"role":"FUNDING"}]}
        """
            .formatted(university, company));
    MvcResult result =
        mvc.perform(get("/api/v1/institutions")).andExpect(status().isOk()).andReturn();
    List<String> names = JsonPath.read(json(result), "$.institutions[*].name");
    assertThat(names).contains("Universitas Uji Surya", "PT Uji Panel Surya");
    assertThat(names).doesNotContain(MIIT); // a ministry is not an institution
    List<Object> partners =
        JsonPath.read(
            json(result), "$.network[?(@.organisationId == " + university + ")].partnerName");
    assertThat(partners).contains("PT Uji Panel Surya", MIIT, "Kementerian Perindustrian");
    List<Object> under =
        JsonPath.read(
            json(result), "$.network[?(@.organisationId == " + university + ")].agreementId");
    assertThat(under).allMatch(a -> ((Number) a).longValue() == miit);

    mvc.perform(get("/api/v1/institutions").param("kind", "UNIVERSITY"))
        .andExpect(jsonPath("$.institutions[*].name", not(hasItem("PT Uji Panel Surya"))));
    mvc.perform(get("/api/v1/institutions").param("kind", "MINISTRY_OR_AGENCY"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/lembaga"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Universitas Uji Surya")))
        .andExpect(content().string(containsString("Riset bersama sel surya")));
  }

  @Test
  void theRemindersPageListsTheComingRenewalDates() throws Exception {
    mvc.perform(get("/pengingat"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Pengingat perpanjangan")));
    assertThat(LocalDate.now()).isNotNull();
  }
}

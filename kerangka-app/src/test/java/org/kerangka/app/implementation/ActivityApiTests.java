package org.kerangka.app.implementation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class ActivityApiTests {
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @Autowired private MockMvc mvc;
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

  @Autowired private JdbcClient jdbc;
  @Autowired private org.kerangka.app.account.Accounts accounts;

  private long koreanMou() throws Exception {
    MvcResult result = mvc.perform(get("/api/v1/agreements").param("country", "KR")).andReturn();
    return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.items[0].id"))
        .longValue();
  }

  private long organisation(String name, String kind) throws Exception {
    MvcResult created =
        mvc.perform(
                post("/api/v1/organisations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"nameId\":\""
                            + name
                            + "\",\"kind\":\""
                            + kind
                            + "\",\"country\":\"KR\"}"))
            .andExpect(status().isCreated())
            .andReturn();
    return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
  }

  @Test
  void createsReadsUpdatesAndDeletesAnActivityWithEtags() throws Exception {
    long agreement = koreanMou();
    long institute = organisation("Institut Uji Baterai " + System.nanoTime(), "RESEARCH_CENTRE");
    String body =
        """
        {"level":"PROJECT","title":"Pelatihan teknisi baterai","formCode":"FORM_TRAINING",
         "areaCode":"AREA_BATTERIES","status":"IMPLEMENTATION","plannedStart":"2025-01-10",
         "plannedEnd":"2025-03-10","actualStart":"2025-01-15","location":"Batam","country":"id",
         "currency":"idr","budget":1500000000.50,"participants":40,
         "participatingOrgs":[{"organisationId":%d,"role":"IMPLEMENTING"}],
         "transactions":[{"kind":"EXPENDITURE","occurredOn":"2025-02-01","amount":250000000,
                          "currency":"IDR","description":"Sewa laboratorium"}],
         "documents":[{"url":"https://example.org/laporan.pdf","title":"Laporan","category":"A01"}]}
        """
            .formatted(institute);
    MvcResult created =
        mvc.perform(
                post("/api/v1/agreements/{id}/activities", agreement)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.agreementId").value(agreement))
            .andExpect(jsonPath("$.country").value("ID"))
            .andExpect(jsonPath("$.currency").value("IDR"))
            .andExpect(jsonPath("$.participatingOrgs[0].role").value("IMPLEMENTING"))
            .andExpect(jsonPath("$.transactions[0].amount").value(250000000))
            .andExpect(jsonPath("$.documents[0].category").value("A01"))
            .andReturn();
    String location = created.getResponse().getHeader("Location");
    long id =
        ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

    mvc.perform(get("/api/v1/agreements/{id}/activities", agreement))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].title", hasItem("Pelatihan teknisi baterai")));
    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""));

    String changed =
        body.replace("\"IMPLEMENTATION\"", "\"CLOSED\"")
            .replace(
                "\"actualStart\":\"2025-01-15\"",
                "\"actualStart\":\"2025-01-15\",\"actualEnd\":\"2025-03-12\"");
    mvc.perform(put(location).contentType(MediaType.APPLICATION_JSON).content(changed))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            put(location)
                .header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            put(location)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.actualEnd").value("2025-03-12"));

    Long lastActivity =
        jdbc.sql(
                "select count(*) from agreement_activity_summary where agreement_id = :id"
                    + " and last_activity_on >= date '2025-03-12'")
            .param("id", agreement)
            .query(Long.class)
            .single();
    org.assertj.core.api.Assertions.assertThat(lastActivity).isEqualTo(1);

    mvc.perform(delete(location).header("If-Match", "\"0\"")).andExpect(status().isConflict());
    mvc.perform(delete(location).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/activities/{id}", id)).andExpect(status().isNotFound());
  }

  @Test
  void invalidActivitiesAreProblemsWithTheFieldsNamed() throws Exception {
    long agreement = koreanMou();
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", agreement)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\" \",\"country\":\"Korea\",\"participants\":-1}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("country")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("participants")));
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", agreement)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Uji\",\"formCode\":\"FORM_NOPE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("formCode"));
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", agreement)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"Uji\",\"actualStart\":\"2025-05-01\",\"actualEnd\":\"2025-04-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("actualEnd"));
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", agreement)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Uji\",\"budget\":100}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("currency"));
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", agreement)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"Uji\",\"participatingOrgs\":[{\"organisationId\":999999,"
                        + "\"role\":\"FUNDING\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("participatingOrgs[0].organisationId"));
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", 999999)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Uji\"}"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", agreement)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Uji\",\"status\":\"SLEEPING\"}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void indicatorsHoldBaselineTargetsAndActualsPerPeriod() throws Exception {
    long agreement = koreanMou();
    MvcResult created =
        mvc.perform(
                post("/api/v1/agreements/{id}/activities", agreement)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Program sertifikasi\",\"level\":\"PROGRAMME\"}"))
            .andExpect(status().isCreated())
            .andReturn();
    long activity =
        ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
    String indicator =
        """
        {"title":"Teknisi bersertifikat","measure":"UNIT","baselineYear":2024,"baselineValue":10,
         "periods":[{"start":"2026-01-01","end":"2026-12-31","target":100,"actual":60},
                    {"start":"2025-01-01","end":"2025-12-31","target":50,"actual":55}]}
        """;
    MvcResult saved =
        mvc.perform(
                post("/api/v1/activities/{id}/indicators", activity)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(indicator))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.periods", hasSize(2)))
            .andExpect(jsonPath("$.periods[0].periodStart").value("2025-01-01"))
            .andExpect(jsonPath("$.periods[1].targetValue").value(100))
            .andReturn();
    String location = saved.getResponse().getHeader("Location");
    mvc.perform(get("/api/v1/activities/{id}/indicators", activity))
        .andExpect(jsonPath("$[0].title").value("Teknisi bersertifikat"))
        .andExpect(jsonPath("$[0].baselineValue").value(10));
    mvc.perform(
            put(location)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(indicator.replace("\"actual\":60", "\"actual\":90")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.periods[1].actualValue").value(90));
    mvc.perform(
            post("/api/v1/activities/{id}/indicators", activity)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"x\",\"measure\":\"UNIT\",\"periods\":[{\"start\":\"2026-02-01\","
                        + "\"end\":\"2026-01-01\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("periods[0].end"));
    mvc.perform(get("/kegiatan/{id}", activity))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Teknisi bersertifikat")));
  }

  @Test
  void anEditorLimitedToOtherOrganisationsMayNotChangeTheActivitiesOfAnAgreement()
      throws Exception {
    long agreement = koreanMou();
    long party =
        jdbc.sql("select min(organisation_id) from agreement_party where agreement_id = :a")
            .param("a", agreement)
            .query(Long.class)
            .single();
    long other =
        jdbc.sql(
                "select min(id) from organisation where id not in"
                    + " (select organisation_id from agreement_party where agreement_id = :a)")
            .param("a", agreement)
            .query(Long.class)
            .single();
    String theirs = "l" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String ours = "l" + java.util.UUID.randomUUID().toString().substring(0, 8);
    accounts.create(
        theirs,
        "kopi tubruk di pagi hari",
        org.kerangka.app.account.Role.EDITOR,
        java.util.Set.of(other));
    accounts.create(
        ours,
        "kopi tubruk di pagi hari",
        org.kerangka.app.account.Role.EDITOR,
        java.util.Set.of(party));
    String body = "{\"title\":\"Kunjungan uji akses\"}";
    mvc.perform(
            post("/api/v1/agreements/{id}/activities", agreement)
                .with(user(theirs).roles("EDITOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    MvcResult created =
        mvc.perform(
                post("/api/v1/agreements/{id}/activities", agreement)
                    .with(user(ours).roles("EDITOR"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn();
    String location = created.getResponse().getHeader("Location");
    mvc.perform(
            put(location)
                .with(user(theirs).roles("EDITOR"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(delete(location).with(user(theirs).roles("EDITOR")).header("If-Match", "\"0\""))
        .andExpect(status().isForbidden());
  }
}

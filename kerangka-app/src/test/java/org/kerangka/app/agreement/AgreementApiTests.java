package org.kerangka.app.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class AgreementApiTests {
  private static final String TODAY = "2026-11-28";

  @Autowired private MockMvc mvc;

  @Test
  void demoDataHoldsTheChineseSeedMouWithItsTermAreasAndEvent() throws Exception {
    mvc.perform(get("/api/v1/agreements").param("country", "CN").param("on", TODAY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].instrument").value("MOU"))
        .andExpect(jsonPath("$.items[0].parties[0].name").value("Kementerian Perindustrian"))
        .andExpect(jsonPath("$.items[0].parties[0].country").value("ID"))
        .andExpect(
            jsonPath("$.items[0].parties[1].name")
                .value("Kementerian Perindustrian dan Teknologi Informasi"))
        .andExpect(jsonPath("$.items[0].parties[1].country").value("CN"))
        .andExpect(jsonPath("$.items[0].signatories[0].name").value("Agus Gumiwang Kartasasmita"))
        .andExpect(jsonPath("$.items[0].signatories[1].name").value("Jin Zhuanglong"))
        .andExpect(jsonPath("$.items[0].signedOn").value("2023-09-08"))
        .andExpect(jsonPath("$.items[0].place").value("Istana Negara"))
        .andExpect(jsonPath("$.items[0].event.name").value(containsString("KTT) ke-43 ASEAN")))
        .andExpect(jsonPath("$.items[0].areas", hasSize(8)))
        .andExpect(jsonPath("$.items[0].areas[*].label", hasItem("industri perkapalan")))
        .andExpect(jsonPath("$.items[0].term").value("P5Y"))
        .andExpect(jsonPath("$.items[0].renewal").value("BY_WRITTEN_AGREEMENT"))
        .andExpect(jsonPath("$.items[0].sources[0].outlet").value("WahanaNews.co"))
        .andExpect(jsonPath("$.items[0].lifecycleEvents[0].type").value("SIGNED"))
        .andExpect(jsonPath("$.items[0].lifecycleEvents[1].type").value("ENTERED_INTO_FORCE"))
        .andExpect(jsonPath("$.items[0].status").value("IN_FORCE"))
        .andExpect(jsonPath("$.items[0].expiresOn").value("2028-09-07"))
        .andExpect(jsonPath("$.items[0].reviewStartsOn").value("2027-09-07"));
  }

  @Test
  void demoDataHoldsTheKoreanSeedMouSignedByAhnDukgeunOnHisMinistersBehalf() throws Exception {
    mvc.perform(get("/api/v1/agreements").param("country", "KR").param("on", TODAY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].parties[0].name").value("Kementerian Perindustrian"))
        .andExpect(jsonPath("$.items[0].parties[1].country").value("KR"))
        .andExpect(jsonPath("$.items[0].signatories[1].name").value("Ahn Dukgeun"))
        .andExpect(
            jsonPath("$.items[0].signatories[1].onBehalfOf")
                .value(startsWith("Menteri Perdagangan, Perindustrian, dan Energi")))
        .andExpect(jsonPath("$.items[0].event.name").value(containsString("ke-43 ASEAN")))
        .andExpect(jsonPath("$.items[0].signedOn").value("2023-09-08"))
        .andExpect(jsonPath("$.items[0].status").value("IN_FORCE"))
        // The article states the term only for the MIIT MoU: the Korean term is a reviewer's
        // decision bundled with the demo data, and the notes say so.
        .andExpect(jsonPath("$.items[0].term").value("P5Y"))
        .andExpect(jsonPath("$.items[0].expiresOn").value("2028-09-07"))
        .andExpect(jsonPath("$.items[0].notes").value(containsString("Keputusan peninjau")));
  }

  @Test
  void bothSeedMousShareTheIndonesianMinistryAndTheEvent() throws Exception {
    MvcResult cn = mvc.perform(get("/api/v1/agreements").param("country", "CN")).andReturn();
    MvcResult kr = mvc.perform(get("/api/v1/agreements").param("country", "KR")).andReturn();
    for (String path :
        new String[] {"$.items[0].parties[0].organisationId", "$.items[0].event.id"}) {
      Object a = JsonPath.read(cn.getResponse().getContentAsString(), path);
      Object b = JsonPath.read(kr.getResponse().getContentAsString(), path);
      org.assertj.core.api.Assertions.assertThat(a).as(path).isEqualTo(b);
    }
  }

  @Test
  void statusFilterUsesTheGivenDay() throws Exception {
    mvc.perform(
            get("/api/v1/agreements")
                .param("country", "CN")
                .param("status", "PLANNED")
                .param("on", "2023-09-01"))
        .andExpect(jsonPath("$.totalItems").value(1));
    mvc.perform(
            get("/api/v1/agreements")
                .param("country", "CN")
                .param("status", "EXPIRING")
                .param("on", "2028-06-01"))
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].statusOn").value("2028-06-01"));
    mvc.perform(
            get("/api/v1/agreements")
                .param("country", "CN")
                .param("status", "EXPIRED")
                .param("on", TODAY))
        .andExpect(jsonPath("$.totalItems").value(0));
  }

  @Test
  void filtersByAreaActivityExpiryAndSigningDate() throws Exception {
    mvc.perform(get("/api/v1/agreements").param("area", "perkapalan"))
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].parties[1].country").value("CN"));
    mvc.perform(get("/api/v1/agreements").param("activity", "pelatihan"))
        .andExpect(jsonPath("$.totalItems").value(1));
    mvc.perform(get("/api/v1/agreements").param("expiringBefore", "2028-09-08"))
        .andExpect(jsonPath("$.items[*].expiresOn", hasItem("2028-09-07")));
    mvc.perform(
            get("/api/v1/agreements").param("country", "CN").param("expiringBefore", "2028-09-07"))
        .andExpect(jsonPath("$.totalItems").value(0));
    mvc.perform(
            get("/api/v1/agreements")
                .param("country", "KR")
                .param("signedFrom", "2023-09-08")
                .param("signedTo", "2023-09-08")
                .param("instrument", "MOU"))
        .andExpect(jsonPath("$.totalItems").value(1));
    mvc.perform(get("/api/v1/agreements").param("country", "KR").param("signedFrom", "2023-09-09"))
        .andExpect(jsonPath("$.totalItems").value(0));
  }

  @Test
  void filtersByOrganisation() throws Exception {
    long miit = organisationId("CN");
    mvc.perform(get("/api/v1/agreements").param("organisation", Long.toString(miit)))
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].parties[1].organisationId").value(miit));
  }

  @Test
  void pagesAndSorts() throws Exception {
    mvc.perform(
            get("/api/v1/agreements")
                .param("signedTo", "2023-12-31")
                .param("size", "1")
                .param("sort", "title,asc"))
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.totalItems").value(2))
        .andExpect(jsonPath("$.totalPages").value(2))
        .andExpect(jsonPath("$.items[0].parties[1].country").value("KR"));
    mvc.perform(
            get("/api/v1/agreements").param("sort", "expiry,asc").param("signedTo", "2023-12-31"))
        .andExpect(jsonPath("$.items[0].expiresOn").value("2028-09-07"));
  }

  @Test
  void badListParametersAreProblemsNotServerErrors() throws Exception {
    for (String[] parameter :
        new String[][] {
          {"size", "500"},
          {"size", "0"},
          {"page", "-1"},
          {"page", "x"},
          {"sort", "colour"},
          {"sort", "title,up"},
          {"status", "ALIVE"},
          {"on", "yesterday"},
          {"organisation", "x"}
        }) {
      mvc.perform(get("/api/v1/agreements").param(parameter[0], parameter[1]))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value(parameter[0]));
    }
    mvc.perform(get("/api/v1/agreements").param("status", "ALIVE"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("not one of [PLANNED")));
    mvc.perform(get("/api/v1/agreements").param("country", "CHN"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("country"));
  }

  @Test
  void createReadUpdateDeleteWithOptimisticLocking() throws Exception {
    long organisation = organisationId("CN");
    String body =
        """
        {"instrument": "AGREEMENT", "titleId": "Perjanjian uji", "titleEn": "Test agreement",
         "parties": [{"organisationId": %d}], "signedOn": "2025-01-10",
         "entryIntoForceOn": "2025-02-01", "term": "P2Y", "renewal": "AUTOMATIC",
         "noticePeriod": "P3M", "areas": [{"label": "baterai"}],
         "sources": [{"url": "https://example.org/a", "outlet": "Example"}]}
        """
            .formatted(organisation);
    MvcResult created =
        mvc.perform(
                post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.expiresOn").value("2027-01-31"))
            .andExpect(jsonPath("$.noticeDeadline").value("2026-10-31"))
            .andReturn();
    String location = created.getResponse().getHeader("Location");

    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.titleEn").value("Test agreement"))
        .andExpect(jsonPath("$.parties[0].role").value("PARTY"));

    String changed = body.replace("Test agreement", "Changed agreement");
    mvc.perform(
            put(location)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.titleEn").value("Changed agreement"));

    mvc.perform(
            put(location)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

    mvc.perform(put(location).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

    mvc.perform(delete(location)).andExpect(status().isPreconditionRequired());
    mvc.perform(delete(location).header("If-Match", "\"0\"")).andExpect(status().isConflict());
    mvc.perform(delete(location).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
    mvc.perform(get(location))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void lifecycleEventsAreAppendedAndChangeTheComputedStatus() throws Exception {
    long organisation = organisationId("KR");
    String location =
        mvc.perform(
                post("/api/v1/agreements")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"instrument": "MOU", "titleId": "MoU uji siklus",
                         "parties": [{"organisationId": %d}], "signedOn": "2020-01-01",
                         "entryIntoForceOnSignature": true, "term": "P2Y"}
                        """
                            .formatted(organisation)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.expiresOn").value("2021-12-31"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    String events = location + "/lifecycle-events";

    mvc.perform(
            post(events)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"EXTENDED\", \"on\": \"2021-11-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("extension"));
    mvc.perform(
            post(events)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"TERMINATED\", \"on\": \"2021-11-01\"}"))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            post(events)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"type\": \"EXTENDED\", \"on\": \"2021-11-01\", \"extension\": \"P3Y\"}"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.expiresOn").value("2024-12-31"));
    mvc.perform(
            post(events)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"TERMINATED\", \"on\": \"2023-06-30\", \"note\": \"x\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lifecycleEvents.length()").value(2));
    mvc.perform(get(location).param("on", "2023-01-01"))
        .andExpect(jsonPath("$.status").value("EXTENDED"));
    mvc.perform(get(location).param("on", "2023-07-01"))
        .andExpect(jsonPath("$.status").value("TERMINATED"));
    mvc.perform(delete(location).header("If-Match", "\"2\"")).andExpect(status().isNoContent());
  }

  @Test
  void anAmendmentLinksToTheMoUItChangesAndTheMoUListsItInReverse() throws Exception {
    long miitMou = miitMouId();
    String body =
        """
        {"instrument": "AMENDMENT", "titleId": "Amandemen uji MoU MIIT",
         "parties": [{"organisationId": %d}], "signedOn": "2025-05-05",
         "links": [{"kind": "AMENDS", "targetId": %d}]}
        """
            .formatted(organisationId("ID"), miitMou);
    String location =
        mvc.perform(
                post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    long amendment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    try {
      mvc.perform(get(location))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.links", hasSize(1)))
          .andExpect(jsonPath("$.links[0].kind").value("AMENDS"))
          .andExpect(jsonPath("$.links[0].targetId").value(miitMou))
          .andExpect(jsonPath("$.links[0].targetTitle").value(containsString("Nota Kesepahaman")))
          .andExpect(jsonPath("$.links[0].href").value("/api/v1/agreements/" + miitMou))
          .andExpect(jsonPath("$.linkedFrom", hasSize(0)));
      mvc.perform(get("/api/v1/agreements/" + miitMou))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.links", hasSize(0)))
          .andExpect(jsonPath("$.linkedFrom", hasSize(1)))
          .andExpect(jsonPath("$.linkedFrom[0].kind").value("AMENDS"))
          .andExpect(jsonPath("$.linkedFrom[0].sourceId").value(amendment))
          .andExpect(jsonPath("$.linkedFrom[0].sourceTitle").value("Amandemen uji MoU MIIT"))
          .andExpect(jsonPath("$.linkedFrom[0].href").value(location));

      mvc.perform(
              put(location)
                  .header("If-Match", "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body.replace("\"targetId\": " + miitMou, "\"targetId\": " + amendment)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("links[0].targetId"))
          .andExpect(jsonPath("$.errors[0].message").value(containsString("itself")));
      mvc.perform(
              put(location)
                  .header("If-Match", "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      body.replace(
                          "}]}", "}, {\"kind\": \"AMENDS\", \"targetId\": " + miitMou + "}]}")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("links[1].targetId"))
          .andExpect(jsonPath("$.errors[0].message").value(containsString("already")));
      mvc.perform(
              put(location)
                  .header("If-Match", "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body.replace("\"targetId\": " + miitMou, "\"targetId\": 999999")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("links[0].targetId"))
          .andExpect(jsonPath("$.errors[0].message").value("agreement 999999 does not exist"));
      mvc.perform(
              post("/api/v1/agreements")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body.replace("\"targetId\": " + miitMou, "\"targetId\": 999999")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("links[0].targetId"));
      mvc.perform(
              post("/api/v1/agreements")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body.replace("\"AMENDS\"", "\"REPLACES\"")))
          .andExpect(status().isBadRequest());

      mvc.perform(get(location)).andExpect(jsonPath("$.links[0].targetId").value(miitMou));
    } finally {
      mvc.perform(delete(location).header("If-Match", "\"0\"")).andExpect(status().isNoContent());
    }
    mvc.perform(get("/api/v1/agreements/" + miitMou))
        .andExpect(jsonPath("$.linkedFrom", hasSize(0)));
  }

  @Test
  void invalidBodiesAreAnsweredWithFieldDetails() throws Exception {
    mvc.perform(
            post("/api/v1/agreements")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"instrument\": \"MOU\", \"parties\": [], \"term\": \"five years\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("titleId")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("parties")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("term")));

    mvc.perform(
            post("/api/v1/agreements")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"instrument\": \"MOU\", \"titleId\": \"x\","
                        + " \"parties\": [{\"organisationId\": 999999}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parties[0].organisationId"));

    mvc.perform(
            post("/api/v1/agreements")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"instrument\": \"TREATY\", \"titleId\": \"x\"}"))
        .andExpect(status().isBadRequest());

    mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content("{"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void unknownIdsAreNotFound() throws Exception {
    mvc.perform(get("/api/v1/agreements/999999")).andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/agreements/999999")
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"instrument\": \"MOU\", \"titleId\": \"x\","
                        + " \"parties\": [{\"organisationId\": 1}]}"))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/agreements/999999").header("If-Match", "\"0\""))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/persons/999999")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/events/999999")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations/999999")).andExpect(status().isNotFound());
  }

  @Test
  void signatoriesAndEventsCanBeFollowed() throws Exception {
    String list =
        mvc.perform(get("/api/v1/agreements").param("country", "KR"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Number person = JsonPath.read(list, "$.items[0].signatories[1].personId");
    Number event = JsonPath.read(list, "$.items[0].event.id");
    mvc.perform(get("/api/v1/persons/" + person))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Ahn Dukgeun"))
        .andExpect(jsonPath("$.positions[0].title").value("Menteri Perdagangan"));
    mvc.perform(get("/api/v1/events/" + event))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value(containsString("ke-43 ASEAN")));
  }

  @Test
  void apiIsDescribedByOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/agreements']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/agreements/{id}']").exists())
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/agreements'].get.responses['200']"
                        + ".content['application/json'].schema['$ref']")
                .value(containsString("AgreementPage")))
        // the filters are parameters of their own, the same for the list and its exports
        .andExpect(
            jsonPath("$.paths['/api/v1/agreements'].get.parameters[*].name")
                .value(hasItems("country", "status", "on", "expiringBefore", "sort", "page")))
        .andExpect(
            jsonPath("$.paths['/api/v1/exports/agreements.csv'].get.parameters[*].name")
                .value(hasItems("country", "status", "on", "expiringBefore", "sort")));
  }

  private long miitMouId() throws Exception {
    String list =
        mvc.perform(get("/api/v1/agreements").param("country", "CN"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(list, "$.items[0].id")).longValue();
  }

  private long organisationId(String country) throws Exception {
    String list =
        mvc.perform(get("/api/v1/organisations").param("country", country))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(list, "$[0].id")).longValue();
  }
}

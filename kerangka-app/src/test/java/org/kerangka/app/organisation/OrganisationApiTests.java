package org.kerangka.app.organisation;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class OrganisationApiTests {
  @Autowired private MockMvc mvc;

  @Test
  void demoOrganisationsAreFoundByAcronym() throws Exception {
    mvc.perform(get("/api/v1/organisations").param("q", "motie"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].country").value("KR"))
        .andExpect(jsonPath("$[0].kind").value("MINISTRY_OR_AGENCY"))
        .andExpect(jsonPath("$[0].aliases", hasItem("MOTIE")));
  }

  @Test
  void createsAndUpdatesWithIfMatch() throws Exception {
    String body =
        """
        {"nameId": "Badan Riset dan Inovasi Nasional", "nameEn": "National Research and Innovation Agency",
         "kind": "RESEARCH_CENTRE", "country": "id", "aliases": ["BRIN", "brin", "BRIN"]}
        """;
    String location =
        mvc.perform(
                post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.country").value("ID"))
            .andExpect(jsonPath("$.aliases.length()").value(1))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(
            put(location)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("RESEARCH_CENTRE", "MINISTRY_OR_AGENCY")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.kind").value("MINISTRY_OR_AGENCY"));
    mvc.perform(
            put(location)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isConflict());
  }

  @Test
  void rejectsOrganisationsWithoutNameOrWithBadCountry() throws Exception {
    mvc.perform(
            post("/api/v1/organisations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"COMPANY\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/organisations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameId\": \"PT X\", \"kind\": \"COMPANY\", \"country\": \"IDN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("country"));
    mvc.perform(
            post("/api/v1/organisations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameId\": \"PT X\", \"kind\": \"COMPANY\", \"parentId\": 999999}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"));
  }
}

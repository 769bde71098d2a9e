package org.kerangka.app.implementation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class ActivityPagesTests {
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

  private long koreanMou() throws Exception {
    MvcResult result = mvc.perform(get("/api/v1/agreements").param("country", "KR")).andReturn();
    return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.items[0].id"))
        .longValue();
  }

  @Test
  void anActivityCreatedThroughTheFormShowsOnItsPageAndOnTheAgreement() throws Exception {
    long agreement = koreanMou();
    mvc.perform(get("/perjanjian/{id}/kegiatan/baru", agreement))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kegiatan baru")))
        .andExpect(content().string(containsString("Pelatihan")));
    MvcResult created =
        mvc.perform(
                post("/perjanjian/{id}/kegiatan", agreement)
                    .with(csrf())
                    .param("title", "Magang teknisi hidrogen")
                    .param("level", "ACTIVITY")
                    .param("status", "IMPLEMENTATION")
                    .param("formCode", "FORM_TRAINING")
                    .param("areaCode", "")
                    .param("actualStart", "2026-08-01")
                    .param("participants", "12"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/kegiatan/*"))
            .andReturn();
    String page = created.getResponse().getRedirectedUrl();
    mvc.perform(get(page))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Magang teknisi hidrogen")))
        .andExpect(content().string(containsString("Pelaksanaan")))
        .andExpect(content().string(containsString("1 Agustus 2026")));
    mvc.perform(get(page).param("lang", "en"))
        .andExpect(content().string(containsString("Implementation")))
        .andExpect(content().string(containsString("1 August 2026")));
    mvc.perform(get("/perjanjian/{id}", agreement).param("lang", "id"))
        .andExpect(content().string(containsString("Magang teknisi hidrogen")));
    mvc.perform(get(page + "/ubah"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Magang teknisi hidrogen")));
  }

  @Test
  void anEndBeforeTheStartIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
    long agreement = koreanMou();
    mvc.perform(
            post("/perjanjian/{id}/kegiatan", agreement)
                .with(csrf())
                .param("title", "Kegiatan mundur")
                .param("level", "ACTIVITY")
                .param("status", "CLOSED")
                .param("actualStart", "2026-05-01")
                .param("actualEnd", "2026-04-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Tanggal selesai tidak boleh sebelum")));
    mvc.perform(
            post("/perjanjian/{id}/kegiatan", agreement)
                .with(csrf())
                .param("title", "")
                .param("level", "ACTIVITY")
                .param("status", "PIPELINE")
                .param("participants", "banyak"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Wajib diisi.")))
        .andExpect(content().string(containsString("Masukkan bilangan bulat.")));
    mvc.perform(get("/api/v1/agreements/{id}/activities", agreement))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Kegiatan mundur"))));
  }

  @Test
  void aStaleEditFormShowsTheConflict() throws Exception {
    long agreement = koreanMou();
    MvcResult created =
        mvc.perform(
                post("/perjanjian/{id}/kegiatan", agreement)
                    .with(csrf())
                    .param("title", "Forum bisnis")
                    .param("level", "ACTIVITY")
                    .param("status", "PIPELINE"))
            .andReturn();
    String page = created.getResponse().getRedirectedUrl();
    mvc.perform(
            post(page + "/ubah")
                .with(csrf())
                .param("version", "0")
                .param("title", "Forum bisnis 2")
                .param("level", "ACTIVITY")
                .param("status", "PIPELINE"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(page + "/ubah")
                .with(csrf())
                .param("version", "0")
                .param("title", "Forum bisnis 3")
                .param("level", "ACTIVITY")
                .param("status", "PIPELINE"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("telah diubah oleh orang lain")));
  }
}

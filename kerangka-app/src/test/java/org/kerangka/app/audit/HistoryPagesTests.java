package org.kerangka.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writes through the pages and the API are recorded with the user's name, once each; the history
 * page shows them field by field and the as-of view rebuilds a past state.
 */
@RegistryTest
class HistoryPagesTests {
  @Autowired private MockMvc mvc;
  @Autowired private AuditTrail audit;
  @Autowired private AgreementService agreements;
  @Autowired private OrganisationService organisations;
  private final List<Long> created = new ArrayList<>();

  @AfterEach
  void removeTheAgreementsMadeHere() {
    created.forEach(id -> agreements.find(id).ifPresent(agreements::delete));
    created.clear();
  }

  private long createThroughTheApi() throws Exception {
    long party =
        organisations
            .save(
                Organisation.named(
                    "Dinas Riwayat " + UUID.randomUUID(),
                    null,
                    null,
                    OrganisationKind.MINISTRY_OR_AGENCY,
                    "JP"))
            .id();
    long before = audit.count();
    String body =
        mvc.perform(
                post("/api/v1/agreements")
                    .with(user("dewi").roles("EDITOR"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"instrument": "MOU", "titleId": "Nota riwayat uji", "place": "Bandung",
                         "parties": [{"organisationId": %d}]}
                        """
                            .formatted(party)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(audit.count()).isEqualTo(before + 1);
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    created.add(id);
    return id;
  }

  @Test
  void aPageEditIsOneEventShownWithTheUsersNameAndTheChangedField() throws Exception {
    long id = createThroughTheApi();
    long before = audit.count();
    mvc.perform(
            post("/perjanjian/" + id + "/ubah")
                .with(user("siti").roles("EDITOR"))
                .with(csrf())
                .param("version", "0")
                .param("instrument", "MOU")
                .param("titleId", "Nota riwayat uji")
                .param("place", "Bandung, Jawa Barat")
                .param("renewal", "NONE"))
        .andExpect(status().is3xxRedirection());
    assertThat(audit.count()).isEqualTo(before + 1);
    List<AuditEvent> events = audit.history("agreement", String.valueOf(id));
    assertThat(events).extracting(AuditEvent::actor).containsExactly("dewi", "siti");
    assertThat(events).extracting(AuditEvent::action).containsExactly("CREATE", "UPDATE");

    mvc.perform(get("/perjanjian/" + id + "/riwayat").with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">siti<")))
        .andExpect(content().string(containsString(">dewi<")))
        .andExpect(content().string(containsString("Tempat")))
        .andExpect(content().string(containsString("Bandung, Jawa Barat")))
        .andExpect(content().string(not(containsString(">version<"))));
    mvc.perform(
            get("/perjanjian/" + id + "/riwayat")
                .param("lang", "en")
                .with(user("v").roles("VIEWER")))
        .andExpect(content().string(containsString("Place")))
        .andExpect(content().string(containsString("Changed")));
  }

  @Test
  void theAsOfViewShowsWhatWasRecordedByTheEndOfTheDay() throws Exception {
    long id = createThroughTheApi();
    String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
    mvc.perform(
            get("/perjanjian/" + id + "/pada")
                .param("tanggal", today)
                .with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bandung")))
        .andExpect(content().string(containsString("dewi")));
    mvc.perform(
            get("/perjanjian/" + id + "/pada")
                .param("tanggal", "2020-01-01")
                .with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("belum mencatat")));
    mvc.perform(
            get("/perjanjian/" + id + "/pada")
                .param("tanggal", "kemarin")
                .with(user("v").roles("VIEWER")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Tanggal tidak valid")));
  }

  @Test
  void demoDataIsRecordedAsTheSystem() {
    assertThat(audit.history("agreement", "1"))
        .first()
        .extracting(AuditEvent::actor, AuditEvent::action)
        .containsExactly(AuditActor.SYSTEM, "CREATE");
  }
}

package org.kerangka.app.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.account.Accounts;
import org.kerangka.app.account.Role;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A confidential agreement: its metadata is visible to every VIEWER, its notes only to ADMINs and
 * EDITORs allowed for its parties — in the API, on the pages, in the history and in search.
 */
@RegistryTest
class ConfidentialAgreementTests {
  @Autowired private MockMvc mvc;
  @Autowired private AgreementService agreements;
  @Autowired private OrganisationService organisations;
  @Autowired private Accounts accounts;

  private long id;
  private long party;
  private long other;
  private String secretWord;

  @BeforeEach
  void confidentialAgreement() {
    secretWord = "rahasia" + UUID.randomUUID().toString().substring(0, 6);
    party = organisation("Lembaga Uji Rahasia");
    other = organisation("Lembaga Uji Lain");
    Agreement agreement = Agreement.draft(Instrument.MOU, "Nota rahasia uji", null);
    agreement.between(List.of(new AgreementParty(party, PartyRole.PARTY)));
    agreement.annotate("Harga kontrak " + secretWord, true);
    id = agreements.save(agreement).id();
  }

  @AfterEach
  void removeTheAgreement() {
    agreements.find(id).ifPresent(agreements::delete);
  }

  private long organisation(String name) {
    return organisations
        .save(
            Organisation.named(
                name + " " + UUID.randomUUID(), null, null, OrganisationKind.COMPANY, "ID"))
        .id();
  }

  private String editorOf(long organisation) {
    String name = "e" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(name, "kopi tubruk di pagi hari", Role.EDITOR, Set.of(organisation));
    return name;
  }

  @Test
  void aViewerSeesTheMetadataButNotTheNotesInTheApi() throws Exception {
    mvc.perform(get("/api/v1/agreements/" + id).with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.titleId").value("Nota rahasia uji"))
        .andExpect(jsonPath("$.confidential").value(true))
        .andExpect(jsonPath("$.notes").value(nullValue()));
    mvc.perform(get("/api/v1/agreements/" + id).with(user("a").roles("ADMIN")))
        .andExpect(jsonPath("$.notes").value(containsString(secretWord)));
  }

  @Test
  void theListKeepsThePageButAViewerNeverGetsTheNotesFromIt() throws Exception {
    String party = String.valueOf(this.party);
    // the admin's requests fill the kept page and its JSON; the viewer's must not be served it
    for (String role : List.of("ADMIN", "ADMIN", "VIEWER", "ADMIN", "VIEWER")) {
      mvc.perform(
              get("/api/v1/agreements")
                  .param("organisation", party)
                  .with(user(role.toLowerCase(java.util.Locale.ROOT)).roles(role)))
          .andExpect(status().isOk())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
          .andExpect(jsonPath("$.totalItems").value(1))
          .andExpect(jsonPath("$.items[0].titleId").value("Nota rahasia uji"))
          .andExpect(
              role.equals("ADMIN")
                  ? jsonPath("$.items[0].notes").value(containsString(secretWord))
                  : jsonPath("$.items[0].notes").value(nullValue()));
    }
  }

  @Test
  void aViewerDoesNotSeeTheNotesOnThePagesNorInTheHistory() throws Exception {
    mvc.perform(get("/perjanjian/" + id).with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nota rahasia uji")))
        .andExpect(content().string(not(containsString(secretWord))))
        .andExpect(content().string(not(containsString("/ubah"))));
    mvc.perform(get("/perjanjian/" + id + "/riwayat").with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(secretWord))));
    mvc.perform(
            get("/perjanjian/" + id + "/pada")
                .param("tanggal", "2100-01-01")
                .with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nota rahasia uji")))
        .andExpect(content().string(not(containsString(secretWord))));
    mvc.perform(get("/perjanjian/" + id + "/riwayat").with(user("a").roles("ADMIN")))
        .andExpect(content().string(containsString(secretWord)));
  }

  @Test
  void searchNeitherFindsNorQuotesConfidentialNotes() throws Exception {
    mvc.perform(get("/api/v1/search").param("q", secretWord).with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(secretWord))))
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void anEditorLimitedToThePartySeesAndChangesItOthersDoNot() throws Exception {
    String mine = editorOf(party);
    String notMine = editorOf(other);
    mvc.perform(get("/api/v1/agreements/" + id).with(user(mine).roles("EDITOR")))
        .andExpect(jsonPath("$.notes").value(containsString(secretWord)));
    mvc.perform(get("/api/v1/agreements/" + id).with(user(notMine).roles("EDITOR")))
        .andExpect(jsonPath("$.notes").value(nullValue()));
    String body =
        """
        {"instrument": "MOU", "titleId": "Nota rahasia uji", "confidential": true,
         "parties": [{"organisationId": %d}]}
        """
            .formatted(party);
    mvc.perform(
            put("/api/v1/agreements/" + id)
                .with(user(notMine).roles("EDITOR"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(get("/perjanjian/" + id + "/ubah").with(user(notMine).roles("EDITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/v1/agreements/" + id)
                .with(user(mine).roles("EDITOR"))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }
}

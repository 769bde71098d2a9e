package org.kerangka.app.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class OrganisationPagesTests {
  @Autowired private MockMvc mvc;
  @Autowired private OrganisationService organisations;
  @Autowired private PersonRepository people;

  @Test
  void listShowsOrganisationsWithTheirCountries() throws Exception {
    mvc.perform(get("/organisasi"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Kementerian Perindustrian dan Teknologi Informasi")))
        .andExpect(content().string(containsString("Tiongkok")));
  }

  @Test
  void detailListsTheOrganisationsAgreements() throws Exception {
    Organisation miit =
        organisations.list("Teknologi Informasi", "CN").stream().findFirst().orElseThrow();
    mvc.perform(get("/organisasi/" + miit.id()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("7 September 2028")))
        .andExpect(content().string(containsString("Berlaku")));
  }

  @Test
  void personPageShowsPositionsAndAgreementsSigned() throws Exception {
    var agus = people.findByNameIgnoreCase("Agus Gumiwang Kartasasmita").get(0);
    mvc.perform(get("/orang/" + agus.id()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Menteri Perindustrian")))
        .andExpect(content().string(containsString("8 September 2023")))
        .andExpect(content().string(containsString("Perjanjian yang ditandatangani")));
  }
}

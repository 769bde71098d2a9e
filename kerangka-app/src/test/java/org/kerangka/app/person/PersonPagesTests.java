package org.kerangka.app.person;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class PersonPagesTests {
  @Autowired private MockMvc mvc;
  @Autowired private PersonRepository people;

  @Test
  void listShowsTheSeedSignatoriesWithPositionsAndLinks() throws Exception {
    var agus = people.findByNameIgnoreCase("Agus Gumiwang Kartasasmita").get(0);
    mvc.perform(get("/orang"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Orang</h1>")))
        .andExpect(content().string(containsString("Jabatan")))
        .andExpect(content().string(containsString("Agus Gumiwang Kartasasmita")))
        .andExpect(content().string(containsString("Jin Zhuanglong")))
        .andExpect(content().string(containsString("Ahn Dukgeun")))
        .andExpect(content().string(containsString("Menteri Perindustrian")))
        .andExpect(content().string(containsString("href=\"/orang/" + agus.id() + "\"")))
        .andExpect(content().string(containsString("aria-current=\"page\">Orang</a>")));
  }

  @Test
  void listFiltersByName() throws Exception {
    mvc.perform(get("/orang").param("q", "zhuang"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Jin Zhuanglong")))
        .andExpect(
            content()
                .string(
                    allOf(
                        not(containsString("Agus Gumiwang Kartasasmita")),
                        not(containsString("Ahn Dukgeun")))));
  }

  @Test
  void listSpeaksEnglish() throws Exception {
    mvc.perform(get("/orang").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>People</h1>")))
        .andExpect(content().string(containsString("Positions")))
        .andExpect(content().string(containsString("Ahn Dukgeun")));
  }
}

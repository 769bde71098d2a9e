package org.kerangka.app.event;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class EventPagesTests {
  @Autowired private MockMvc mvc;
  @Autowired private EventRepository events;
  @Autowired private AgreementService agreements;
  @Autowired private PersonRepository people;

  private Event demoEvent() {
    return events.findAll().stream()
        .filter(e -> e.name().contains("ke-43 ASEAN"))
        .findFirst()
        .orElseThrow();
  }

  private Agreement signedBy(String name) {
    var person = people.findByNameIgnoreCase(name).get(0);
    return agreements.signedBy(person.id()).get(0);
  }

  @Test
  void detailListsBothDemoMous() throws Exception {
    Event event = demoEvent();
    Agreement china = signedBy("Jin Zhuanglong");
    Agreement korea = signedBy("Ahn Dukgeun");
    mvc.perform(get("/acara/" + event.id()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("ke-43 ASEAN")))
        .andExpect(content().string(containsString("Tempat")))
        .andExpect(content().string(containsString("Perjanjian yang ditandatangani di acara ini")))
        .andExpect(content().string(containsString("href=\"/perjanjian/" + china.id() + "\"")))
        .andExpect(content().string(containsString("href=\"/perjanjian/" + korea.id() + "\"")));
  }

  @Test
  void detailSpeaksEnglish() throws Exception {
    mvc.perform(get("/acara/" + demoEvent().id()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Place")))
        .andExpect(content().string(containsString("Agreements signed at this event")));
  }

  @Test
  void agreementDetailLinksToItsEvent() throws Exception {
    Agreement china = signedBy("Jin Zhuanglong");
    mvc.perform(get("/perjanjian/" + china.id()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/acara/" + demoEvent().id() + "\"")));
  }

  @Test
  void unknownEventIsNotFound() throws Exception {
    mvc.perform(get("/acara/999999")).andExpect(status().isNotFound());
  }
}

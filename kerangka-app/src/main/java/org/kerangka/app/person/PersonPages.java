package org.kerangka.app.person;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A person's page: positions held and agreements signed. */
@PageController
@RequestMapping("/orang")
class PersonPages {
  private final PersonRepository people;
  private final OrganisationService organisations;
  private final AgreementService agreements;

  PersonPages(
      PersonRepository people, OrganisationService organisations, AgreementService agreements) {
    this.people = people;
    this.organisations = organisations;
    this.agreements = agreements;
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    Person person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    Map<Long, String> names = new LinkedHashMap<>();
    for (Position position : person.positions()) {
      Long organisation = position.organisationId();
      if (organisation != null) {
        organisations.find(organisation).ifPresent(o -> names.put(organisation, o.displayName()));
      }
    }
    model.addAttribute("person", person);
    model.addAttribute("organisationNames", names);
    model.addAttribute("signed", agreements.signedBy(id));
    return "person/detail";
  }
}

package org.kerangka.app.person;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages listing people and showing one: positions held and agreements signed. */
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

  @GetMapping
  String list(@RequestParam(required = false) @Nullable String q, Model model) {
    String text = q == null || q.isBlank() ? null : q.strip();
    String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
    List<Person> found =
        people.findAll().stream()
            .filter(p -> needle == null || p.name().toLowerCase(Locale.ROOT).contains(needle))
            .sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)))
            .toList();
    model.addAttribute("q", text);
    model.addAttribute("people", found);
    model.addAttribute("organisationNames", organisationNames(found));
    return "person/list";
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    Person person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    model.addAttribute("person", person);
    model.addAttribute("organisationNames", organisationNames(List.of(person)));
    model.addAttribute("signed", agreements.signedBy(id));
    return "person/detail";
  }

  /** The display names of the organisations at which the people held positions, by id. */
  private Map<Long, String> organisationNames(List<Person> persons) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Person person : persons) {
      for (Position position : person.positions()) {
        Long organisation = position.organisationId();
        if (organisation != null && !names.containsKey(organisation)) {
          organisations.find(organisation).ifPresent(o -> names.put(organisation, o.displayName()));
        }
      }
    }
    return names;
  }
}

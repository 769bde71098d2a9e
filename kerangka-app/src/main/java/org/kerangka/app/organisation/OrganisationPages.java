package org.kerangka.app.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.AgreementQuery;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages listing organisations and showing one with its agreements. */
@PageController
@RequestMapping("/organisasi")
class OrganisationPages {
  private final OrganisationService organisations;
  private final AgreementService agreements;

  OrganisationPages(OrganisationService organisations, AgreementService agreements) {
    this.organisations = organisations;
    this.agreements = agreements;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String country,
      Model model) {
    String text = q == null || q.isBlank() ? null : q.strip();
    String code = country == null || country.isBlank() ? null : country.strip();
    model.addAttribute("q", text);
    model.addAttribute("country", code);
    model.addAttribute("organisations", organisations.list(text, code));
    return "organisation/list";
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    Organisation organisation = organisations.require(id);
    model.addAttribute("organisation", organisation);
    model.addAttribute(
        "parent",
        organisation.parentId() == null
            ? null
            : organisations.find(organisation.parentId()).orElse(null));
    AgreementQuery query =
        new AgreementQuery(
            null,
            id,
            null,
            LocalDate.now(),
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            200,
            "signedOn,desc");
    model.addAttribute("views", agreements.search(query).items());
    return "organisation/detail";
  }
}

package org.kerangka.app.monitoring;

import org.jspecify.annotations.Nullable;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The institutions directory page with the network table. */
@PageController
class InstitutionPages {
  private final InstitutionService institutions;

  InstitutionPages(InstitutionService institutions) {
    this.institutions = institutions;
  }

  @GetMapping("/lembaga")
  String directory(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String country,
      Model model) {
    OrganisationKind chosen = null;
    for (OrganisationKind k : InstitutionService.KINDS) {
      if (k.name().equals(kind)) {
        chosen = k;
      }
    }
    model.addAttribute("kind", chosen);
    model.addAttribute("country", country == null || country.isBlank() ? null : country.strip());
    model.addAttribute("kinds", InstitutionService.KINDS);
    model.addAttribute("directory", institutions.directory(chosen, country));
    return "monitoring/institutions";
  }
}

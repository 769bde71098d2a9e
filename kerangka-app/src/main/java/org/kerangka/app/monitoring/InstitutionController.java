package org.kerangka.app.monitoring;

import org.jspecify.annotations.Nullable;
import org.kerangka.app.organisation.OrganisationKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the institutions directory and its network. */
@RestController
class InstitutionController {
  private final InstitutionService institutions;

  InstitutionController(InstitutionService institutions) {
    this.institutions = institutions;
  }

  /**
   * Institutions (research centres, think tanks, consultancies, companies, universities), filtered
   * by {@code kind} and {@code country}, with their agreements, activities and network.
   */
  @GetMapping("/api/v1/institutions")
  InstitutionService.Directory list(
      @RequestParam(required = false) @Nullable OrganisationKind kind,
      @RequestParam(required = false) @Nullable String country) {
    if (kind != null && !InstitutionService.KINDS.contains(kind)) {
      throw new org.kerangka.app.web.InvalidFieldException(
          "kind", "must be one of " + InstitutionService.KINDS);
    }
    return institutions.directory(kind, country);
  }
}

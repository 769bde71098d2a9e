package org.kerangka.app.export;

import java.time.LocalDate;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The renewal dossier of an agreement as a page, with a link to the same dossier as a PDF. */
@PageController
class DossierPages {
  private final Dossiers dossiers;

  DossierPages(Dossiers dossiers) {
    this.dossiers = dossiers;
  }

  @GetMapping("/perjanjian/{id}/dosier")
  String dossier(@PathVariable long id, Model model) {
    model.addAttribute("dossier", dossiers.of(id, LocalDate.now()));
    return "export/dossier";
  }
}

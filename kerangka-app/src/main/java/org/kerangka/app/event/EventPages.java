package org.kerangka.app.event;

import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** An event's page: when and where it took place and the agreements signed there. */
@PageController
@RequestMapping("/acara")
class EventPages {
  private final EventRepository events;
  private final AgreementService agreements;

  EventPages(EventRepository events, AgreementService agreements) {
    this.events = events;
    this.agreements = agreements;
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    Event event = events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
    model.addAttribute("event", event);
    model.addAttribute("signed", agreements.signedAt(id));
    return "event/detail";
  }
}

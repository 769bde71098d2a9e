package org.kerangka.app.monitoring;

import java.time.LocalDate;
import java.util.Set;
import org.kerangka.app.account.AccessPolicy;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reminders page: what fired and what comes in the next twelve months, per user: an EDITOR
 * limited to some organisations sees the reminders of the agreements they may change (those the
 * organisations are party to), everyone else all of them.
 */
@PageController
class ReminderPages {
  private final ReminderService reminders;
  private final AccessPolicy access;

  ReminderPages(ReminderService reminders, AccessPolicy access) {
    this.reminders = reminders;
    this.access = access;
  }

  @GetMapping("/pengingat")
  String reminders(Model model) {
    LocalDate today = reminders.today();
    model.addAttribute("today", today);
    Set<Long> organisations = access.limitedTo();
    model.addAttribute("sent", reminders.sentTo(organisations, 200));
    model.addAttribute("upcoming", reminders.upcoming(today, today.plusMonths(12), organisations));
    return "monitoring/reminders";
  }
}

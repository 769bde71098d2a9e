package org.kerangka.app.monitoring;

import java.time.LocalDate;
import org.kerangka.app.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reminders page: what fired and what comes in the next twelve months. Every user sees all
 * reminders until accounts exist ({@link ReminderService#sentTo} is the seam).
 */
@PageController
class ReminderPages {
  private final ReminderService reminders;

  ReminderPages(ReminderService reminders) {
    this.reminders = reminders;
  }

  @GetMapping("/pengingat")
  String reminders(Model model) {
    LocalDate today = reminders.today();
    model.addAttribute("today", today);
    model.addAttribute("sent", reminders.sentTo(null, 200));
    model.addAttribute("upcoming", reminders.upcoming(today, today.plusMonths(12)));
    return "monitoring/reminders";
  }
}

package org.kerangka.app.monitoring;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders once the application is ready (after the demo data is in; catching up on what
 * came due while it was down) and then every day at 06:00 ({@code kerangka.reminders.cron}), each
 * time followed by the digest log line. {@code kerangka.reminders.enabled=false} turns both off.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
    name = "kerangka.reminders.enabled",
    havingValue = "true",
    matchIfMissing = true)
class ReminderJob {
  private final ReminderService reminders;

  ReminderJob(ReminderService reminders) {
    this.reminders = reminders;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    runAndDigest();
  }

  @Scheduled(cron = "${kerangka.reminders.cron:0 0 6 * * *}")
  void daily() {
    runAndDigest();
  }

  private void runAndDigest() {
    List<Reminder> fired = reminders.run();
    reminders.digest(fired);
  }
}

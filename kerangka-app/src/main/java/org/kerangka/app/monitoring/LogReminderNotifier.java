package org.kerangka.app.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Notifies by a log line, one per reminder; a {@code @Primary} {@link ReminderNotifier} replaces
 * it.
 */
@Component
class LogReminderNotifier implements ReminderNotifier {
  private static final Logger log = LoggerFactory.getLogger(LogReminderNotifier.class);

  @Override
  public void notify(Reminder reminder) {
    log.info(
        "Reminder {} due {} for agreement {} ({})",
        reminder.kind(),
        reminder.dueOn(),
        reminder.agreementId(),
        reminder.title());
  }
}

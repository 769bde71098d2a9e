package org.kerangka.app.monitoring;

/**
 * Tells people that a reminder came due. Called inside the transaction that records the reminder as
 * sent: when it throws, the record is rolled back and the reminder fires again at the next run. The
 * default writes a log line; mail or per-user delivery (once accounts exist) replaces this bean.
 */
public interface ReminderNotifier {
  void notify(Reminder reminder);
}

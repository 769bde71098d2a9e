package org.kerangka.app.monitoring;

/** The renewal dates a reminder is sent for, in the order they come. */
public enum ReminderKind {
  /** Twelve months before expiry: start reviewing whether to renew. */
  REVIEW_START,
  /** Expiry minus the notice period: the last day to give notice. */
  NOTICE_DEADLINE,
  /** The last day the agreement is in force. */
  EXPIRY
}

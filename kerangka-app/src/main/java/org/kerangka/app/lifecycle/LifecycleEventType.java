package org.kerangka.app.lifecycle;

/** What happened to an agreement on a day of its recorded history. */
public enum LifecycleEventType {
  /** The parties signed it. */
  SIGNED,
  /** It entered into force (for example after ratification or notification). */
  ENTERED_INTO_FORCE,
  /** Its term was extended by the event's extension period. */
  EXTENDED,
  /** Its text was amended; dates and status are unaffected. */
  AMENDED,
  /** It was terminated and ends on the event's day. */
  TERMINATED
}

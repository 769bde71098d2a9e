package org.kerangka.app.lifecycle;

/** What happened to an agreement. */
public enum LifecycleEventType {
  SIGNED,
  ENTERED_INTO_FORCE,
  EXTENDED,
  AMENDED,
  TERMINATED
}

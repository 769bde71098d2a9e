package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry in an agreement's append-only history.
 *
 * @param type what happened
 * @param on the day it took effect
 * @param extension for {@link LifecycleEventType#EXTENDED}: how long the term was extended by,
 *     counted from the day after the previous expiry; ignored for other types
 * @param note free text, for example the reference of the exchange of notes
 */
public record LifecycleEvent(
    LifecycleEventType type, LocalDate on, @Nullable Period extension, @Nullable String note) {

  public LifecycleEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(on, "on");
  }
}

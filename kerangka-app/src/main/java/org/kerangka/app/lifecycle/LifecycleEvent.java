package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/** One thing that happened to an agreement on a day; {@code extension} for EXTENDED. */
public record LifecycleEvent(
    LifecycleEventType type, LocalDate on, @Nullable Period extension, @Nullable String note) {}

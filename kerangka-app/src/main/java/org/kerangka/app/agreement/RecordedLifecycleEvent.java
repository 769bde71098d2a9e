package org.kerangka.app.agreement;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.springframework.data.relational.core.mapping.Table;

/** A lifecycle event as stored with its agreement. */
@Table("lifecycle_event")
record RecordedLifecycleEvent(
    LifecycleEventType type,
    LocalDate occurredOn,
    @Nullable String extension,
    @Nullable String note) {

  static RecordedLifecycleEvent of(LifecycleEvent event) {
    return new RecordedLifecycleEvent(
        event.type(),
        event.on(),
        event.extension() == null ? null : event.extension().toString(),
        event.note());
  }

  LifecycleEvent toEvent() {
    return new LifecycleEvent(
        type, occurredOn, extension == null ? null : Period.parse(extension), note);
  }
}

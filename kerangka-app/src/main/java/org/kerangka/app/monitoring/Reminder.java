package org.kerangka.app.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A renewal reminder of an agreement; {@code sentAt} is absent while it has not fired. */
public record Reminder(
    long agreementId,
    String title,
    ReminderKind kind,
    LocalDate dueOn,
    @Nullable OffsetDateTime sentAt) {}

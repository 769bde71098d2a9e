package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Dates computed from a term and its lifecycle events. */
public record LifecycleDates(
    @Nullable LocalDate entryIntoForce,
    @Nullable LocalDate expiresOn,
    @Nullable LocalDate noticeDeadline,
    @Nullable LocalDate reviewStartsOn) {}

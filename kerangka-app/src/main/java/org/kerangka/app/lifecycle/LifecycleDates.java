package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The key dates of an agreement, as {@link LifecycleCalculator#dates} computes them.
 *
 * @param entryIntoForce the day it entered (or enters) into force; absent while unsigned
 * @param expiresOn the last day it is in force, recorded extensions included; absent for open-ended
 *     agreements
 * @param noticeDeadline the last day to give notice: expiry minus the notice period; absent without
 *     notice period or expiry
 * @param reviewStartsOn when the bureau should start reviewing it: twelve months before expiry
 */
public record LifecycleDates(
    @Nullable LocalDate entryIntoForce,
    @Nullable LocalDate expiresOn,
    @Nullable LocalDate noticeDeadline,
    @Nullable LocalDate reviewStartsOn) {}

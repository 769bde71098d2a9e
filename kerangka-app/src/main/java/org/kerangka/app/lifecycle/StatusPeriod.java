package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of days on which an agreement has one status, as {@link LifecycleCalculator#timeline}
 * computes it.
 *
 * @param from the first day, counted in; absent for "since ever"
 * @param to the last day, counted in; absent for "from then on"
 */
public record StatusPeriod(
    AgreementStatus status, @Nullable LocalDate from, @Nullable LocalDate to) {

  public StatusPeriod {
    Objects.requireNonNull(status, "status");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("a status period cannot end before it starts");
    }
  }

  /** Whether {@code day} lies inside this period. */
  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}

package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes lifecycle dates and status. Straightforward interim rules: expiry is entry into force
 * (or signature) plus the term minus one day, plus every extension; the notice deadline is expiry
 * minus the notice period; review starts twelve months before expiry; an agreement is EXPIRING from
 * its notice deadline (or six months before expiry when there is no notice period).
 */
public final class LifecycleCalculator {

  private LifecycleCalculator() {}

  public static LifecycleDates dates(Term term, List<LifecycleEvent> events) {
    LocalDate entry = entryIntoForce(term, events);
    LocalDate start = entry != null ? entry : term.signedOn();
    LocalDate expires = null;
    if (start != null && term.term() != null) {
      expires = start.plus(term.term()).minusDays(1);
      for (LifecycleEvent event : events) {
        if (event.type() == LifecycleEventType.EXTENDED && event.extension() != null) {
          expires = expires.plus(event.extension());
        }
      }
    }
    LocalDate notice =
        expires != null && term.noticePeriod() != null ? expires.minus(term.noticePeriod()) : null;
    LocalDate review = expires != null ? expires.minusMonths(12) : null;
    return new LifecycleDates(entry, expires, notice, review);
  }

  public static AgreementStatus statusOn(LocalDate day, Term term, List<LifecycleEvent> events) {
    if (happenedBy(day, events, LifecycleEventType.TERMINATED)) {
      return AgreementStatus.TERMINATED;
    }
    boolean signed =
        happenedBy(day, events, LifecycleEventType.SIGNED)
            || (term.signedOn() != null && !day.isBefore(term.signedOn()));
    if (!signed) {
      return AgreementStatus.PLANNED;
    }
    LifecycleDates dates = dates(term, events);
    if (dates.entryIntoForce() == null || day.isBefore(dates.entryIntoForce())) {
      return AgreementStatus.SIGNED;
    }
    LocalDate expires = dates.expiresOn();
    if (expires != null && term.renewal() != RenewalMode.AUTOMATIC) {
      if (day.isAfter(expires)) {
        return AgreementStatus.EXPIRED;
      }
      LocalDate warnFrom =
          dates.noticeDeadline() != null ? dates.noticeDeadline() : expires.minusMonths(6);
      if (!day.isBefore(warnFrom)) {
        return AgreementStatus.EXPIRING;
      }
    }
    return happenedBy(day, events, LifecycleEventType.EXTENDED)
        ? AgreementStatus.EXTENDED
        : AgreementStatus.IN_FORCE;
  }

  private static @Nullable LocalDate entryIntoForce(Term term, List<LifecycleEvent> events) {
    for (LifecycleEvent event : events) {
      if (event.type() == LifecycleEventType.ENTERED_INTO_FORCE) {
        return event.on();
      }
    }
    return term.entryIntoForce();
  }

  private static boolean happenedBy(
      LocalDate day, List<LifecycleEvent> events, LifecycleEventType type) {
    return events.stream().anyMatch(e -> e.type() == type && !e.on().isAfter(day));
  }
}

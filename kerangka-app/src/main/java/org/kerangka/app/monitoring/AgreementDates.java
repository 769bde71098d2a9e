package org.kerangka.app.monitoring;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleDates;

/** An agreement's computed dates and its status on a day, without the rest of the aggregate. */
public record AgreementDates(
    long id,
    String title,
    String instrument,
    @Nullable LocalDate signedOn,
    LifecycleDates dates,
    AgreementStatus status) {

  /** Whether the agreement binds its parties on the day: in force, expiring or extended. */
  public boolean inForce() {
    return status == AgreementStatus.IN_FORCE
        || status == AgreementStatus.EXPIRING
        || status == AgreementStatus.EXTENDED;
  }
}

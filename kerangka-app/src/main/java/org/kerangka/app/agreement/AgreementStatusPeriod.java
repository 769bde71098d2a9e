package org.kerangka.app.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.StatusPeriod;

/** A period of the computed status timeline as stored with its agreement, for SQL filters. */
record AgreementStatusPeriod(
    AgreementStatus status, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {

  static AgreementStatusPeriod of(StatusPeriod period) {
    return new AgreementStatusPeriod(period.status(), period.from(), period.to());
  }
}

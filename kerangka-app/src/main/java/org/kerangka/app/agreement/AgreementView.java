package org.kerangka.app.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleDates;

/** An agreement with its status on a day and its computed dates. */
public record AgreementView(
    Agreement agreement, LocalDate on, AgreementStatus status, LifecycleDates dates) {

  static AgreementView of(Agreement agreement, LocalDate on) {
    return new AgreementView(agreement, on, agreement.statusOn(on), agreement.dates());
  }

  long id() {
    Long id = agreement.id();
    return id == null ? 0 : id;
  }

  @Nullable LocalDate signedOn() {
    return agreement.signedOn();
  }

  @Nullable LocalDate expiresOn() {
    return dates.expiresOn();
  }

  String title() {
    return agreement.displayTitle();
  }
}

package org.kerangka.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One agreement reported by an article, in the shape of the extraction schema v1. */
public record AgreementRecord(
    Instrument instrument,
    AgreementStatus status,
    List<Party> parties,
    List<Signatory> signatories,
    @Nullable LocalDate signedOn,
    @Nullable String place,
    @Nullable String event,
    @Nullable Integer termYears,
    @Nullable Boolean extendable,
    List<String> areas,
    List<String> activities,
    @Nullable Money value,
    List<Evidence> evidence) {

  public AgreementRecord {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(status, "status");
    parties = List.copyOf(parties);
    signatories = List.copyOf(signatories);
    areas = List.copyOf(areas);
    activities = List.copyOf(activities);
    evidence = List.copyOf(evidence);
  }
}

package org.kerangka.app.agreement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.RenewalMode;

/** An agreement as the API shows it, with names resolved and computed lifecycle fields. */
record AgreementResponse(
    long id,
    long version,
    Instrument instrument,
    @Nullable String titleId,
    @Nullable String titleEn,
    @Nullable String referenceNumber,
    List<Party> parties,
    List<Signatory> signatories,
    @Nullable LocalDate signedOn,
    @Nullable String place,
    @Nullable Ref event,
    boolean entryIntoForceOnSignature,
    @Nullable LocalDate entryIntoForceOn,
    @Nullable String term,
    RenewalMode renewal,
    @Nullable String noticePeriod,
    List<Label> areas,
    List<Label> activities,
    List<AgreementSource> sources,
    List<Link> links,
    List<LinkedFrom> linkedFrom,
    @Nullable String notes,
    boolean confidential,
    List<LifecycleEvent> lifecycleEvents,
    LocalDate statusOn,
    AgreementStatus status,
    @Nullable LocalDate entryIntoForce,
    @Nullable LocalDate expiresOn,
    @Nullable LocalDate noticeDeadline,
    @Nullable LocalDate reviewStartsOn) {

  /** The same response without the notes (for those who may not read them). */
  AgreementResponse withoutNotes() {
    return new AgreementResponse(
        id,
        version,
        instrument,
        titleId,
        titleEn,
        referenceNumber,
        parties,
        signatories,
        signedOn,
        place,
        event,
        entryIntoForceOnSignature,
        entryIntoForceOn,
        term,
        renewal,
        noticePeriod,
        areas,
        activities,
        sources,
        links,
        linkedFrom,
        null,
        confidential,
        lifecycleEvents,
        statusOn,
        status,
        entryIntoForce,
        expiresOn,
        noticeDeadline,
        reviewStartsOn);
  }

  record Party(long organisationId, String name, @Nullable String country, PartyRole role) {}

  record Signatory(
      long personId,
      String name,
      @Nullable String title,
      @Nullable Long forOrganisationId,
      @Nullable String onBehalfOf) {}

  record Ref(long id, String name) {}

  /** This agreement AMENDS (EXTENDS ...) the target; {@code href} is the target's API URL. */
  record Link(LinkKind kind, long targetId, String targetTitle, String href) {}

  /** The source agreement AMENDS (EXTENDS ...) this one; {@code href} is the source's API URL. */
  record LinkedFrom(LinkKind kind, long sourceId, String sourceTitle, String href) {}

  record Label(@Nullable String code, String label) {}
}

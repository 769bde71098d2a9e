package org.kerangka.app.agreement;

/** An organisation on an agreement, bound by it or witnessing it. */
public record AgreementParty(long organisationId, PartyRole role) {}

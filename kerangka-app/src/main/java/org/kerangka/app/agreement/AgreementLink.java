package org.kerangka.app.agreement;

/** A link from the agreement holding it to another agreement: this one AMENDS target, etc. */
public record AgreementLink(LinkKind kind, long targetId) {}

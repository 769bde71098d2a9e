package org.kerangka.app.agreement;

import org.jspecify.annotations.Nullable;

/**
 * A person who signed: title at signing, for which party, and on whose behalf (a name or title as
 * the source gives it) when signing for someone else.
 */
public record AgreementSignatory(
    long personId,
    @Nullable String title,
    @Nullable Long forOrganisationId,
    @Nullable String onBehalfOf) {}

package org.kerangka.app.agreement;

import org.jspecify.annotations.Nullable;

/** A cooperation area: a taxonomy code when one fits, always the label as the source words it. */
public record AgreementArea(@Nullable String areaCode, String label) {}

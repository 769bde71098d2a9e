package org.kerangka.app.agreement;

import org.jspecify.annotations.Nullable;

/** A form of activity: a taxonomy code when one fits, always the label as the source words it. */
public record AgreementActivityForm(@Nullable String formCode, String label) {}

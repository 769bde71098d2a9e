package org.kerangka.app.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A document that reports or contains the agreement. */
public record AgreementSource(
    @Nullable String url,
    @Nullable String outlet,
    @Nullable LocalDate publishedOn,
    @Nullable String title) {}

package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/** What an agreement says about its own duration. */
public record Term(
    @Nullable LocalDate signedOn,
    @Nullable LocalDate entryIntoForce,
    @Nullable Period term,
    RenewalMode renewal,
    @Nullable Period noticePeriod) {}

package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The duration clauses of an agreement, as written in its text.
 *
 * <p>Plausibility (positive term, notice period not longer than the term) is checked by {@link
 * LifecycleCalculator}, so that stored records can always be read back.
 *
 * @param signedOn the day of signature, if known
 * @param entryIntoForce the day the text says it enters into force, if it names one; when absent
 *     the agreement enters into force on signature
 * @param term how long it stays in force from entry into force; absent for open-ended agreements
 * @param renewal how it may continue after the term
 * @param noticePeriod how long before expiry a party must give notice (of termination or
 *     non-renewal), if the text sets one
 */
public record Term(
    @Nullable LocalDate signedOn,
    @Nullable LocalDate entryIntoForce,
    @Nullable Period term,
    RenewalMode renewal,
    @Nullable Period noticePeriod) {

  public Term {
    Objects.requireNonNull(renewal, "renewal");
  }
}

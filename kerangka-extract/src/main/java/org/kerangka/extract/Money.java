package org.kerangka.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money value tied to an agreement.
 *
 * @param amount the amount in units of the currency (Rp5 triliun is 5000000000000)
 * @param currency ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }
}

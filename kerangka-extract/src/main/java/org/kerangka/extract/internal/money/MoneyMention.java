package org.kerangka.extract.internal.money;

import java.math.BigDecimal;

/**
 * An amount of money found in a text.
 *
 * @param start start offset in the text
 * @param end end offset, exclusive
 * @param amount the amount in units of the currency, exact, never with a negative scale
 * @param currency ISO 4217 code
 */
public record MoneyMention(int start, int end, BigDecimal amount, String currency) {}

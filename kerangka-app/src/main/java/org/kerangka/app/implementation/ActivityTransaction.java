package org.kerangka.app.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** Money committed, disbursed or spent on an activity, in an ISO 4217 currency. */
@Table("activity_transaction")
public record ActivityTransaction(
    TransactionKind kind,
    LocalDate occurredOn,
    BigDecimal amount,
    String currency,
    @Nullable String description) {}

package org.kerangka.app.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** What an indicator should reach in a period (target) and what it reached (actual). */
@Table("indicator_period")
public record IndicatorPeriod(
    LocalDate periodStart,
    LocalDate periodEnd,
    @Nullable BigDecimal targetValue,
    @Nullable BigDecimal actualValue) {

  public IndicatorPeriod {
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("a period cannot end before it starts");
    }
  }
}

package org.kerangka.app.implementation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The body of POST and PUT of an indicator. */
record IndicatorRequest(
    @NotBlank @Size(max = 500) String title,
    @NotNull IndicatorMeasure measure,
    @Nullable Boolean ascending,
    @Min(1900) @Max(2200) @Nullable Integer baselineYear,
    @Digits(integer = 15, fraction = 4) @Nullable BigDecimal baselineValue,
    @Nullable List<@Valid @NotNull PeriodRequest> periods) {

  record PeriodRequest(
      @NotNull LocalDate start,
      @NotNull LocalDate end,
      @Digits(integer = 15, fraction = 4) @Nullable BigDecimal target,
      @Digits(integer = 15, fraction = 4) @Nullable BigDecimal actual) {}
}

package org.kerangka.app.export;

import org.jspecify.annotations.Nullable;
import org.kerangka.app.implementation.ActivityStatus;
import org.kerangka.app.web.CountryCodes;

/**
 * The filters of the activity exports (CSV, XLSX, IATI XML) as request parameters.
 *
 * @param agreement id of the agreement the activities are under
 * @param status the activity status
 * @param country two-letter ISO 3166-1 code of a participating organisation's country
 */
record ActivityFilter(
    @Nullable Long agreement, @Nullable ActivityStatus status, @Nullable String country) {

  /** The filter for the queries, checked. */
  Activities.Filter checked() {
    return new Activities.Filter(
        agreement,
        status == null ? null : status.name(),
        country == null || country.isBlank() ? null : CountryCodes.parse("country", country));
  }
}

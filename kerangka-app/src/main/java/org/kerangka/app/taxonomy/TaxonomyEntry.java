package org.kerangka.app.taxonomy;

import java.util.Objects;

/**
 * One row of a taxonomy (a cooperation area or an activity form) as far as matching needs it.
 *
 * @param code the primary key, for example {@code AREA_SOLAR_PV}
 * @param nameId the Indonesian name
 * @param nameEn the English name
 */
public record TaxonomyEntry(String code, String nameId, String nameEn) {

  public TaxonomyEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameId, "nameId");
    Objects.requireNonNull(nameEn, "nameEn");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
  }
}

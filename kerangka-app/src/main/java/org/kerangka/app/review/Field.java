package org.kerangka.app.review;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a captured agreement a reviewer sees and chooses, with the evidence fields of the
 * extractor that support each (the first found is used).
 */
enum Field {
  INSTRUMENT("instrument", false, "agreement"),
  PARTIES("parties", false, "agreement"),
  SIGNATORIES("signatories", false, "signatories", "agreement"),
  SIGNED_ON("signedOn", true, "signed_on", "agreement"),
  PLACE("place", true, "details", "agreement"),
  EVENT("event", true, "details", "agreement"),
  TERM_YEARS("termYears", true, "term_years", "details"),
  EXTENDABLE("extendable", true, "extendable", "term_years"),
  AREAS("areas", true, "areas"),
  ACTIVITIES("activities", true, "activities"),
  VALUE("value", false, "value", "details");

  private final String code;
  private final boolean mergeable;
  private final List<String> evidence;

  Field(String code, boolean mergeable, String... evidence) {
    this.code = code;
    this.mergeable = mergeable;
    this.evidence = List.of(evidence);
  }

  /** The name in the API, the forms and the provenance table ({@code signedOn} ...). */
  String code() {
    return code;
  }

  /** Whether merging into an existing agreement can take this field from the sources. */
  boolean mergeable() {
    return mergeable;
  }

  List<String> evidence() {
    return evidence;
  }

  static Optional<Field> ofCode(String code) {
    for (Field f : values()) {
      if (f.code.equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}

package org.kerangka.app.export;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the exports from templates, as {@code @exports}: {@code ${@exports.agreements('csv',
 * filters.country(), filters.status(), filters.instrument(), filters.area())}} gives {@code
 * /api/v1/exports/agreements.csv?country=CN}, leaving out the filters that are not set.
 */
@Component("exports")
public final class ExportLinks {

  /** The agreement export in a format ({@code csv} or {@code xlsx}) with the list's filters. */
  public String agreements(
      String format,
      @Nullable Object country,
      @Nullable Object status,
      @Nullable Object instrument,
      @Nullable Object area) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/api/v1/exports/agreements." + format);
    add(uri, "country", country);
    add(uri, "status", status);
    add(uri, "instrument", instrument);
    add(uri, "area", area);
    return uri.encode().build().toUriString();
  }

  /** The activity export in a format, of the agreements with a partner country when given. */
  public String activities(String format, @Nullable Object country) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/api/v1/exports/activities." + format);
    add(uri, "country", country);
    return uri.encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
    if (value != null && !value.toString().isBlank()) {
      uri.queryParam(name, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }
}

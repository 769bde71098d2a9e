package org.kerangka.app.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;

/**
 * Filters, day, page and order for listing agreements.
 *
 * @param country a party's ISO country code (the partner country)
 * @param organisation id of an organisation on the agreement
 * @param status status on {@code on}
 * @param area a cooperation area code, or words of an area label
 * @param activity an activity form code, or words of an activity label
 * @param sort {@code signedOn}, {@code title} or {@code expiry}, optionally {@code ,asc|,desc}
 */
public record AgreementQuery(
    @Nullable String country,
    @Nullable Long organisation,
    @Nullable AgreementStatus status,
    LocalDate on,
    @Nullable String area,
    @Nullable String activity,
    @Nullable Instrument instrument,
    @Nullable LocalDate signedFrom,
    @Nullable LocalDate signedTo,
    @Nullable LocalDate expiringBefore,
    int page,
    int size,
    String sort) {

  public AgreementQuery {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > 200) {
      throw new IllegalArgumentException("size must be between 1 and 200");
    }
    order(sort); // rejects unknown orders early
  }

  /** Orders agreements by a computed view: signing date, title or expiry (nulls last). */
  static Comparator<AgreementView> order(String sort) {
    String[] parts = sort.split(",", -1);
    String field = parts[0].strip();
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
      throw new IllegalArgumentException("sort must look like signedOn,desc");
    }
    boolean descending = direction.equals("desc");
    Comparator<AgreementView> comparator =
        switch (field) {
          case "signedOn" -> nullsLast(AgreementView::signedOn, descending);
          case "expiry", "expiresOn" -> nullsLast(AgreementView::expiresOn, descending);
          case "title" -> nullsLast(v -> v.title().toLowerCase(Locale.ROOT), descending);
          default ->
              throw new IllegalArgumentException(
                  "sort by signedOn, title or expiry, not '" + field + "'");
        };
    Comparator<AgreementView> byId = Comparator.comparingLong(AgreementView::id);
    return comparator.thenComparing(descending ? byId.reversed() : byId);
  }

  /**
   * The SQL ORDER BY for a sort (checked by {@link #order}): the same order as the comparator,
   * nulls last, ties by id in the sort's direction so that an index on (key, id) serves it.
   */
  static String orderBy(String sort) {
    order(sort);
    String[] parts = sort.split(",", -1);
    boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
    String direction = descending ? " desc" : " asc";
    String key =
        switch (parts[0].strip()) {
          case "signedOn" -> "a.signed_on";
          case "expiry", "expiresOn" -> "a.expires_on";
          default -> "lower(coalesce(a.title_id, a.title_en))";
        };
    return key + direction + " nulls last, a.id" + direction;
  }

  private static <T extends Comparable<? super T>> Comparator<AgreementView> nullsLast(
      java.util.function.Function<AgreementView, @Nullable T> key, boolean descending) {
    Comparator<T> natural = Comparator.naturalOrder();
    Comparator<T> direction = descending ? natural.reversed() : natural;
    return Comparator.comparing(key, Comparator.nullsLast(direction));
  }
}

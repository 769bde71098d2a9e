package org.kerangka.app.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.web.CountryCodes;
import org.kerangka.app.web.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the agreement list as request parameters, shared by every endpoint that selects
 * agreements the way the list does (the list itself, the CSV and XLSX exports), so that they take
 * the same parameters with the same checks. Spring binds it from the query string; {@link
 * #query(int, int)} checks it and gives the query for a page.
 *
 * @param country partner country: two-letter ISO 3166-1 code of a party
 * @param organisation id of a party
 * @param status status on {@code on}
 * @param on the day the status is taken on (today when missing)
 * @param area cooperation area code
 * @param activity activity form code
 * @param instrument the kind of instrument
 * @param signedFrom signed on or after this day
 * @param signedTo signed on or before this day
 * @param expiringBefore expires before this day
 * @param sort {@code field,direction}: signedOn, title or expiry, asc or desc (signedOn,desc when
 *     missing)
 */
public record AgreementFilter(
    @Nullable String country,
    @Nullable Long organisation,
    @Nullable AgreementStatus status,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
    @Nullable String area,
    @Nullable String activity,
    @Nullable Instrument instrument,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedTo,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiringBefore,
    @Nullable String sort) {

  /** The order when none is asked for: the latest signed first. */
  public static final String DEFAULT_SORT = "signedOn,desc";

  /**
   * The query for one page of the agreements this filter selects, with the status taken on {@code
   * on} or else today.
   *
   * @throws InvalidFieldException naming the parameter that is not acceptable
   */
  public AgreementQuery query(int page, int size) {
    if (page < 0) {
      throw new InvalidFieldException("page", "must be 0 or more");
    }
    if (size < 1 || size > 200) {
      throw new InvalidFieldException("size", "must be between 1 and 200");
    }
    String order = blank(sort) ? DEFAULT_SORT : sort.strip();
    try {
      AgreementQuery.order(order);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("sort", e.getMessage());
    }
    return new AgreementQuery(
        blank(country) ? null : CountryCodes.parse("country", country),
        organisation,
        status,
        on == null ? LocalDate.now() : on,
        blank(area) ? null : area.strip(),
        blank(activity) ? null : activity.strip(),
        instrument,
        signedFrom,
        signedTo,
        expiringBefore,
        page,
        size,
        order);
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}

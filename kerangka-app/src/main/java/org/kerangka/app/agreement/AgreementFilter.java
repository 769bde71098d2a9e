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
 * <p>A bean with setters rather than a record: Spring binds a record through its constructor and
 * reads the constructor parameters' annotations afresh on every request (half the CPU of a cached
 * list page), while setter binding uses its cached introspection of the class.
 */
public final class AgreementFilter {
  /** The order when none is asked for: the latest signed first. */
  public static final String DEFAULT_SORT = "signedOn,desc";

  private @Nullable String country;
  private @Nullable Long organisation;
  private @Nullable AgreementStatus status;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate on;

  private @Nullable String area;
  private @Nullable String activity;
  private @Nullable Instrument instrument;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate signedFrom;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate signedTo;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate expiringBefore;

  private @Nullable String sort;

  /** The agreements with a party in the country (two-letter ISO 3166-1 code). */
  public static AgreementFilter partnerCountry(String country) {
    AgreementFilter filter = new AgreementFilter();
    filter.setCountry(country);
    return filter;
  }

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

  /** Partner country: two-letter ISO 3166-1 code of a party. */
  public @Nullable String getCountry() {
    return country;
  }

  public void setCountry(@Nullable String country) {
    this.country = country;
  }

  /** Id of an organisation that is a party. */
  public @Nullable Long getOrganisation() {
    return organisation;
  }

  public void setOrganisation(@Nullable Long organisation) {
    this.organisation = organisation;
  }

  /** Status on the day {@code on}. */
  public @Nullable AgreementStatus getStatus() {
    return status;
  }

  public void setStatus(@Nullable AgreementStatus status) {
    this.status = status;
  }

  /** The day the status is taken on (today when missing). */
  public @Nullable LocalDate getOn() {
    return on;
  }

  public void setOn(@Nullable LocalDate on) {
    this.on = on;
  }

  /** Cooperation area: code or words of its label. */
  public @Nullable String getArea() {
    return area;
  }

  public void setArea(@Nullable String area) {
    this.area = area;
  }

  /** Activity form: code or words of its label. */
  public @Nullable String getActivity() {
    return activity;
  }

  public void setActivity(@Nullable String activity) {
    this.activity = activity;
  }

  /** The kind of instrument. */
  public @Nullable Instrument getInstrument() {
    return instrument;
  }

  public void setInstrument(@Nullable Instrument instrument) {
    this.instrument = instrument;
  }

  /** Signed on or after this day. */
  public @Nullable LocalDate getSignedFrom() {
    return signedFrom;
  }

  public void setSignedFrom(@Nullable LocalDate signedFrom) {
    this.signedFrom = signedFrom;
  }

  /** Signed on or before this day. */
  public @Nullable LocalDate getSignedTo() {
    return signedTo;
  }

  public void setSignedTo(@Nullable LocalDate signedTo) {
    this.signedTo = signedTo;
  }

  /** Expires before this day. */
  public @Nullable LocalDate getExpiringBefore() {
    return expiringBefore;
  }

  public void setExpiringBefore(@Nullable LocalDate expiringBefore) {
    this.expiringBefore = expiringBefore;
  }

  /** {@code field,direction}: signedOn, title or expiry, asc or desc (signedOn,desc if missing). */
  public @Nullable String getSort() {
    return sort;
  }

  public void setSort(@Nullable String sort) {
    this.sort = sort;
  }
}

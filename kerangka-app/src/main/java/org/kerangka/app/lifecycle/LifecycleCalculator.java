package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes an agreement's key dates and its status on a day from its {@link Term} and its history
 * of {@link LifecycleEvent}s. Pure functions: no clock, no state, thread-safe.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Signature</b> is {@link Term#signedOn()}, else the earliest {@link
 *       LifecycleEventType#SIGNED} event.
 *   <li><b>Entry into force</b> is the latest {@link LifecycleEventType#ENTERED_INTO_FORCE} event,
 *       else {@link Term#entryIntoForce()}, else the signing date (in force on signature). When
 *       asked about a day before every recorded {@code ENTERED_INTO_FORCE} event, the agreement is
 *       not yet in force that day: the recorded history says it entered into force later, so
 *       neither the planned date nor signature applies.
 *   <li><b>Expiry</b> is the last day of the term counted from entry into force, that is the day
 *       before the anniversary: a five-year term in force from 8 September 2023 ends on 7 September
 *       2028. Where the anniversary does not exist (a one-year term from 29 February 2024, a
 *       one-month term from 31 January) the term ends on the last day of that month (28 February
 *       2025; 29 February 2024). Each {@link LifecycleEventType#EXTENDED} event, in date order,
 *       adds its extension as a new period starting the day after the previous expiry (+5 years
 *       after 7 September 2028 ends on 7 September 2033). Without a term there is no expiry
 *       (open-ended). {@link RenewalMode#AUTOMATIC} renewal does not move the expiry that {@link
 *       #dates} reports: it is the first term's expiry plus recorded extensions.
 *   <li><b>Notice deadline</b> is expiry minus the notice period; <b>review start</b> is expiry
 *       minus twelve months. Both are absent without expiry; the notice deadline also without a
 *       notice period.
 *   <li><b>Termination</b> does not change the dates; it shows in the status.
 *   <li>{@link LifecycleEventType#AMENDED} events change neither dates nor status.
 * </ul>
 *
 * <h2>Status on a day</h2>
 *
 * Events are an append-only history: {@link #statusOn} uses only the events on or before the day
 * asked, so an extension agreed after an agreement lapsed shows as {@code EXPIRED} until it is
 * agreed and {@code EXTENDED} from then on. The first rule that applies wins:
 *
 * <ol>
 *   <li>{@link AgreementStatus#TERMINATED} on and after a {@code TERMINATED} event;
 *   <li>{@link AgreementStatus#PLANNED} without a signing date or before it;
 *   <li>{@link AgreementStatus#SIGNED} from signature until the day before entry into force;
 *   <li>{@link AgreementStatus#IN_FORCE} when open-ended;
 *   <li>after the expiry (extensions included): {@link AgreementStatus#EXTENDED} under automatic
 *       renewal (it renews term after term until terminated), else {@link AgreementStatus#EXPIRED};
 *   <li>{@link AgreementStatus#EXPIRING} from the notice deadline through the expiry day, or
 *       without a notice period during the six months up to expiry (this takes precedence over
 *       {@code EXTENDED}, because the coming end is what the bureau must act on);
 *   <li>{@link AgreementStatus#EXTENDED} after the original expiry, within an extension;
 *   <li>{@link AgreementStatus#IN_FORCE} otherwise.
 * </ol>
 *
 * <h2>Rejected input</h2>
 *
 * {@link IllegalArgumentException}, naming the field, for a zero or negative {@code term}, a
 * negative {@code noticePeriod}, a {@code noticePeriod} longer than the {@code term}, and an {@code
 * EXTENDED} event whose {@code extension} is missing, zero or negative. A period counts as negative
 * when any of its units is.
 */
public final class LifecycleCalculator {

  /** Without a notice period, an agreement is expiring during this time before its expiry. */
  private static final Period DEFAULT_EXPIRING_WINDOW = Period.ofMonths(6);

  /** Review starts this long before expiry. */
  private static final Period REVIEW_WINDOW = Period.ofMonths(12);

  /** Reference day to compare periods when an agreement has no dates yet. */
  private static final LocalDate REFERENCE_DAY = LocalDate.of(2000, 1, 1);

  private LifecycleCalculator() {}

  /**
   * The key dates of an agreement, from its whole recorded history.
   *
   * @throws IllegalArgumentException when the term or an event is implausible (see class doc)
   */
  public static LifecycleDates dates(Term term, List<LifecycleEvent> events) {
    List<LifecycleEvent> history = validated(term, events);
    LocalDate entryIntoForce = entryIntoForce(term, history, false);
    LocalDate expiry = expiry(term, history, entryIntoForce);
    if (expiry == null) {
      return new LifecycleDates(entryIntoForce, null, null, null);
    }
    Period notice = term.noticePeriod();
    return new LifecycleDates(
        entryIntoForce,
        expiry,
        notice == null ? null : expiry.minus(notice),
        expiry.minus(REVIEW_WINDOW));
  }

  /**
   * The status of an agreement on {@code day}, from the events on or before that day.
   *
   * @throws IllegalArgumentException when the term or an event is implausible (see class doc)
   */
  public static AgreementStatus statusOn(LocalDate day, Term term, List<LifecycleEvent> events) {
    Objects.requireNonNull(day, "day");
    List<LifecycleEvent> history = new ArrayList<>();
    boolean enteredLater = false;
    for (LifecycleEvent event : validated(term, events)) {
      if (!event.on().isAfter(day)) {
        history.add(event);
      } else if (event.type() == LifecycleEventType.ENTERED_INTO_FORCE) {
        enteredLater = true;
      }
    }
    if (has(history, LifecycleEventType.TERMINATED)) {
      return AgreementStatus.TERMINATED;
    }
    LocalDate signedOn = signedOn(term, history);
    if (signedOn == null || day.isBefore(signedOn)) {
      return AgreementStatus.PLANNED;
    }
    LocalDate entryIntoForce = entryIntoForce(term, history, enteredLater);
    if (entryIntoForce == null || day.isBefore(entryIntoForce)) {
      return AgreementStatus.SIGNED;
    }
    Period duration = term.term();
    if (duration == null) {
      return AgreementStatus.IN_FORCE;
    }
    LocalDate firstExpiry = lastDayOf(entryIntoForce, duration);
    LocalDate expiry = expiry(term, history, entryIntoForce);
    Objects.requireNonNull(expiry, "expiry");
    if (day.isAfter(expiry)) {
      return term.renewal() == RenewalMode.AUTOMATIC
          ? AgreementStatus.EXTENDED
          : AgreementStatus.EXPIRED;
    }
    Period notice = term.noticePeriod();
    LocalDate expiringFrom = expiry.minus(notice == null ? DEFAULT_EXPIRING_WINDOW : notice);
    if (!day.isBefore(expiringFrom)) {
      return AgreementStatus.EXPIRING;
    }
    if (day.isAfter(firstExpiry)) {
      return AgreementStatus.EXTENDED;
    }
    return AgreementStatus.IN_FORCE;
  }

  /**
   * The status of an agreement on every day, as consecutive periods from "since ever" to "from then
   * on": {@code timeline(term, events)} contains {@code day} in exactly one period, whose status is
   * {@link #statusOn statusOn(day, term, events)}. Stored with the agreement, it lets a database
   * filter by status on a day.
   *
   * <p>The status only changes on days the rules name: an event day, signature, entry into force,
   * the start of the expiring window, the day after the first expiry and the day after the expiry,
   * each computed from the events up to some event. Evaluating {@link #statusOn} on each of those
   * days (and once before them all) gives the timeline.
   *
   * @throws IllegalArgumentException when the term or an event is implausible (see class doc)
   */
  public static List<StatusPeriod> timeline(Term term, List<LifecycleEvent> events) {
    List<LifecycleEvent> history = validated(term, events);
    java.util.TreeSet<LocalDate> changes = new java.util.TreeSet<>();
    Period duration = term.term();
    Period notice = term.noticePeriod();
    for (int known = 0; known <= history.size(); known++) {
      List<LifecycleEvent> prefix = history.subList(0, known);
      if (known > 0) {
        changes.add(prefix.get(known - 1).on());
      }
      LocalDate signedOn = signedOn(term, prefix);
      if (signedOn != null) {
        changes.add(signedOn);
      }
      for (boolean enteredLater : new boolean[] {false, true}) {
        LocalDate entry = entryIntoForce(term, prefix, enteredLater);
        if (entry == null) {
          continue;
        }
        changes.add(entry);
        if (duration == null) {
          continue;
        }
        changes.add(lastDayOf(entry, duration).plusDays(1));
        LocalDate expiry = Objects.requireNonNull(expiry(term, prefix, entry), "expiry");
        changes.add(expiry.plusDays(1));
        changes.add(expiry.minus(notice == null ? DEFAULT_EXPIRING_WINDOW : notice));
      }
    }
    List<StatusPeriod> periods = new ArrayList<>();
    if (changes.isEmpty()) {
      periods.add(new StatusPeriod(statusOn(REFERENCE_DAY, term, history), null, null));
      return periods;
    }
    AgreementStatus current = statusOn(changes.first().minusDays(1), term, history);
    LocalDate currentFrom = null;
    for (LocalDate day : changes) {
      AgreementStatus status = statusOn(day, term, history);
      if (status != current) {
        periods.add(new StatusPeriod(current, currentFrom, day.minusDays(1)));
        current = status;
        currentFrom = day;
      }
    }
    periods.add(new StatusPeriod(current, currentFrom, null));
    return periods;
  }

  /** The day of the first recorded termination, if any. */
  public static @Nullable LocalDate terminatedOn(List<LifecycleEvent> events) {
    LocalDate first = null;
    for (LifecycleEvent event : events) {
      if (event.type() == LifecycleEventType.TERMINATED
          && (first == null || event.on().isBefore(first))) {
        first = event.on();
      }
    }
    return first;
  }

  /**
   * The last day of a period that starts on {@code start} (counted in): the day before the
   * anniversary, or the last day of the month where the anniversary does not exist.
   */
  static LocalDate lastDayOf(LocalDate start, Period period) {
    LocalDate afterMonths = start.plusMonths(period.toTotalMonths());
    boolean anniversaryMissing = afterMonths.getDayOfMonth() != start.getDayOfMonth();
    return afterMonths.plusDays(period.getDays() - (anniversaryMissing ? 0L : 1L));
  }

  private static @Nullable LocalDate signedOn(Term term, List<LifecycleEvent> history) {
    if (term.signedOn() != null) {
      return term.signedOn();
    }
    for (LifecycleEvent event : history) {
      if (event.type() == LifecycleEventType.SIGNED) {
        return event.on(); // history is sorted: the first is the earliest
      }
    }
    return null;
  }

  /**
   * @param enteredLater whether an entry into force is recorded after the events in {@code
   *     history}: then the agreement is not in force yet
   */
  private static @Nullable LocalDate entryIntoForce(
      Term term, List<LifecycleEvent> history, boolean enteredLater) {
    LocalDate latest = null;
    for (LifecycleEvent event : history) {
      if (event.type() == LifecycleEventType.ENTERED_INTO_FORCE) {
        latest = event.on();
      }
    }
    if (latest != null) {
      return latest;
    }
    if (enteredLater) {
      return null;
    }
    return term.entryIntoForce() != null ? term.entryIntoForce() : signedOn(term, history);
  }

  private static @Nullable LocalDate expiry(
      Term term, List<LifecycleEvent> history, @Nullable LocalDate entryIntoForce) {
    Period duration = term.term();
    if (duration == null || entryIntoForce == null) {
      return null;
    }
    LocalDate expiry = lastDayOf(entryIntoForce, duration);
    for (LifecycleEvent event : history) {
      if (event.type() == LifecycleEventType.EXTENDED) {
        expiry = lastDayOf(expiry.plusDays(1), Objects.requireNonNull(event.extension()));
      }
    }
    return expiry;
  }

  private static boolean has(List<LifecycleEvent> events, LifecycleEventType type) {
    for (LifecycleEvent event : events) {
      if (event.type() == type) {
        return true;
      }
    }
    return false;
  }

  /** Checks the input and returns the events sorted by day (stable for events on one day). */
  private static List<LifecycleEvent> validated(Term term, List<LifecycleEvent> events) {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(events, "events");
    Period duration = term.term();
    if (duration != null && !isPositive(duration)) {
      throw new IllegalArgumentException("term must be positive, was " + duration);
    }
    Period notice = term.noticePeriod();
    if (notice != null) {
      if (notice.isNegative()) {
        throw new IllegalArgumentException("noticePeriod must not be negative, was " + notice);
      }
      if (duration != null) {
        LocalDate start = referenceDay(term);
        if (start.plus(notice).isAfter(start.plus(duration))) {
          throw new IllegalArgumentException(
              "noticePeriod " + notice + " is longer than the term " + duration);
        }
      }
    }
    List<LifecycleEvent> sorted = new ArrayList<>(events.size());
    for (LifecycleEvent event : events) {
      Objects.requireNonNull(event, "events must not contain null");
      if (event.type() == LifecycleEventType.EXTENDED) {
        Period extension = event.extension();
        if (extension == null || !isPositive(extension)) {
          throw new IllegalArgumentException(
              "extension of the EXTENDED event on "
                  + event.on()
                  + " must be a positive period, was "
                  + extension);
        }
      }
      sorted.add(event);
    }
    sorted.sort(Comparator.comparing(LifecycleEvent::on));
    return sorted;
  }

  private static LocalDate referenceDay(Term term) {
    if (term.entryIntoForce() != null) {
      return term.entryIntoForce();
    }
    return term.signedOn() != null ? term.signedOn() : REFERENCE_DAY;
  }

  private static boolean isPositive(Period period) {
    return !period.isZero() && !period.isNegative();
  }
}

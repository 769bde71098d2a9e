package org.kerangka.extract.internal.dates;

import java.time.DayOfWeek;
import org.jspecify.annotations.Nullable;

/**
 * A date expression found in a text.
 *
 * @param start start offset in the text
 * @param end end offset, exclusive
 * @param kind what sort of expression it is
 * @param day day of month, 0 when not stated
 * @param month month 1-12, 0 when not stated
 * @param year the 4-digit year, 0 when not stated
 * @param weekday the weekday named, if any
 * @param dayTo the last day of a {@link Kind#RANGE}, 0 otherwise
 */
public record DateMention(
    int start,
    int end,
    Kind kind,
    int day,
    int month,
    int year,
    @Nullable DayOfWeek weekday,
    int dayTo) {

  /** What sort of date expression a mention is. */
  public enum Kind {
    /** Day, month and year: "8 September 2023", "March 5, 2024", "(16/1/2024)". */
    ABSOLUTE,
    /** Day/month with an optional weekday and no year: "Jumat (8/9)", "(4/3)". */
    DAY_MONTH,
    /** Month and day in words without a year: "April 2", "17 April". */
    MONTH_DAY_NO_YEAR,
    /** A span of days in one month: "5-7 September 2023". */
    RANGE,
    /** "Maret 2023", "March 2023". */
    MONTH_YEAR,
    /** "pada 2019", "in 2018". */
    YEAR_ONLY,
    /** "kemarin", "yesterday". */
    YESTERDAY,
    /** "hari ini", "today". */
    TODAY,
    /** A weekday of the previous calendar week: "Kamis pekan lalu", "Thursday last week". */
    LAST_WEEK_DAY,
    /** A bare weekday: "on Tuesday", "pada Senin", "Senin lalu". */
    WEEKDAY,
    /** "pekan lalu", "last week". */
    LAST_WEEK,
    /** "tahun lalu", "last year". */
    LAST_YEAR,
    /** Something ahead: "bulan depan", "next month", "Februari mendatang". */
    NEXT
  }
}

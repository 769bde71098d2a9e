package org.kerangka.extract.internal.rules;

import java.util.Set;

/** Month and weekday names, Indonesian and English, lower case. */
final class DateWords {
  private DateWords() {}

  private static final Set<String> MONTHS =
      Lexicon.set(
          "januari",
          "februari",
          "maret",
          "april",
          "mei",
          "juni",
          "juli",
          "agustus",
          "september",
          "oktober",
          "november",
          "nopember",
          "desember",
          "january",
          "february",
          "march",
          "may",
          "june",
          "july",
          "august",
          "october",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "agu",
          "ags",
          "aug",
          "sep",
          "sept",
          "okt",
          "oct",
          "nov",
          "des",
          "dec");

  private static final Set<String> WEEKDAYS =
      Lexicon.set(
          "senin",
          "selasa",
          "rabu",
          "kamis",
          "jumat",
          "jum'at",
          "sabtu",
          "minggu",
          "ahad",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  static boolean isMonth(String lower) {
    return MONTHS.contains(lower);
  }

  static boolean isWeekday(String lower) {
    return WEEKDAYS.contains(lower);
  }
}

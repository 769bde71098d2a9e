package org.kerangka.extract.internal.dates;

import static org.kerangka.extract.internal.text.TokenStream.NUMBER;
import static org.kerangka.extract.internal.text.TokenStream.WORD;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.internal.dates.DateMention.Kind;
import org.kerangka.extract.internal.text.Lexicon;
import org.kerangka.extract.internal.text.TokenStream;

/**
 * Finds date expressions ("Jumat (8/9)", "Kamis pekan lalu", "March 5, 2024", "5-7 September 2023"
 * ...) in Indonesian and English text, and resolves them against a publication date.
 *
 * <p>A single left-to-right pass over the tokens with a bounded lookahead: linear in the input.
 * Month and weekday names count only when capitalised, so "may" and "march" stay verbs.
 */
public final class DateFinder {

  private static final int WEEKDAY_BASE = 20; // 21..27 = Monday..Sunday
  private static final int MINGGU = 28; // Sunday, or "week"
  private static final int KEMARIN = 40;
  private static final int TODAY = 42;
  private static final int HARI = 43;
  private static final int INI = 44;
  private static final int PEKAN = 45;
  private static final int LALU = 46;
  private static final int LAST = 47;
  private static final int WEEK = 48;
  private static final int YEAR = 49;
  private static final int TAHUN = 50;
  private static final int MONTH_WORD = 52;
  private static final int AHEAD = 53; // depan, mendatang
  private static final int NEXT = 55;
  private static final int YEAR_CUE = 60;
  private static final int DAYTIME = 70;
  private static final int COUNT_WORD = 80;
  private static final int ORDINAL = 90;
  private static final int RANGE_WORD = 91;
  private static final int ON = 92;
  private static final int PADA = 93;

  private static final Lexicon WORDS = Lexicon.of(words());

  private DateFinder() {}

  /** All date expressions in {@code text[from,to)}, in text order; never throws. */
  public static List<DateMention> find(String text, int from, int to) {
    List<DateMention> out = new ArrayList<>();
    TokenStream ts = TokenStream.over(text, from, to);
    int previous = -1;
    while (!ts.atEnd()) {
      int code = ts.kind(0) == NUMBER ? COUNT_WORD : WORDS.get(ts, 0);
      int used = match(ts, code, previous, out);
      if (used <= 1) {
        used = 1;
        previous = code;
      } else {
        previous = ts.kind(used - 1) == NUMBER ? COUNT_WORD : WORDS.get(ts, used - 1);
      }
      ts.skip(used);
    }
    return out;
  }

  /**
   * The date a mention refers to, following the corpus conventions; {@code null} when the mention
   * does not name a single day or cannot be resolved. Never throws.
   *
   * @param published the publication date, if known
   * @param yearFromText a year stated elsewhere in the text, used when {@code published} is null
   */
  public static @Nullable LocalDate resolve(
      DateMention m, @Nullable LocalDate published, @Nullable Integer yearFromText) {
    try {
      return switch (m.kind()) {
        case ABSOLUTE -> LocalDate.of(m.year(), m.month(), m.day());
        case DAY_MONTH, MONTH_DAY_NO_YEAR -> resolveNoYear(m, published, yearFromText);
        case YESTERDAY -> published == null ? null : published.minusDays(1);
        case TODAY -> published;
        case LAST_WEEK_DAY ->
            published == null || m.weekday() == null
                ? null
                : published
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .minusWeeks(1)
                    .plusDays(m.weekday().getValue() - 1L);
        case WEEKDAY ->
            published == null || m.weekday() == null
                ? null
                : published.with(TemporalAdjusters.previousOrSame(m.weekday()));
        default -> null;
      };
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * The explicit 4-digit year stated most often by ABSOLUTE, RANGE and MONTH_YEAR mentions (the
   * later year on a tie), or null if there is none.
   */
  public static @Nullable Integer dominantYear(List<DateMention> mentions) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (DateMention m : mentions) {
      if (m.year() > 0
          && (m.kind() == Kind.ABSOLUTE || m.kind() == Kind.RANGE || m.kind() == Kind.MONTH_YEAR)) {
        counts.merge(m.year(), 1, Integer::sum);
      }
    }
    Integer best = null;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() >= bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private static @Nullable LocalDate resolveNoYear(
      DateMention m, @Nullable LocalDate published, @Nullable Integer yearFromText) {
    if (published != null) {
      int year =
          m.month() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
      return dateOrNull(year, m.month(), m.day());
    }
    if (yearFromText == null) {
      return null;
    }
    int year = yearFromText;
    LocalDate stated = dateOrNull(year, m.month(), m.day());
    if (m.weekday() == null || (stated != null && stated.getDayOfWeek() == m.weekday())) {
      return stated;
    }
    for (int other : new int[] {year - 1, year + 1}) {
      LocalDate d = dateOrNull(other, m.month(), m.day());
      if (d != null && d.getDayOfWeek() == m.weekday()) {
        return d;
      }
    }
    return stated;
  }

  private static @Nullable LocalDate dateOrNull(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  // ---------------------------------------------------------------- matching

  /** Tries every pattern at the current token; returns the tokens used, 0 when none matched. */
  private static int match(TokenStream ts, int code, int previous, List<DateMention> out) {
    int kind = ts.kind(0);
    if (kind == NUMBER) {
      return matchNumberLed(ts, out);
    }
    if (ts.isSymbol(0, '(')) {
      return matchParenthesised(ts, 0, null, out);
    }
    if (kind != WORD) {
      return 0;
    }
    if (code < 0) {
      return 0;
    }
    boolean capital = ts.isCapitalised(0);
    if (code >= 1 && code <= 12) {
      return capital ? matchMonthLed(ts, 0, code, null, out) : 0;
    }
    if (code == MINGGU) {
      int next = WORDS.get(ts, 1);
      boolean weekWord =
          !capital
              || ((next == LALU || next == AHEAD || next == INI)
                  && previous != ON
                  && previous != PADA
                  && previous != HARI);
      return weekWord ? matchRelative(ts, PEKAN, previous, out) : matchWeekdayLed(ts, 7, out);
    }
    if (code > WEEKDAY_BASE && code <= WEEKDAY_BASE + 7) {
      return capital ? matchWeekdayLed(ts, code - WEEKDAY_BASE, out) : 0;
    }
    return matchRelative(ts, code, previous, out);
  }

  private static int matchWeekdayLed(TokenStream ts, int weekdayValue, List<DateMention> out) {
    DayOfWeek weekday = DayOfWeek.of(weekdayValue);
    int k = 1;
    if (WORDS.get(ts, k) == DAYTIME) {
      k++;
    }
    int afterName = k;
    if (ts.isSymbol(k, ',')) {
      k++;
    }
    if (ts.isSymbol(k, '(')) {
      int used = matchParenthesised(ts, k, weekday, out);
      if (used > 0) {
        return used;
      }
    }
    if (ts.kind(k) == NUMBER) {
      int used = matchNumberLedAt(ts, k, 0, weekday, out);
      if (used > 0) {
        return used;
      }
    }
    int month = monthAt(ts, k);
    if (month > 0) {
      int used = matchMonthLed(ts, k, month, weekday, out);
      if (used > 0) {
        return used;
      }
    }
    k = afterName;
    int next = WORDS.get(ts, k);
    if ((next == PEKAN || next == MINGGU) && WORDS.get(ts, k + 1) == LALU) {
      return add(out, ts, 0, k + 1, Kind.LAST_WEEK_DAY, 0, 0, 0, weekday, 0);
    }
    if (next == LAST && WORDS.get(ts, k + 1) == WEEK) {
      return add(out, ts, 0, k + 1, Kind.LAST_WEEK_DAY, 0, 0, 0, weekday, 0);
    }
    if (next == LALU || next == KEMARIN) {
      return add(out, ts, 0, k, Kind.WEEKDAY, 0, 0, 0, weekday, 0);
    }
    return add(out, ts, 0, afterName - 1, Kind.WEEKDAY, 0, 0, 0, weekday, 0);
  }

  /** {@code ( d / m [/ y] )} starting at token {@code k}; the mention starts at token 0. */
  private static int matchParenthesised(
      TokenStream ts, int k, @Nullable DayOfWeek weekday, List<DateMention> out) {
    int day = day(ts, k + 1);
    if (day < 0 || !ts.isSymbol(k + 2, '/')) {
      return 0;
    }
    int month = numericMonth(ts, k + 3);
    if (month < 0) {
      return 0;
    }
    if (ts.isSymbol(k + 4, ')')) {
      if (!valid(day, month, 0)) {
        return 0;
      }
      return add(out, ts, 0, k + 4, Kind.DAY_MONTH, day, month, 0, weekday, 0);
    }
    if (ts.isSymbol(k + 4, '/') && ts.isSymbol(k + 6, ')')) {
      int year = numericYear(ts, k + 5);
      if (year < 0 || !valid(day, month, year)) {
        return 0;
      }
      return add(out, ts, 0, k + 6, Kind.ABSOLUTE, day, month, year, weekday, 0);
    }
    return 0;
  }

  private static int matchNumberLed(TokenStream ts, List<DateMention> out) {
    // ISO 2024-03-05
    if (ts.isPlainNumber(0, 4)
        && ts.length(0) == 4
        && ts.isSymbol(1, '-')
        && ts.isSymbol(3, '-')
        && ts.touches(0)
        && ts.touches(1)
        && ts.touches(2)
        && ts.touches(3)) {
      int year = year4(ts, 0);
      int month = numericMonth(ts, 2);
      int day = day(ts, 4);
      if (year > 0 && month > 0 && day > 0 && ts.length(4) == 2 && valid(day, month, year)) {
        return add(out, ts, 0, 4, Kind.ABSOLUTE, day, month, year, null, 0);
      }
      return 0;
    }
    return matchNumberLedAt(ts, 0, 0, null, out);
  }

  /**
   * Day-first forms at token {@code k}: {@code d MONTH [y]}, {@code d-d2 MONTH [y]}, {@code
   * d/m/yyyy}. The mention starts at token {@code first}.
   */
  private static int matchNumberLedAt(
      TokenStream ts, int k, int first, @Nullable DayOfWeek weekday, List<DateMention> out) {
    int day = day(ts, k);
    if (day < 0) {
      return 0;
    }
    int j = k + 1 + ordinalSuffix(ts, k);
    // d/m/yyyy or d-m-yyyy written without spaces
    char sep = ts.isSymbol(j, '/') ? '/' : ts.isSymbol(j, '-') ? '-' : 0;
    if (sep != 0
        && ts.isSymbol(j + 2, sep)
        && ts.touches(k)
        && ts.touches(j)
        && ts.touches(j + 1)
        && ts.touches(j + 2)) {
      int month = numericMonth(ts, j + 1);
      int year = year4(ts, j + 3);
      if (month > 0 && year > 0 && valid(day, month, year)) {
        return add(out, ts, first, j + 3, Kind.ABSOLUTE, day, month, year, weekday, 0);
      }
      return 0;
    }
    int dayTo = 0;
    if (ts.isSymbol(j, '-') || WORDS.get(ts, j) == RANGE_WORD || ts.isWord(j, "hingga")) {
      int to = day(ts, j + 1);
      if (to > day && monthAt(ts, j + 2 + ordinalSuffix(ts, j + 1)) > 0) {
        dayTo = to;
        j = j + 2 + ordinalSuffix(ts, j + 1);
      }
    }
    int month = monthAt(ts, j);
    if (month < 0) {
      return 0;
    }
    if (ts.isSymbol(j + 1, '.') && ts.touches(j)) {
      j++; // "Sept."
    }
    int year = year4(ts, j + 1);
    if (year < 0 && ts.isSymbol(j + 1, ',')) {
      year = year4(ts, j + 2);
      if (year > 0) {
        j++;
      }
    }
    int last = year > 0 ? j + 1 : j;
    int y = Math.max(year, 0);
    if (!valid(day, month, y) || (dayTo > 0 && !valid(dayTo, month, y))) {
      return last + 1; // an impossible date such as 30 Februari: skip it whole
    }
    if (dayTo > 0) {
      return add(out, ts, first, last, Kind.RANGE, day, month, y, weekday, dayTo);
    }
    Kind kind = year > 0 ? Kind.ABSOLUTE : Kind.MONTH_DAY_NO_YEAR;
    return add(out, ts, first, last, kind, day, month, y, weekday, 0);
  }

  /**
   * Month-first forms at token {@code k}: {@code MONTH d[-d2][,] [yyyy]}, {@code MONTH yyyy},
   * {@code MONTH mendatang}. The mention starts at token 0.
   */
  private static int matchMonthLed(
      TokenStream ts, int k, int month, @Nullable DayOfWeek weekday, List<DateMention> out) {
    int j = k + 1;
    if (ts.isSymbol(j, '.') && ts.touches(k)) {
      j++;
    }
    int year = year4(ts, j);
    if (year > 0 && weekday == null) {
      return add(out, ts, 0, j, Kind.MONTH_YEAR, 0, month, year, null, 0);
    }
    int day = day(ts, j);
    if (day > 0 && !continuesAsNumber(ts, j)) {
      int dayEnd = j + ordinalSuffix(ts, j);
      int dayTo = 0;
      if (ts.isSymbol(dayEnd + 1, '-')) {
        int to = day(ts, dayEnd + 2);
        if (to > day) {
          dayTo = to;
          dayEnd += 2 + ordinalSuffix(ts, dayEnd + 2);
        }
      }
      int yearAt = ts.isSymbol(dayEnd + 1, ',') ? dayEnd + 2 : dayEnd + 1;
      int y = year4(ts, yearAt);
      int last = y > 0 ? yearAt : dayEnd;
      y = Math.max(y, 0);
      if (!valid(day, month, y) || (dayTo > 0 && !valid(dayTo, month, y))) {
        return 0;
      }
      Kind kind = dayTo > 0 ? Kind.RANGE : y > 0 ? Kind.ABSOLUTE : Kind.MONTH_DAY_NO_YEAR;
      return add(out, ts, 0, last, kind, day, month, y, weekday, dayTo);
    }
    if (weekday != null) {
      return 0;
    }
    int next = WORDS.get(ts, j);
    if (next == AHEAD) {
      return add(out, ts, 0, j, Kind.NEXT, 0, month, 0, null, 0);
    }
    if ((next == TAHUN || next == YEAR) && WORDS.get(ts, j + 1) == AHEAD) {
      return add(out, ts, 0, j + 1, Kind.NEXT, 0, month, 0, null, 0);
    }
    return 0;
  }

  private static int matchRelative(TokenStream ts, int code, int previous, List<DateMention> out) {
    int next = WORDS.get(ts, 1);
    boolean counted = previous == COUNT_WORD;
    switch (code) {
      case KEMARIN -> {
        return add(out, ts, 0, next == DAYTIME ? 1 : 0, Kind.YESTERDAY, 0, 0, 0, null, 0);
      }
      case TODAY -> {
        return add(out, ts, 0, 0, Kind.TODAY, 0, 0, 0, null, 0);
      }
      case HARI -> {
        return next == INI ? add(out, ts, 0, 1, Kind.TODAY, 0, 0, 0, null, 0) : 0;
      }
      case PEKAN -> {
        if (next == LALU && !counted) {
          return add(out, ts, 0, 1, Kind.LAST_WEEK, 0, 0, 0, null, 0);
        }
        return next == AHEAD ? add(out, ts, 0, 1, Kind.NEXT, 0, 0, 0, null, 0) : 0;
      }
      case TAHUN -> {
        if (next == LALU && !counted) {
          return add(out, ts, 0, 1, Kind.LAST_YEAR, 0, 0, 0, null, 0);
        }
        if (next == AHEAD) {
          return add(out, ts, 0, 1, Kind.NEXT, 0, 0, 0, null, 0);
        }
        return yearOnly(ts, out);
      }
      case MONTH_WORD -> {
        return next == AHEAD ? add(out, ts, 0, 1, Kind.NEXT, 0, 0, 0, null, 0) : 0;
      }
      case LAST -> {
        if (next == WEEK) {
          return add(out, ts, 0, 1, Kind.LAST_WEEK, 0, 0, 0, null, 0);
        }
        if (next == YEAR) {
          return add(out, ts, 0, 1, Kind.LAST_YEAR, 0, 0, 0, null, 0);
        }
        int weekday = weekdayAt(ts, 1);
        return weekday > 0
            ? add(out, ts, 0, 1, Kind.WEEKDAY, 0, 0, 0, DayOfWeek.of(weekday), 0)
            : 0;
      }
      case NEXT -> {
        boolean ahead = next == WEEK || next == YEAR || next == MONTH_WORD || monthAt(ts, 1) > 0;
        if (ahead) {
          return add(out, ts, 0, 1, Kind.NEXT, 0, Math.max(monthAt(ts, 1), 0), 0, null, 0);
        }
        int weekday = weekdayAt(ts, 1);
        return weekday > 0 ? add(out, ts, 0, 1, Kind.NEXT, 0, 0, 0, DayOfWeek.of(weekday), 0) : 0;
      }
      case YEAR_CUE, ON, PADA, RANGE_WORD -> {
        return yearOnly(ts, out);
      }
      default -> {
        return 0;
      }
    }
  }

  /** {@code cue [-] yyyy}: "pada 2019", "in 2018", "mid-2024". */
  private static int yearOnly(TokenStream ts, List<DateMention> out) {
    int k = ts.isSymbol(1, '-') && ts.touches(0) ? 2 : 1;
    int year = year4(ts, k);
    if (year < 0 || (ts.touches(k) && ts.kind(k + 1) == WORD)) {
      return 0;
    }
    return add(out, ts, 0, k, Kind.YEAR_ONLY, 0, 0, year, null, 0);
  }

  // ---------------------------------------------------------------- token helpers

  private static int add(
      List<DateMention> out,
      TokenStream ts,
      int first,
      int last,
      Kind kind,
      int day,
      int month,
      int year,
      @Nullable DayOfWeek weekday,
      int dayTo) {
    out.add(new DateMention(ts.start(first), ts.end(last), kind, day, month, year, weekday, dayTo));
    return last + 1;
  }

  private static int monthAt(TokenStream ts, int k) {
    int code = WORDS.get(ts, k);
    return code >= 1 && code <= 12 && ts.isCapitalised(k) ? code : -1;
  }

  private static int weekdayAt(TokenStream ts, int k) {
    int code = WORDS.get(ts, k);
    if (!ts.isCapitalised(k)) {
      return -1;
    }
    if (code == MINGGU) {
      return 7;
    }
    return code > WEEKDAY_BASE && code <= WEEKDAY_BASE + 7 ? code - WEEKDAY_BASE : -1;
  }

  /** A day of month 1-31 written with one or two digits, or -1. */
  private static int day(TokenStream ts, int k) {
    if (!ts.isPlainNumber(k, 2)) {
      return -1;
    }
    int v = ts.intValue(k);
    return v >= 1 && v <= 31 ? v : -1;
  }

  private static int numericMonth(TokenStream ts, int k) {
    if (!ts.isPlainNumber(k, 2)) {
      return -1;
    }
    int v = ts.intValue(k);
    return v >= 1 && v <= 12 ? v : -1;
  }

  /** A year written with four digits (1900-2100), or -1. */
  private static int year4(TokenStream ts, int k) {
    if (!ts.isPlainNumber(k, 4) || ts.length(k) != 4) {
      return -1;
    }
    int v = ts.intValue(k);
    return v >= 1900 && v <= 2100 ? v : -1;
  }

  /** A year in a numeric date: four digits, or two digits meaning 20yy. */
  private static int numericYear(TokenStream ts, int k) {
    if (ts.isPlainNumber(k, 2) && ts.length(k) == 2) {
      return 2000 + ts.intValue(k);
    }
    return year4(ts, k);
  }

  /** 1 if token {@code k} is followed by a touching "st", "nd", "rd" or "th", else 0. */
  private static int ordinalSuffix(TokenStream ts, int k) {
    return ts.touches(k) && WORDS.get(ts, k + 1) == ORDINAL ? 1 : 0;
  }

  /** Whether the number at {@code k} goes on as a larger figure ("April 2 juta", "2 %"). */
  private static boolean continuesAsNumber(TokenStream ts, int k) {
    return ts.isSymbol(k + 1, '%') || ts.isSymbol(k + 1, '/') || ts.isSymbol(k + 1, ':');
  }

  private static boolean valid(int day, int month, int year) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int length = YearMonth.of(year > 0 ? year : 2000, month).lengthOfMonth();
    return day <= length;
  }

  private static Map<String, Integer> words() {
    Map<String, Integer> m = new HashMap<>();
    String[][] months = {
      {"januari", "january", "jan"},
      {"februari", "pebruari", "february", "feb", "peb"},
      {"maret", "march", "mar"},
      {"april", "apr"},
      {"mei", "may"},
      {"juni", "june", "jun"},
      {"juli", "july", "jul"},
      {"agustus", "august", "agu", "agt", "ags", "aug"},
      {"september", "sep", "sept"},
      {"oktober", "october", "okt", "oct"},
      {"november", "nopember", "nov", "nop"},
      {"desember", "december", "des", "dec"}
    };
    for (int i = 0; i < months.length; i++) {
      for (String name : months[i]) {
        m.put(name, i + 1);
      }
    }
    String[][] weekdays = {
      {"senin", "monday"},
      {"selasa", "tuesday"},
      {"rabu", "wednesday"},
      {"kamis", "thursday"},
      {"jumat", "jum'at", "friday"},
      {"sabtu", "saturday"},
      {"ahad", "sunday"}
    };
    for (int i = 0; i < weekdays.length; i++) {
      for (String name : weekdays[i]) {
        m.put(name, WEEKDAY_BASE + i + 1);
      }
    }
    m.put("minggu", MINGGU);
    m.put("kemarin", KEMARIN);
    m.put("yesterday", KEMARIN);
    m.put("today", TODAY);
    m.put("hari", HARI);
    m.put("ini", INI);
    m.put("pekan", PEKAN);
    m.put("lalu", LALU);
    m.put("last", LAST);
    m.put("week", WEEK);
    m.put("year", YEAR);
    m.put("tahun", TAHUN);
    m.put("bulan", MONTH_WORD);
    m.put("month", MONTH_WORD);
    m.put("depan", AHEAD);
    m.put("mendatang", AHEAD);
    m.put("next", NEXT);
    for (String cue :
        new String[] {
          "pada",
          "in",
          "sejak",
          "since",
          "hingga",
          "sampai",
          "until",
          "by",
          "awal",
          "akhir",
          "pertengahan",
          "early",
          "late",
          "mid",
          "during",
          "medio",
          "of"
        }) {
      m.put(cue, YEAR_CUE);
    }
    m.put("on", ON);
    for (String t :
        new String[] {
          "pagi", "siang", "sore", "petang", "malam", "morning", "afternoon", "evening", "night"
        }) {
      m.put(t, DAYTIME);
    }
    for (String n :
        new String[] {
          "satu",
          "dua",
          "tiga",
          "empat",
          "lima",
          "enam",
          "tujuh",
          "delapan",
          "sembilan",
          "sepuluh",
          "beberapa",
          "sebelas",
          "two",
          "three",
          "four",
          "five",
          "several"
        }) {
      m.put(n, COUNT_WORD);
    }
    for (String o : new String[] {"st", "nd", "rd", "th"}) {
      m.put(o, ORDINAL);
    }
    m.put("sampai", RANGE_WORD);
    m.put("to", RANGE_WORD);
    m.put("pada", PADA);
    return m;
  }
}

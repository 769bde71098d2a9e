package org.kerangka.extract.internal.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.internal.dates.DateMention.Kind;

class DateFinderTests {

  private static List<DateMention> find(String text) {
    return DateFinder.find(text, 0, text.length());
  }

  private static DateMention only(String text) {
    List<DateMention> found = find(text);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    return found.get(0);
  }

  private static String covered(String text, DateMention m) {
    return text.substring(m.start(), m.end());
  }

  private static LocalDate resolved(String text, String published) {
    return DateFinder.resolve(only(text), LocalDate.parse(published), null);
  }

  @Test
  void findsDayMonthYearInIndonesian() {
    String text = "Pertemuan digelar 8 September 2023 di Jakarta.";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.ABSOLUTE);
    assertThat(covered(text, m)).isEqualTo("8 September 2023");
    assertThat(DateFinder.resolve(m, null, null)).isEqualTo(LocalDate.of(2023, 9, 8));
  }

  @Test
  void findsWeekdayCommaDayMonthYear() {
    String text = "MoU diteken pada Kamis, 13 Juni 2024 di Bandung.";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.ABSOLUTE);
    assertThat(m.weekday()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(covered(text, m)).isEqualTo("Kamis, 13 Juni 2024");
    assertThat(DateFinder.resolve(m, null, null)).isEqualTo(LocalDate.of(2024, 6, 13));
  }

  @Test
  void findsEnglishMonthDayCommaYear() {
    String text = "The deal was signed on March 5, 2024, in Jakarta.";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.ABSOLUTE);
    assertThat(covered(text, m)).isEqualTo("March 5, 2024");
    assertThat(DateFinder.resolve(m, null, null)).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void findsParenthesisedNumericDatesWithAndWithoutWeekday() {
    String text = "ditandatangani di Jakarta, Selasa (16/1/2024). Lalu (05/03/2024) juga.";
    List<DateMention> found = find(text);
    assertThat(found).extracting(DateMention::kind).containsExactly(Kind.ABSOLUTE, Kind.ABSOLUTE);
    assertThat(covered(text, found.get(0))).isEqualTo("Selasa (16/1/2024)");
    assertThat(found.get(0).weekday()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(DateFinder.resolve(found.get(1), null, null)).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void resolvesWeekdayWithZeroPaddedNumericDate() {
    assertThat(resolved("diteken Selasa (05/03/2024) lalu", "2024-03-06"))
        .isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void findsWeekdayDayMonthWithoutYear() {
    String text = "usai penandatanganan MoU di Istana Negara, Jumat (8/9).";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.DAY_MONTH);
    assertThat(m.weekday()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(m.day()).isEqualTo(8);
    assertThat(m.month()).isEqualTo(9);
    assertThat(m.year()).isZero();
    assertThat(covered(text, m)).isEqualTo("Jumat (8/9)");
  }

  @Test
  void findsSpacedIndoSumDayMonth() {
    DateMention m = only("di Gedung DPR , Senayan , Senin ( 27 / 3 ) .");
    assertThat(m.kind()).isEqualTo(Kind.DAY_MONTH);
    assertThat(m.weekday()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(m.day()).isEqualTo(27);
    assertThat(m.month()).isEqualTo(3);
  }

  @Test
  void findsBareParenthesisedDayMonth() {
    DateMention m = only("Kesepakatan itu diteken (4/3) di Tokyo.");
    assertThat(m.kind()).isEqualTo(Kind.DAY_MONTH);
    assertThat(m.weekday()).isNull();
  }

  @Test
  void resolvesDayMonthAgainstPublicationYear() {
    assertThat(resolved("Senin (4/3)", "2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 4));
  }

  @Test
  void resolvesDayMonthAfterPublicationMonthToPreviousYear() {
    assertThat(resolved("Jumat (29/12)", "2024-01-03")).isEqualTo(LocalDate.of(2023, 12, 29));
  }

  @Test
  void resolvesSeedDayMonthFromRangeYearAndWeekday() {
    String text =
        "KTT ke-43 ASEAN tanggal 5-7 September 2023. MoU diteken di Istana Negara, Jumat (8/9).";
    List<DateMention> found = find(text);
    assertThat(found).extracting(DateMention::kind).containsExactly(Kind.RANGE, Kind.DAY_MONTH);
    DateMention range = found.get(0);
    assertThat(covered(text, range)).isEqualTo("5-7 September 2023");
    assertThat(range.day()).isEqualTo(5);
    assertThat(range.dayTo()).isEqualTo(7);
    assertThat(DateFinder.resolve(range, null, 2023)).isNull();
    Integer year = DateFinder.dominantYear(found);
    assertThat(year).isEqualTo(2023);
    assertThat(DateFinder.resolve(found.get(1), null, year)).isEqualTo(LocalDate.of(2023, 9, 8));
  }

  @Test
  void picksNeighbouringYearWhenWeekdayDoesNotFitYearFromText() {
    // 8/9/2023 is a Friday; with 2024 stated elsewhere, "Jumat (8/9)" must be 2023.
    DateMention m = only("Jumat (8/9)");
    assertThat(DateFinder.resolve(m, null, 2024)).isEqualTo(LocalDate.of(2023, 9, 8));
  }

  @Test
  void keepsYearFromTextWhenNoNeighbouringYearFitsTheWeekday() {
    DateMention m = only("Senin (8/9)"); // 8/9 is a Monday in none of 2022-2024
    assertThat(DateFinder.resolve(m, null, 2023)).isEqualTo(LocalDate.of(2023, 9, 8));
  }

  @Test
  void leavesDayMonthUnresolvedWithoutAnyYear() {
    assertThat(DateFinder.resolve(only("Jumat (8/9)"), null, null)).isNull();
  }

  @Test
  void resolvesThursdayLastWeekToPreviousCalendarWeek() {
    String text = "ditandatangani di Kantor Kementerian ESDM, Jakarta, Kamis pekan lalu.";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.LAST_WEEK_DAY);
    assertThat(covered(text, m)).isEqualTo("Kamis pekan lalu");
    assertThat(DateFinder.resolve(m, LocalDate.of(2024, 10, 9), null))
        .isEqualTo(LocalDate.of(2024, 10, 3));
    assertThat(resolved("signed Thursday last week", "2024-10-09"))
        .isEqualTo(LocalDate.of(2024, 10, 3));
  }

  @Test
  void resolvesYesterdayToTheDayBeforePublication() {
    String text = "meneken nota kesepahaman di Tokyo, Jepang, kemarin.";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.YESTERDAY);
    assertThat(DateFinder.resolve(m, LocalDate.of(2024, 3, 5), null))
        .isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(DateFinder.resolve(m, null, 2024)).isNull();
    assertThat(only("diteken kemarin sore").end()).isEqualTo("diteken kemarin sore".length());
    assertThat(only("signed yesterday").kind()).isEqualTo(Kind.YESTERDAY);
  }

  @Test
  void resolvesTodayToPublicationDate() {
    assertThat(resolved("diteken hari ini", "2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(only("signed today").kind()).isEqualTo(Kind.TODAY);
  }

  @Test
  void resolvesOnTuesdayToLatestTuesdayOnOrBeforePublication() {
    String text = "signed a memorandum of understanding on Tuesday to cooperate";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.WEEKDAY);
    assertThat(m.weekday()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(DateFinder.resolve(m, LocalDate.of(2024, 7, 10), null))
        .isEqualTo(LocalDate.of(2024, 7, 9));
    assertThat(DateFinder.resolve(m, LocalDate.of(2024, 7, 9), null))
        .isEqualTo(LocalDate.of(2024, 7, 9));
  }

  @Test
  void findsIndonesianBareWeekdays() {
    assertThat(only("diteken pada Senin di Jakarta").kind()).isEqualTo(Kind.WEEKDAY);
    DateMention m = only("diteken Senin lalu");
    assertThat(m.kind()).isEqualTo(Kind.WEEKDAY);
    assertThat(m.end()).isEqualTo("diteken Senin lalu".length());
    assertThat(only("Monday").weekday()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(only("pada Minggu lalu").weekday()).isEqualTo(DayOfWeek.SUNDAY);
  }

  @Test
  void resolvesMonthDayWithoutYearToPublicationYear() {
    String text = "signed a memorandum of understanding on rice trade on April 2, under which";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.MONTH_DAY_NO_YEAR);
    assertThat(covered(text, m)).isEqualTo("April 2");
    assertThat(DateFinder.resolve(m, LocalDate.of(2024, 4, 3), null))
        .isEqualTo(LocalDate.of(2024, 4, 2));
  }

  @Test
  void resolvesWeekdayMonthDayWithoutYear() {
    String text = "signed a Joint Declaration of Intent (JDoI) on Monday, April 17, to cooperate";
    DateMention m = only(text);
    assertThat(m.kind()).isEqualTo(Kind.MONTH_DAY_NO_YEAR);
    assertThat(m.weekday()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(covered(text, m)).isEqualTo("Monday, April 17");
    assertThat(DateFinder.resolve(m, LocalDate.of(2023, 4, 19), null))
        .isEqualTo(LocalDate.of(2023, 4, 17));
  }

  @Test
  void findsDayMonthWithAndWithoutYear() {
    assertThat(only("on 17 April 2023").kind()).isEqualTo(Kind.ABSOLUTE);
    assertThat(only("on 17 April at noon").kind()).isEqualTo(Kind.MONTH_DAY_NO_YEAR);
    assertThat(only("on April 17th").day()).isEqualTo(17);
  }

  @Test
  void findsMonthYearAndYearOnly() {
    assertThat(only("sejak Maret 2023").kind()).isEqualTo(Kind.MONTH_YEAR);
    assertThat(only("since March 2023").month()).isEqualTo(3);
    DateMention y = only("ditandatangani pada 2019 oleh");
    assertThat(y.kind()).isEqualTo(Kind.YEAR_ONLY);
    assertThat(y.year()).isEqualTo(2019);
    assertThat(only("signed in 2018").kind()).isEqualTo(Kind.YEAR_ONLY);
    assertThat(DateFinder.resolve(y, LocalDate.of(2024, 1, 1), 2024)).isNull();
  }

  @Test
  void findsBackwardLookingPeriodsThatResolveToNothing() {
    DateMention week = only("Kesepakatan diteken pekan lalu.");
    assertThat(week.kind()).isEqualTo(Kind.LAST_WEEK);
    assertThat(DateFinder.resolve(week, LocalDate.of(2024, 8, 28), null)).isNull();
    assertThat(only("minggu lalu").kind()).isEqualTo(Kind.LAST_WEEK);
    assertThat(only("signed last week").kind()).isEqualTo(Kind.LAST_WEEK);
    DateMention year = only("MoU tahun lalu");
    assertThat(year.kind()).isEqualTo(Kind.LAST_YEAR);
    assertThat(DateFinder.resolve(year, LocalDate.of(2024, 8, 28), null)).isNull();
    assertThat(only("last year").kind()).isEqualTo(Kind.LAST_YEAR);
  }

  @Test
  void doesNotReadCountedPeriodsAsLastWeekOrYear() {
    assertThat(find("dua pekan lalu dan 3 tahun lalu")).isEmpty();
  }

  @Test
  void findsForwardLookingExpressions() {
    for (String text :
        List.of(
            "bulan depan",
            "tahun depan",
            "next month",
            "pekan depan",
            "next week",
            "Februari mendatang")) {
      assertThat(only(text).kind()).as(text).isEqualTo(Kind.NEXT);
    }
    DateMention feb = only("MoU ditargetkan diteken Februari mendatang.");
    assertThat(feb.month()).isEqualTo(2);
    assertThat(DateFinder.resolve(feb, LocalDate.of(2024, 1, 18), null)).isNull();
  }

  @Test
  void findsIsoDates() {
    DateMention m = only("published 2024-03-05 in Jakarta");
    assertThat(m.kind()).isEqualTo(Kind.ABSOLUTE);
    assertThat(DateFinder.resolve(m, null, null)).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void rejectsImpossibleDatesSilently() {
    assertThat(find("Senin (31/2) dan (0/5) serta (12/13) lalu 30 Februari 2024"))
        .extracting(DateMention::kind)
        .containsExactly(Kind.WEEKDAY);
    assertThat(find("29 Februari 2023")).isEmpty();
    assertThat(only("29 Februari 2024").kind()).isEqualTo(Kind.ABSOLUTE);
  }

  @Test
  void ignoresLowerCaseMonthWordsAndPlainNumbers() {
    assertThat(find("they may 5 times march 12 miles; skor 8/9 dan 1.000 orang")).isEmpty();
  }

  @Test
  void honoursTheRange() {
    String text = "Jumat (8/9) dan Senin (11/9)";
    List<DateMention> found = DateFinder.find(text, 12, text.length());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).day()).isEqualTo(11);
    assertThat(DateFinder.find(text, -5, 1000)).hasSize(2);
    assertThat(DateFinder.find(text, 10, 3)).isEmpty();
  }

  @Test
  void dominantYearCountsOnlyExplicitYearsAndPrefersTheLaterOnTies() {
    List<DateMention> found =
        find("pada 2019 lalu; 5 Maret 2023, Maret 2024, 1 Juni 2024, 2 Juni 2023 dan (4/3)");
    assertThat(DateFinder.dominantYear(found)).isEqualTo(2024);
    assertThat(DateFinder.dominantYear(find("pada 2019 dan (4/3)"))).isNull();
  }

  @Test
  void resolveNeverThrowsForMalformedMentions() {
    DateMention bad = new DateMention(0, 1, Kind.ABSOLUTE, 31, 2, 2024, null, 0);
    assertThat(DateFinder.resolve(bad, null, null)).isNull();
    DateMention noYear = new DateMention(0, 1, Kind.DAY_MONTH, 40, 13, 0, DayOfWeek.MONDAY, 0);
    assertThat(DateFinder.resolve(noYear, LocalDate.MAX, Integer.MAX_VALUE)).isNull();
    DateMention weekday = new DateMention(0, 1, Kind.LAST_WEEK_DAY, 0, 0, 0, DayOfWeek.MONDAY, 0);
    assertThat(DateFinder.resolve(weekday, LocalDate.MIN, null)).isNull();
  }
}

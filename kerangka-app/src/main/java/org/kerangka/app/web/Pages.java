package org.kerangka.app.web;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for the pages in the request's language, used from templates as {@code @pages}: {@code
 * ${@pages.date(d)}} gives "8 September 2023", {@code ${@pages.country('CN')}} "Tiongkok" or
 * "China", {@code ${@pages.flag('CN')}} the flag emoji.
 */
@Component("pages")
public final class Pages {
  /** The default language of the pages. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final String NONE = "—";
  private final MessageSource messages;

  Pages(MessageSource messages) {
    this.messages = messages;
  }

  /** A day as people write it: "8 September 2023"; a dash when unknown. */
  public String date(@Nullable LocalDate day) {
    if (day == null) {
      return NONE;
    }
    return DateTimeFormatter.ofPattern("d MMMM uuuu", locale()).format(day);
  }

  /** A moment in UTC as people write it: "8 September 2023 10.15 UTC"; a dash when unknown. */
  public String dateTime(java.time.@Nullable Instant instant) {
    if (instant == null) {
      return NONE;
    }
    return DateTimeFormatter.ofPattern("d MMMM uuuu HH.mm 'UTC'", locale())
        .format(instant.atOffset(java.time.ZoneOffset.UTC));
  }

  /** A period in words: "5 tahun", "6 bulan", "1 year 6 months"; a dash when absent. */
  public String period(@Nullable Period period) {
    if (period == null) {
      return NONE;
    }
    StringBuilder text = new StringBuilder();
    append(text, period.getYears(), "period.year", "period.years");
    append(text, period.getMonths(), "period.month", "period.months");
    append(text, period.getDays(), "period.day", "period.days");
    return text.isEmpty() ? NONE : text.toString();
  }

  private void append(StringBuilder text, int amount, String one, String many) {
    if (amount == 0) {
      return;
    }
    if (!text.isEmpty()) {
      text.append(' ');
    }
    text.append(amount)
        .append(' ')
        .append(messages.getMessage(amount == 1 ? one : many, null, locale()));
  }

  /** The country's name in the page language; the code itself when Java does not know it. */
  public String country(@Nullable String isoCode) {
    if (isoCode == null || isoCode.isBlank()) {
      return NONE;
    }
    String name = new Locale("", isoCode).getDisplayCountry(locale());
    return name.isBlank() ? isoCode : name;
  }

  /** The flag emoji of a two-letter country code (regional indicator symbols); empty otherwise. */
  public String flag(@Nullable String isoCode) {
    if (isoCode == null || !isoCode.matches("[A-Za-z]{2}")) {
      return "";
    }
    String code = isoCode.toUpperCase(Locale.ROOT);
    return new StringBuilder()
        .appendCodePoint(0x1F1E6 + code.charAt(0) - 'A')
        .appendCodePoint(0x1F1E6 + code.charAt(1) - 'A')
        .toString();
  }

  /** Whether the page is shown in English. */
  public boolean english() {
    return locale().getLanguage().equals("en");
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}

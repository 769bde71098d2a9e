package org.kerangka.extract.internal.money;

import static org.kerangka.extract.internal.text.TokenStream.NUMBER;
import static org.kerangka.extract.internal.text.TokenStream.SYMBOL;
import static org.kerangka.extract.internal.text.TokenStream.WORD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.internal.money.AmountParser.Context;
import org.kerangka.extract.internal.text.Lexicon;
import org.kerangka.extract.internal.text.TokenStream;

/**
 * Finds money amounts ("Rp5 triliun", "US$ 1,5 miliar", "$450 million", "2 juta dolar AS", "KRW
 * 10.7 trillion") in Indonesian and English text.
 *
 * <p>A figure is money only next to a currency: a prefix ({@code Rp}, {@code US$}, {@code $},
 * {@code €}, ISO codes) or a currency word after the figure and its scale ({@code rupiah}, {@code
 * dolar AS}, {@code won}, ISO codes). Plain figures, percentages and quantities are never money.
 * One left-to-right pass over the tokens: linear in the input.
 */
public final class MoneyFinder {

  private static final String[] CURRENCIES = {
    "IDR", "USD", "EUR", "SGD", "AUD", "KRW", "CNY", "JPY", "SAR", "AED", "MYR", "GBP", "HKD",
    "NZD", "CAD", "CHF", "INR", "THB"
  };

  /** ISO codes and symbol-like prefixes, upper case only. Values index {@link #CURRENCIES}. */
  private static final Map<String, String> CODES = new HashMap<>();

  /** Currency words written after the figure, any case. */
  private static final Lexicon SUFFIX_WORDS;

  /** Scale words, any case; value is the power of ten, plus 100 for Indonesian words. */
  private static final Lexicon SCALES;

  private static final int INDONESIAN = 100;
  private static final int DOLLAR = 99;

  static {
    for (String c : CURRENCIES) {
      CODES.put(c, c);
    }
    CODES.put("RMB", "CNY");
    CODES.put("RM", "MYR");
    Map<String, Integer> suffix = new HashMap<>();
    suffix.put("rupiah", index("IDR"));
    suffix.put("dolar", DOLLAR);
    suffix.put("dollar", DOLLAR);
    suffix.put("dollars", DOLLAR);
    suffix.put("won", index("KRW"));
    suffix.put("yen", index("JPY"));
    suffix.put("yuan", index("CNY"));
    suffix.put("renminbi", index("CNY"));
    suffix.put("euro", index("EUR"));
    suffix.put("euros", index("EUR"));
    suffix.put("ringgit", index("MYR"));
    suffix.put("riyal", index("SAR"));
    suffix.put("riyals", index("SAR"));
    suffix.put("dirham", index("AED"));
    suffix.put("dirhams", index("AED"));
    SUFFIX_WORDS = Lexicon.of(suffix);
    Map<String, Integer> scales = new HashMap<>();
    scales.put("ribu", 3 + INDONESIAN);
    scales.put("ribuan", 3 + INDONESIAN);
    scales.put("rb", 3 + INDONESIAN);
    scales.put("juta", 6 + INDONESIAN);
    scales.put("jutaan", 6 + INDONESIAN);
    scales.put("jt", 6 + INDONESIAN);
    scales.put("miliar", 9 + INDONESIAN);
    scales.put("milyar", 9 + INDONESIAN);
    scales.put("miliaran", 9 + INDONESIAN);
    scales.put("triliun", 12 + INDONESIAN);
    scales.put("trilyun", 12 + INDONESIAN);
    scales.put("thousand", 3);
    scales.put("million", 6);
    scales.put("millions", 6);
    scales.put("mn", 6);
    scales.put("mln", 6);
    scales.put("billion", 9);
    scales.put("billions", 9);
    scales.put("bn", 9);
    scales.put("trillion", 12);
    scales.put("tn", 12);
    SCALES = Lexicon.of(scales);
  }

  private MoneyFinder() {}

  /** All amounts of money in {@code text[from,to)}, in text order; never throws. */
  public static List<MoneyMention> find(String text, int from, int to) {
    List<MoneyMention> out = new ArrayList<>();
    TokenStream ts = TokenStream.over(text, from, to);
    while (!ts.atEnd()) {
      int used = ts.kind(0) == NUMBER ? suffixed(ts, out) : prefixed(ts, out);
      ts.skip(Math.max(used, 1));
    }
    return out;
  }

  // ---------------------------------------------------------------- prefix form: Rp5 triliun

  private static int prefixed(TokenStream ts, List<MoneyMention> out) {
    String currency = null;
    int k = 1;
    if (ts.kind(0) == WORD
        && ts.length(0) <= 3
        && Character.isUpperCase(ts.text().charAt(ts.start(0)))) {
      String word = ts.text().substring(ts.start(0), ts.end(0));
      if (ts.touches(0) && ts.isSymbol(1, '$') && word.length() <= 2) {
        currency = dollarPrefix(word);
        k = 2;
      } else if (word.equals("Rp") || word.equals("RP")) {
        currency = "IDR";
        if (ts.isSymbol(1, '.') && ts.touches(0)) {
          k = 2;
        }
      } else {
        currency = CODES.get(word);
      }
    } else if (ts.kind(0) == SYMBOL) {
      currency = symbol(ts.text().charAt(ts.start(0)));
    }
    if (currency == null || ts.kind(k) != NUMBER) {
      return 0;
    }
    boolean idr = currency.equals("IDR");
    int scaleAt = k + 1;
    int decimalsAt = -1;
    // IndoSum spacing: "Rp 5.000 , 00"
    if (ts.isSymbol(k + 1, ',') && ts.isPlainNumber(k + 2, 2) && ts.length(k + 2) == 2) {
      boolean zeros = ts.intValue(k + 2) == 0;
      if (zeros || scale(ts, k + 3, idr, true) != 0) {
        decimalsAt = k + 2;
        scaleAt = k + 3;
      }
    }
    int scale = scale(ts, scaleAt, idr, true);
    BigDecimal amount = amount(ts, k, decimalsAt, scale);
    if (amount == null || isPercent(ts, scale == 0 ? scaleAt : scaleAt + 1)) {
      return scale == 0 ? scaleAt : scaleAt + 1;
    }
    int last = scale == 0 ? scaleAt - 1 : scaleAt;
    int[] suffix = suffixCurrency(ts, last + 1);
    if (suffix != null && currencyOf(suffix[0]).equals(currency)) {
      last += suffix[1]; // "Rp 500 ribu rupiah"
    }
    out.add(new MoneyMention(ts.start(0), ts.end(last), amount, currency));
    return last + 1;
  }

  private static String dollarPrefix(String word) {
    return switch (word) {
      case "US" -> "USD";
      case "S" -> "SGD";
      case "A" -> "AUD";
      case "HK" -> "HKD";
      case "NZ" -> "NZD";
      case "C" -> "CAD";
      default -> "USD";
    };
  }

  private static @Nullable String symbol(char c) {
    return switch (c) {
      case '$' -> "USD";
      case '€' -> "EUR";
      case '¥' -> "JPY";
      case '£' -> "GBP";
      case '₩' -> "KRW";
      default -> null;
    };
  }

  // ---------------------------------------------------------------- suffix form: 2 juta dolar AS

  private static int suffixed(TokenStream ts, List<MoneyMention> out) {
    int scale = scale(ts, 1, false, false);
    int after = scale == 0 ? 1 : 2;
    int[] suffix = suffixCurrency(ts, after);
    if (suffix == null) {
      return 1;
    }
    BigDecimal amount = amount(ts, 0, -1, scale);
    if (amount == null) {
      return after;
    }
    int last = after + suffix[1] - 1;
    out.add(new MoneyMention(ts.start(0), ts.end(last), amount, currencyOf(suffix[0])));
    return last + 1;
  }

  /**
   * The currency written at token {@code k} after a figure, as {index into CURRENCIES, tokens
   * used}, or null. "dolar AS", "dollar Singapura", "US dollars", ISO codes.
   */
  private static int @Nullable [] suffixCurrency(TokenStream ts, int k) {
    if (ts.kind(k) != WORD) {
      return null;
    }
    if (ts.isWord(k, "US") && SUFFIX_WORDS.get(ts, k + 1) == DOLLAR) {
      return new int[] {index("USD"), 2};
    }
    int word = SUFFIX_WORDS.get(ts, k);
    if (word == DOLLAR) {
      if (ts.isWord(k + 1, "AS") || ts.isWord(k + 1, "US")) {
        return new int[] {index("USD"), 2};
      }
      if (ts.isWord(k + 1, "Amerika")) {
        return new int[] {index("USD"), ts.isWord(k + 2, "Serikat") ? 3 : 2};
      }
      if (ts.isWord(k + 1, "Singapura") || ts.isWord(k + 1, "Singapore")) {
        return new int[] {index("SGD"), 2};
      }
      if (ts.isWord(k + 1, "Australia")) {
        return new int[] {index("AUD"), 2};
      }
      return new int[] {index("USD"), 1};
    }
    if (word >= 0) {
      return new int[] {word, 1};
    }
    if (ts.length(k) == 3) {
      String code = CODES.get(ts.text().substring(ts.start(k), ts.end(k)));
      if (code != null) {
        return new int[] {index(code), 1};
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- figures and scales

  /**
   * The scale at token {@code k} as a signed power of ten: positive for an English word, negative
   * for an Indonesian one, 0 for none. Single letters (M, T, B, bn ...) count only after a prefix.
   */
  private static int scale(TokenStream ts, int k, boolean idr, boolean letters) {
    int code = SCALES.get(ts, k);
    if (code >= INDONESIAN) {
      return -(code - INDONESIAN);
    }
    if (code > 0) {
      return code;
    }
    if (!letters || ts.kind(k) != WORD || ts.length(k) != 1) {
      return 0;
    }
    char c = ts.text().charAt(ts.start(k));
    return switch (c) {
      case 'M' -> idr ? -9 : 6;
      case 'T' -> idr ? -12 : 12;
      case 'B' -> idr ? 0 : 9;
      case 'm' -> idr ? 0 : 6;
      case 'b' -> idr ? 0 : 9;
      case 'K', 'k' -> idr ? 0 : 3;
      default -> 0;
    };
  }

  private static @Nullable BigDecimal amount(TokenStream ts, int k, int decimalsAt, int scale) {
    Context context =
        scale < 0 ? Context.INDONESIAN_SCALE : scale > 0 ? Context.ENGLISH_SCALE : Context.NONE;
    BigDecimal value = AmountParser.parse(ts.text(), ts.start(k), ts.end(k), context);
    if (value == null) {
      return null;
    }
    if (decimalsAt >= 0) {
      if (value.scale() > 0) {
        return null;
      }
      value = value.add(BigDecimal.valueOf(ts.intValue(decimalsAt), 2));
    }
    return AmountParser.plain(value.scaleByPowerOfTen(Math.abs(scale)));
  }

  private static boolean isPercent(TokenStream ts, int k) {
    return ts.isSymbol(k, '%') || ts.isWord(k, "persen") || ts.isWord(k, "percent");
  }

  private static int index(String code) {
    for (int i = 0; i < CURRENCIES.length; i++) {
      if (CURRENCIES[i].equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException(code);
  }

  private static String currencyOf(int index) {
    return CURRENCIES[index];
  }
}

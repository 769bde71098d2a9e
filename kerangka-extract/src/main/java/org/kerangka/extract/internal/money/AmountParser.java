package org.kerangka.extract.internal.money;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads a written figure such as {@code 1.418,9}, {@code 1,418.9}, {@code 5.000} or {@code 1,2} as
 * an exact number, deciding between Indonesian (dot thousands, comma decimal) and English (comma
 * thousands, dot decimal) notation.
 *
 * <p>Both separators: the last one is the decimal mark. Repeated separator: thousands. One
 * separator followed by other than three digits: decimal mark ({@code 1,2 miliar}, {@code 3.5
 * billion}). One separator followed by exactly three digits is the ambiguous case and is settled by
 * context: a comma before an Indonesian scale word is a decimal mark ({@code 1,250 triliun}), a dot
 * before an English scale word is a decimal mark ({@code 1.250 billion}); otherwise both are
 * thousands separators ({@code Rp5.000}, {@code 15,800}).
 */
final class AmountParser {

  /** Figures longer than this are not amounts (and would be slow to parse). */
  static final int MAX_LENGTH = 40;

  /** How the words around a figure suggest it is written. */
  enum Context {
    /** An Indonesian scale word follows ({@code juta}, {@code miliar} ...). */
    INDONESIAN_SCALE,
    /** An English scale word follows ({@code million}, {@code bn} ...). */
    ENGLISH_SCALE,
    /** No scale word. */
    NONE
  }

  private AmountParser() {}

  /** The value of {@code text[start,end)}, or null if it is not a well-formed figure. */
  static @Nullable BigDecimal parse(String text, int start, int end, Context context) {
    if (start < 0 || end > text.length() || end <= start || end - start > MAX_LENGTH) {
      return null;
    }
    int dots = 0;
    int commas = 0;
    int lastSep = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dots++;
        lastSep = i;
      } else if (c == ',') {
        commas++;
        lastSep = i;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    if (lastSep < 0) {
      return number(text, start, end, -1, (char) 0);
    }
    if (lastSep == start || lastSep == end - 1) {
      return null;
    }
    char last = text.charAt(lastSep);
    if (dots > 0 && commas > 0) {
      char thousands = last == '.' ? ',' : '.';
      int lastCount = last == '.' ? dots : commas;
      if (lastCount != 1) {
        return null;
      }
      return number(text, start, end, lastSep, thousands);
    }
    int count = dots + commas;
    if (count > 1) {
      return number(text, start, end, -1, last);
    }
    int decimals = end - lastSep - 1;
    boolean decimal;
    if (decimals != 3) {
      decimal = true;
    } else if (last == ',') {
      decimal = context == Context.INDONESIAN_SCALE;
    } else {
      decimal = context == Context.ENGLISH_SCALE;
    }
    return decimal
        ? number(text, start, end, lastSep, (char) 0)
        : number(text, start, end, -1, last);
  }

  /**
   * Builds the number, dropping {@code thousands} separators (which must split the integer part
   * into groups of three) and reading the char at {@code decimalAt} as the decimal mark.
   */
  private static @Nullable BigDecimal number(
      String text, int start, int end, int decimalAt, char thousands) {
    StringBuilder digits = new StringBuilder(end - start);
    int intEnd = decimalAt < 0 ? end : decimalAt;
    int group = -1; // digits since the last thousands separator; -1 before the first one
    for (int i = start; i < intEnd; i++) {
      char c = text.charAt(i);
      if (c == thousands) {
        if (group == 0 || (group > 0 && group != 3) || (group < 0 && digits.length() > 3)) {
          return null;
        }
        group = 0;
      } else {
        digits.append(c);
        if (group >= 0) {
          group++;
        }
      }
    }
    if (group >= 0 && group != 3) {
      return null;
    }
    if (decimalAt >= 0) {
      digits.append('.').append(text, decimalAt + 1, end);
    }
    BigDecimal value = new BigDecimal(digits.toString());
    return plain(value);
  }

  /** {@code value} without trailing zeros and with a scale of at least 0. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}

package org.kerangka.extract.internal.text;

import java.util.Arrays;

/**
 * Normalises news text so later stages see one spelling of each character, while keeping a map back
 * to the original offsets.
 *
 * <p>Per code point (with its combining marks, so they compose with their base): NFKC; curly single
 * quotes and primes to {@code '}; curly double quotes and guillemets to {@code "}; all dashes to
 * {@code -}; no-break, thin, en, em and ideographic spaces, tabs and other control chars to a
 * space; zero-width chars and soft hyphens removed; {@code \r\n} and {@code \r} to {@code \n}; runs
 * of spaces collapsed to one; lone surrogates to U+FFFD. Plain ASCII text is returned as is.
 */
public final class Normalizer {

  /** Longest run of combining marks normalised together with its base (bounds NFKC's cost). */
  private static final int MAX_CLUSTER_CODE_POINTS = 32;

  private static final byte UNKNOWN = 0;
  private static final byte STABLE = 1;
  private static final byte CHANGES = 2;

  /** Whether NFKC leaves a lone BMP char unchanged, filled lazily (races are harmless). */
  private static final byte[] BMP_NFKC = new byte[0x10000];

  public NormalizedText normalize(String original) {
    if (isPlainAscii(original)) {
      return NormalizedText.identity(original);
    }
    return new Builder(original).run();
  }

  /** Printable ASCII and {@code \n} only, with no two spaces in a row: nothing to change. */
  private static boolean isPlainAscii(String s) {
    char previous = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n') || c >= 0x7F || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** Maps a char to its canonical form, or returns it unchanged; 0 means "remove". */
  static char fold(char c) {
    if (c < 0x80) {
      if (c == '\n') {
        return c;
      }
      return c < 0x20 || c == 0x7F ? ' ' : c;
    }
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u2039', '\u203A' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB' -> '"';
      case '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\u2E3A',
          '\u2E3B',
          '\uFE58' ->
          '-';
      case '\u00A0',
          '\u1680',
          '\u2000',
          '\u2001',
          '\u2002',
          '\u2003',
          '\u2004',
          '\u2005',
          '\u2006',
          '\u2007',
          '\u2008',
          '\u2009',
          '\u200A',
          '\u202F',
          '\u205F',
          '\u3000' ->
          ' ';
      case '\u0085', '\u2028', '\u2029' -> '\n';
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E' -> 0;
      default -> (c >= 0x80 && c < 0xA0) ? ' ' : c;
    };
  }

  private static boolean isCombiningMark(int codePoint) {
    if (codePoint < 0x0300) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean nfkcStable(char c) {
    byte known = BMP_NFKC[c];
    if (known == UNKNOWN) {
      boolean stable =
          java.text.Normalizer.isNormalized(String.valueOf(c), java.text.Normalizer.Form.NFKC);
      known = stable ? STABLE : CHANGES;
      BMP_NFKC[c] = known;
    }
    return known == STABLE;
  }

  /** One normalisation run: output chars and their source spans. */
  private static final class Builder {
    private final String original;
    private char[] out;
    private final NormalizedText.Offsets offsets = new NormalizedText.Offsets();
    private int length;

    Builder(String original) {
      this.original = original;
      int capacity = original.length() + 16;
      this.out = new char[capacity];
    }

    NormalizedText run() {
      String s = original;
      int n = s.length();
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        boolean markFollows =
            i + 1 < n && s.charAt(i + 1) >= 0x0300 && c > 0x20 && c != 0x7F && !isSurrogate(c);
        if (c < 0x80 && !markFollows) {
          if (c == '\r') {
            int end = i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            emit('\n', i, end);
            i = end;
          } else {
            emit(fold(c), i, i + 1);
            i++;
          }
          continue;
        }
        i = cluster(i);
      }
      return offsets.build(new String(out, 0, length));
    }

    private static boolean isSurrogate(char c) {
      return Character.isSurrogate(c);
    }

    /** Normalises the code point at {@code start} with its combining marks; returns the end. */
    private int cluster(int start) {
      String s = original;
      int n = s.length();
      char c = s.charAt(start);
      int next;
      boolean lone = false;
      if (Character.isHighSurrogate(c)
          && start + 1 < n
          && Character.isLowSurrogate(s.charAt(start + 1))) {
        next = start + 2;
      } else if (Character.isSurrogate(c)) {
        lone = true;
        next = start + 1;
      } else {
        next = start + 1;
      }
      int end = next;
      int marks = 0;
      if (!lone) {
        while (end < n && marks < MAX_CLUSTER_CODE_POINTS) {
          int cp = s.codePointAt(end);
          if (!isCombiningMark(cp)) {
            break;
          }
          end += Character.charCount(cp);
          marks++;
        }
      }
      if (lone) {
        emit('\uFFFD', start, next);
        return next;
      }
      if (marks == 0 && next == start + 1) {
        char folded = fold(c);
        if (folded != c) {
          if (folded != 0) {
            emit(folded, start, next);
          }
          return next;
        }
        if (nfkcStable(c)) {
          emit(c, start, next);
          return next;
        }
      }
      String normalised =
          java.text.Normalizer.normalize(s.substring(start, end), java.text.Normalizer.Form.NFKC);
      for (int k = 0, m = normalised.length(); k < m; k++) {
        char o = normalised.charAt(k);
        if (Character.isSurrogate(o)) {
          emitRaw(o, start, end); // part of a valid supplementary pair from NFKC
          continue;
        }
        char folded = fold(o);
        if (folded != 0) {
          emit(folded, start, end);
        }
      }
      return end;
    }

    private void emit(char c, int sourceStart, int sourceEnd) {
      if (c == 0) {
        return;
      }
      if (c == ' ' && length > 0 && out[length - 1] == ' ') {
        offsets.extendLast(length - 1, sourceEnd);
        return;
      }
      emitRaw(c, sourceStart, sourceEnd);
    }

    private void emitRaw(char c, int sourceStart, int sourceEnd) {
      if (length == out.length) {
        out = Arrays.copyOf(out, 2 * length);
      }
      offsets.add(length, sourceStart, sourceEnd);
      out[length++] = c;
    }
  }
}

package org.kerangka.extract.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a span of normalised text into words, numbers and punctuation. Words keep inner hyphens
 * and apostrophes (Al-Falih, Hyun-soo, ke-43); dotted initials (R.K., U.S., B.J.) and a few
 * abbreviations (Co., Ltd., Inc., Dr.) keep their dots; the possessive {@code 's} is its own token.
 */
final class Tokenizer {
  private Tokenizer() {}

  private static final java.util.Set<String> DOTTED =
      java.util.Set.of(
          "co", "ltd", "inc", "dr", "corp", "bhd", "pte", "jl", "st", "no", "tbk", "h");

  static List<Tok> tokenize(String s, int from, int to) {
    List<Tok> out = new ArrayList<>(Math.max(8, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < to) {
          char d = s.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '-' || d == '\'')
              && j + 1 < to
              && Character.isLetterOrDigit(s.charAt(j + 1))
              && !(d == '\''
                  && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                  && endsWord(s, j + 2, to))) {
            j++;
          } else {
            break;
          }
        }
        // dotted initials: R.K. / U.S. / B.J.
        if (j - i == 1 && j < to && s.charAt(j) == '.' && Character.isUpperCase(c)) {
          int k = j + 1;
          while (k + 1 < to && Character.isUpperCase(s.charAt(k)) && s.charAt(k + 1) == '.') {
            k += 2;
          }
          j = k;
        } else if (j < to && s.charAt(j) == '.') {
          String w = s.substring(i, j).toLowerCase(Locale.ROOT);
          if (DOTTED.contains(w)) {
            j++;
          }
        }
        add(out, s, i, j, Tok.WORD);
        i = j;
        continue;
      }
      if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = s.charAt(j);
          if (Character.isDigit(d)) {
            j++;
          } else if ((d == '.' || d == ',') && j + 1 < to && Character.isDigit(s.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        // model-like words: 2nd, 10th, COP28 handled as words elsewhere
        while (j < to && Character.isLetter(s.charAt(j))) {
          j++;
        }
        add(out, s, i, j, Tok.NUMBER);
        i = j;
        continue;
      }
      if (c == '\''
          && i + 1 < to
          && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
          && endsWord(s, i + 2, to)) {
        add(out, s, i, i + 2, Tok.PUNCT);
        i += 2;
        continue;
      }
      int j = i + 1;
      if (Character.isHighSurrogate(c) && j < to && Character.isLowSurrogate(s.charAt(j))) {
        j++;
      }
      add(out, s, i, j, Tok.PUNCT);
      i = j;
    }
    return out;
  }

  private static boolean endsWord(String s, int k, int to) {
    return k >= to || !Character.isLetterOrDigit(s.charAt(k));
  }

  private static void add(List<Tok> out, String s, int i, int j, int kind) {
    String t = s.substring(i, j);
    out.add(new Tok(i, j, t, t.toLowerCase(Locale.ROOT), kind));
  }
}

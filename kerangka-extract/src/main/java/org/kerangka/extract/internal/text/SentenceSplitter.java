package org.kerangka.extract.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences with a single left-to-right scan.
 *
 * <p>A sentence ends at a line break, or at {@code .}, {@code !} or {@code ?} (with any closing
 * quotes or brackets right after them) followed by white space and then an upper-case letter, a
 * digit, a quote or an opening bracket. A full stop does not end a sentence after a known
 * abbreviation or title ({@code Dr.}, {@code Tbk.}, {@code Jl.}, {@code Sept.} ...), a single
 * capital initial ({@code Ina H. Krisnamurthi}) or dotted initials ({@code B.J.}, {@code U.S.},
 * {@code M.Sc.}). Numbers ({@code 5.000}, {@code 3.5}, {@code 8/9}) never break because no space
 * follows their dots. Tokenised text whose punctuation stands apart ({@code Senin ( 27 / 3 ) .
 * Dia}) splits the same way; there a quote after the stop is a closing one, kept with the sentence,
 * when the line so far has an odd number of double quotes (a quotation may span sentences).
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          // titles and degrees
          "dr",
          "drs",
          "dra",
          "prof",
          "ir",
          "h",
          "hj",
          "st",
          "mr",
          "mrs",
          "ms",
          "messrs",
          "jr",
          "sr",
          "sdr",
          "sdri",
          "bpk",
          "yth",
          "ny",
          "nn",
          "tn",
          "kh",
          "rev",
          "hon",
          "gen",
          "lt",
          "col",
          "capt",
          "sgt",
          "gov",
          "sen",
          "rep",
          "pres",
          "brig",
          "jend",
          "kol",
          "mayjen",
          "brigjen",
          "letjen",
          "kapt",
          "komjen",
          "irjen",
          "kombes",
          "ak",
          "dkk",
          "al",
          // places and addresses
          "no",
          "jl",
          "jln",
          "kab",
          "kec",
          "kel",
          "prov",
          "ds",
          "gg",
          "rt",
          "rw",
          "mt",
          "ft",
          "ave",
          "blvd",
          "rd",
          "ste",
          "apt",
          "dept",
          // companies
          "tbk",
          "co",
          "ltd",
          "inc",
          "corp",
          "bhd",
          "pte",
          "pt",
          "cv",
          "plc",
          "llc",
          "nv",
          "bv",
          "ag",
          "ab",
          // others
          "dll",
          "dsb",
          "dst",
          "vs",
          "approx",
          "est",
          "fig",
          "vol",
          "hal",
          "hlm",
          "tel",
          "telp",
          "ext",
          "rp",
          "cf",
          "ca",
          "resp",
          "nos",
          "op",
          "ref",
          // months
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "agu",
          "agt",
          "sep",
          "sept",
          "okt",
          "oct",
          "nov",
          "des",
          "dec");

  private static final int MAX_ABBREVIATION = 8;

  public List<Sentence> split(String text, int start, int end) {
    int n = text.length();
    int from = Math.max(0, Math.min(start, n));
    int to = Math.max(from, Math.min(end, n));
    List<Sentence> sentences = new ArrayList<>();
    int sentenceStart = from;
    int quotes = 0; // double quotes seen on this line
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        add(text, sentenceStart, i, sentences);
        sentenceStart = i + 1;
        quotes = 0;
        i++;
        continue;
      }
      if (isDoubleQuote(c)) {
        quotes++;
      }
      if (c != '.' && c != '!' && c != '?') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to && isTerminator(text.charAt(j))) {
        j++;
      }
      while (j < to && isCloser(text.charAt(j))) {
        if (isDoubleQuote(text.charAt(j))) {
          quotes++;
        }
        j++;
      }
      int k = j;
      while (k < to && isBlank(text.charAt(k))) {
        k++;
      }
      if (k == j || k == to) {
        i = j;
        continue;
      }
      int stop = j;
      char next = text.charAt(k);
      if (isDoubleQuote(next) && (quotes & 1) == 1) {
        // tokenised text: `diatur . " Kata` closes the quote, `diatur . " ujar` goes on
        int after = k + 1;
        while (after < to && isBlank(text.charAt(after))) {
          after++;
        }
        if (after == k + 1 || after == to || !startsSentence(text, after)) {
          i = k;
          continue;
        }
        stop = k + 1;
        k = after;
      } else if (!startsSentence(text, k)) {
        i = k;
        continue;
      }
      if (c == '.' && j - i == 1 && isAbbreviation(text, sentenceStart, i)) {
        i = k;
        continue;
      }
      add(text, sentenceStart, stop, sentences);
      sentenceStart = k;
      i = k;
    }
    add(text, sentenceStart, to, sentences);
    return sentences;
  }

  /** Whether the token ending just before the full stop at {@code dot} is an abbreviation. */
  private static boolean isAbbreviation(String text, int lineStart, int dot) {
    int s = dot;
    while (s > lineStart && !isTokenBoundary(text.charAt(s - 1))) {
      s--;
    }
    int length = dot - s;
    if (length == 0) {
      return false; // tokenised text: the stop stands alone
    }
    if (length == 1) {
      return Character.isUpperCase(text.charAt(s));
    }
    if (hasDottedParts(text, s, dot)) {
      return true;
    }
    return length <= MAX_ABBREVIATION
        && ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT));
  }

  /** "U.S", "B.J", "M.Sc", "S.Kom", "Ph.D": letter groups of at most four, joined by dots. */
  private static boolean hasDottedParts(String text, int from, int to) {
    int part = 0;
    boolean dotted = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (part == 0) {
          return false;
        }
        dotted = true;
        part = 0;
      } else if (Character.isLetter(c) && part < 4) {
        part++;
      } else {
        return false;
      }
    }
    return dotted && part > 0;
  }

  private static boolean startsSentence(String text, int i) {
    int cp = text.codePointAt(i);
    return Character.isUpperCase(cp)
        || Character.isTitleCase(cp)
        || Character.isDigit(cp)
        || isDoubleQuote((char) cp)
        || cp == '\''
        || cp == '\u2018'
        || cp == '('
        || cp == '['
        || cp == '{'
        || cp == '\u00AB';
  }

  private static void add(String text, int from, int to, List<Sentence> sentences) {
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      sentences.add(new Sentence(from, to));
    }
  }

  private static boolean isTokenBoundary(char c) {
    return isBlank(c)
        || c == '('
        || c == '['
        || c == '"'
        || c == '\''
        || c == '\u201C'
        || c == '\u2018';
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == ')'
        || c == ']'
        || c == '}'
        || c == '\u201D'
        || c == '\u2019'
        || c == '\u00BB';
  }

  private static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
  }

  private static boolean isBlank(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\f'
        || c == '\u000B'
        || (c > '\u1fff' && c < '\u200c')
        || c == '\u3000';
  }
}

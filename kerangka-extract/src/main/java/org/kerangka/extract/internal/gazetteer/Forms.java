package org.kerangka.extract.internal.gazetteer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How gazetteer forms are normalised, lower-cased and classified. */
final class Forms {

  /**
   * Common lower-case Indonesian and English words. A form equal to one of them (ignoring case)
   * matches only with its exact case, so that e.g. "Timah" (PT Timah) is not found in "harga timah"
   * and "China" is not found in "fine china".
   */
  static final Set<String> COMMON_WORDS =
      Set.copyOf(
          List.of(
              // English
              "a",
              "an",
              "and",
              "are",
              "as",
              "at",
              "be",
              "by",
              "for",
              "from",
              "in",
              "into",
              "is",
              "it",
              "its",
              "of",
              "on",
              "or",
              "our",
              "so",
              "the",
              "to",
              "up",
              "us",
              "we",
              "with",
              "head",
              "king",
              "china",
              "turkey",
              "guinea",
              "jersey",
              "chile",
              "chad",
              "bank",
              "energy",
              "power",
              "shell",
              "total",
              "mind",
              "pal",
              "len",
              "state",
              "house",
              "general",
              "polish",
              "chili",
              "danish",
              "inti",
              // Indonesian
              "ada",
              "air",
              "akan",
              "dan",
              "dari",
              "di",
              "dia",
              "ini",
              "itu",
              "ke",
              "kita",
              "pada",
              "saya",
              "untuk",
              "yang",
              "bisa",
              "baru",
              "besar",
              "jasa",
              "karya",
              "semen",
              "timah",
              "pupuk",
              "kereta",
              "api",
              "negara",
              "rakyat",
              "raja",
              "kepala",
              "pos",
              "angkasa",
              "pura",
              "sarana",
              "bio",
              "farma",
              "kimia"));

  private Forms() {}

  /**
   * Normalises a form the way article text is normalised: NFKC, straight quotes, dashes as '-',
   * single spaces, trimmed.
   */
  static String normalise(String form) {
    String n = Normalizer.normalize(form, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    boolean pendingSpace = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = b.length() > 0;
        continue;
      }
      if (pendingSpace) {
        b.append(' ');
        pendingSpace = false;
      }
      b.append(
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
          });
    }
    return b.toString();
  }

  /**
   * Lower-cases with {@link Locale#ROOT}, keeping the length unchanged so that offsets in the
   * result are offsets in the input: where {@link String#toLowerCase(Locale)} would change the
   * length (e.g. 'İ'), falls back to lower-casing char by char.
   */
  static String lower(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.length() == s.length()) {
      return lower;
    }
    char[] chars = new char[s.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(s.charAt(i));
    }
    return new String(chars);
  }

  /**
   * Whether the form must match with its exact case: an acronym (all letters upper case, at most
   * five letters, e.g. AS, RI, PAL, U.S.) or a common word.
   */
  static boolean caseSensitive(String form) {
    int letters = 0;
    boolean allUpper = true;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          allUpper = false;
        }
      }
    }
    if (letters > 0 && letters <= 5 && allUpper) {
      return true;
    }
    return COMMON_WORDS.contains(lower(form));
  }

  /**
   * Whether a match of a form that starts (or ends) with this char needs a word boundary there.
   * Scripts written without spaces between words (Han, kana) and Hangul, whose particles attach to
   * the noun, need none.
   */
  static boolean needsBoundary(char edge) {
    Character.UnicodeScript script = Character.UnicodeScript.of(edge);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL -> false;
      default -> true;
    };
  }
}

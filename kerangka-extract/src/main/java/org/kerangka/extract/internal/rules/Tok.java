package org.kerangka.extract.internal.rules;

/**
 * A token of normalised text.
 *
 * @param start offset in the normalised text
 * @param end end offset, exclusive
 * @param text the token as written
 * @param lower lower-cased form
 * @param kind {@link #WORD}, {@link #NUMBER} or {@link #PUNCT}
 */
record Tok(int start, int end, String text, String lower, int kind) {
  static final int WORD = 0;
  static final int NUMBER = 1;
  static final int PUNCT = 2;

  boolean isWord() {
    return kind == WORD;
  }

  boolean isPunct() {
    return kind == PUNCT;
  }

  boolean is(String s) {
    return lower.equals(s);
  }

  /** Starts with an upper-case letter (or a digit-led model name counts as not capitalised). */
  boolean cap() {
    return kind == WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** Looks like an acronym: at least two upper-case letters and no lower-case letter first. */
  boolean acronym() {
    if (kind != WORD || text.length() < 2) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return Character.isUpperCase(text.charAt(0)) && upper >= 2 && upper * 2 >= countLetters();
  }

  private int countLetters() {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** A single upper-case letter with a dot, or dotted initials such as R.K. */
  boolean initial() {
    if (kind != WORD || text.length() < 2 || !text.endsWith(".")) {
      return false;
    }
    for (int i = 0; i < text.length(); i += 2) {
      if (!Character.isUpperCase(text.charAt(i))
          || i + 1 >= text.length()
          || text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }
}

package org.kerangka.extract.internal.text;

/**
 * A forward-only stream of tokens over {@code text[from,to)} with a small lookahead window.
 *
 * <p>Tokens are words (letters, with an apostrophe allowed between letters: {@code Jum'at}),
 * numbers (digits, with {@code .} or {@code ,} allowed between digits: {@code 1.418,9}) and
 * single-character symbols. Whitespace separates tokens and is dropped; letters and digits that
 * touch are split ({@code Rp5} is {@code Rp}, {@code 5}). Memory is constant and each character is
 * scanned once, so any input, including megabytes of punctuation, is read in linear time.
 */
public final class TokenStream {

  /** No token: the lookahead ran past the end of the range or past the window. */
  public static final int NONE = 0;

  public static final int WORD = 1;
  public static final int NUMBER = 2;
  public static final int SYMBOL = 3;

  /** How far ahead {@link #kind(int)} and friends can look. */
  public static final int WINDOW = 32;

  private static final int MASK = WINDOW - 1;

  private final String text;
  private final int to;
  private final int[] starts = new int[WINDOW];
  private final int[] ends = new int[WINDOW];
  private final int[] kinds = new int[WINDOW];
  private int head;
  private int count;
  private int scanPos;

  private TokenStream(String text, int from, int to) {
    this.text = text;
    this.to = to;
    this.scanPos = from;
  }

  /** A stream over {@code text[from,to)}; out-of-range bounds are clamped, never rejected. */
  public static TokenStream over(String text, int from, int to) {
    int f = Math.max(0, Math.min(from, text.length()));
    int t = Math.max(f, Math.min(to, text.length()));
    return new TokenStream(text, f, t);
  }

  public String text() {
    return text;
  }

  /** Whether there is no current token. */
  public boolean atEnd() {
    return kind(0) == NONE;
  }

  /** Drops the first {@code n} tokens of the window (the current one is {@code 0}). */
  public void skip(int n) {
    for (int i = 0; i < n; i++) {
      if (!fill(0)) {
        return;
      }
      head = (head + 1) & MASK;
      count--;
    }
  }

  /** The kind of the {@code k}-th token ahead, or {@link #NONE}. */
  public int kind(int k) {
    return fill(k) ? kinds[(head + k) & MASK] : NONE;
  }

  /** Start offset of the {@code k}-th token ahead, or the end of the range if there is none. */
  public int start(int k) {
    return fill(k) ? starts[(head + k) & MASK] : to;
  }

  /** End offset of the {@code k}-th token ahead, or the end of the range if there is none. */
  public int end(int k) {
    return fill(k) ? ends[(head + k) & MASK] : to;
  }

  /** Length of the {@code k}-th token ahead, 0 if there is none. */
  public int length(int k) {
    return fill(k) ? ends[(head + k) & MASK] - starts[(head + k) & MASK] : 0;
  }

  /** Whether the {@code k}-th token is the symbol {@code c}. */
  public boolean isSymbol(int k, char c) {
    return kind(k) == SYMBOL && text.charAt(start(k)) == c;
  }

  /** Whether the {@code k}-th token is a word equal to {@code w}, ignoring case. */
  public boolean isWord(int k, String w) {
    return kind(k) == WORD
        && length(k) == w.length()
        && text.regionMatches(true, start(k), w, 0, w.length());
  }

  /** Whether the {@code k}-th token is a number made of digits only, with 1 to {@code max}. */
  public boolean isPlainNumber(int k, int max) {
    if (kind(k) != NUMBER || length(k) > max) {
      return false;
    }
    for (int i = start(k); i < end(k); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of a plain number token of at most 9 digits, or -1. */
  public int intValue(int k) {
    if (!isPlainNumber(k, 9)) {
      return -1;
    }
    int v = 0;
    for (int i = start(k); i < end(k); i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  /** Whether the {@code k}-th token starts with an upper-case letter. */
  public boolean isCapitalised(int k) {
    return kind(k) == WORD && Character.isUpperCase(text.charAt(start(k)));
  }

  /** Whether tokens {@code k} and {@code k+1} touch, with no whitespace between them. */
  public boolean touches(int k) {
    return kind(k + 1) != NONE && end(k) == start(k + 1);
  }

  private boolean fill(int k) {
    if (k < 0 || k >= WINDOW) {
      return false;
    }
    while (count <= k) {
      if (!scanOne()) {
        return false;
      }
    }
    return true;
  }

  private boolean scanOne() {
    int p = scanPos;
    while (p < to && isSpace(text.charAt(p))) {
      p++;
    }
    if (p >= to) {
      scanPos = p;
      return false;
    }
    int start = p;
    char c = text.charAt(p);
    int kind;
    if (Character.isLetter(c)) {
      kind = WORD;
      p++;
      while (p < to) {
        char d = text.charAt(p);
        if (Character.isLetter(d)) {
          p++;
        } else if (d == '\'' && p + 1 < to && Character.isLetter(text.charAt(p + 1))) {
          p += 2;
        } else {
          break;
        }
      }
    } else if (isDigit(c)) {
      kind = NUMBER;
      p++;
      while (p < to) {
        char d = text.charAt(p);
        if (isDigit(d)) {
          p++;
        } else if ((d == '.' || d == ',') && p + 1 < to && isDigit(text.charAt(p + 1))) {
          p += 2;
        } else {
          break;
        }
      }
    } else {
      kind = SYMBOL;
      p++;
    }
    int slot = (head + count) & MASK;
    starts[slot] = start;
    ends[slot] = p;
    kinds[slot] = kind;
    count++;
    scanPos = p;
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || Character.isWhitespace(c)
        || c == '\u00a0';
  }
}

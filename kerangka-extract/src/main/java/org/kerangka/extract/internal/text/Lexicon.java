package org.kerangka.extract.internal.text;

import java.util.Locale;
import java.util.Map;

/**
 * A fixed, case-insensitive map from words to small non-negative ints that is looked up directly in
 * a region of a string, without allocating. Open addressing over a power-of-two table.
 */
public final class Lexicon {

  private final String[] keys;
  private final int[] values;
  private final int mask;
  private final int maxLength;

  private Lexicon(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    int longest = 0;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("negative value for " + key);
      }
      longest = Math.max(longest, key.length());
      int slot = hash(key, 0, key.length()) & mask;
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
    maxLength = longest;
  }

  /** A lexicon of the given words (any case) and their values (non-negative). */
  public static Lexicon of(Map<String, Integer> entries) {
    return new Lexicon(entries);
  }

  /** The value of {@code text[start,end)} ignoring case, or -1 if it is not in the lexicon. */
  public int get(String text, int start, int end) {
    int length = end - start;
    if (length <= 0 || length > maxLength || start < 0 || end > text.length()) {
      return -1;
    }
    int slot = hash(text, start, end) & mask;
    while (keys[slot] != null) {
      String key = keys[slot];
      if (key.length() == length && key.regionMatches(true, 0, text, start, length)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The value of the {@code k}-th token of {@code tokens} if it is a word, or -1. */
  public int get(TokenStream tokens, int k) {
    if (tokens.kind(k) != TokenStream.WORD) {
      return -1;
    }
    return get(tokens.text(), tokens.start(k), tokens.end(k));
  }

  private static int hash(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
      } else {
        h = 31 * h + Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return h ^ (h >>> 16);
  }
}

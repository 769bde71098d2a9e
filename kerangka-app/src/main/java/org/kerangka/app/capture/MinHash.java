package org.kerangka.app.capture;

import java.util.Locale;

/**
 * MinHash signatures of word 4-shingles: two texts whose signatures agree in most positions share
 * most of their word sequences (syndicated copies, lightly edited rewrites of one press release).
 */
public final class MinHash {
  /** Number of hash functions: estimates are within about ±0.12 of the true Jaccard. */
  public static final int SIZE = 24;

  private static final int SHINGLE = 4;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + i * 0xBF58476D1CE4E5B9L);
      SEEDS[i] = x | 1;
    }
  }

  private MinHash() {}

  /** The signature of the text (all {@code Long.MAX_VALUE} for a text of fewer words). */
  public static long[] signature(String text) {
    long[] signature = new long[SIZE];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    long[] window = new long[SHINGLE];
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      long h = 0xcbf29ce484222325L;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x100000001b3L;
        i++;
      }
      window[words % SHINGLE] = h;
      words++;
      if (words >= SHINGLE) {
        long shingle = 0;
        for (int k = 0; k < SHINGLE; k++) {
          shingle = shingle * 31 + window[(words + k) % SHINGLE];
        }
        for (int s = 0; s < SIZE; s++) {
          long v = mix(shingle ^ SEEDS[s]);
          if (v < signature[s]) {
            signature[s] = v;
          }
        }
      }
    }
    return signature;
  }

  /** The share of positions where the signatures agree: an estimate of the shingle Jaccard. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != SIZE || b.length != SIZE) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  public static String encode(long[] signature) {
    StringBuilder out = new StringBuilder(SIZE * 17);
    for (int i = 0; i < signature.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(Long.toHexString(signature[i]));
    }
    return out.toString();
  }

  /** The signature written by {@link #encode}; an empty signature when the text is not one. */
  public static long[] decode(String encoded) {
    String[] parts = encoded.split(",");
    if (parts.length != SIZE) {
      return new long[0];
    }
    long[] signature = new long[SIZE];
    try {
      for (int i = 0; i < SIZE; i++) {
        signature[i] = Long.parseUnsignedLong(parts[i].toLowerCase(Locale.ROOT), 16);
      }
    } catch (NumberFormatException e) {
      return new long[0];
    }
    return signature;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

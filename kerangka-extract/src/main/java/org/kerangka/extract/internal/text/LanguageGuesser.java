package org.kerangka.extract.internal.text;

import java.util.Arrays;
import org.kerangka.extract.Language;

/**
 * Guesses whether a text is Indonesian or English by counting common function words of each.
 *
 * <p>Words are packed into {@code long}s (5 bits per ASCII letter) and looked up in sorted arrays,
 * so the scan allocates nothing. Only the first {@value #MAX_CHARS} chars are read, and reading
 * stops early once one language leads 3:1 after {@value #DECISIVE_HITS} hits. Ties and texts
 * without stop words count as Indonesian.
 */
public final class LanguageGuesser {

  static final int MAX_CHARS = 32_768;
  private static final int MAX_WORD = 12;

  /** Stop-word hits after which a 3:1 lead decides without reading further. */
  private static final int DECISIVE_HITS = 40;

  private static final long[] INDONESIAN =
      pack(
          "yang",
          "dan",
          "di",
          "dengan",
          "untuk",
          "itu",
          "ini",
          "dalam",
          "pada",
          "tidak",
          "akan",
          "kerja",
          "sama",
          "dari",
          "ke",
          "juga",
          "oleh",
          "adalah",
          "karena",
          "sebagai",
          "telah",
          "sudah",
          "bahwa",
          "atau",
          "tersebut",
          "kata",
          "ujar",
          "para",
          "bagi",
          "secara",
          "lebih",
          "saat",
          "hingga",
          "serta",
          "kami",
          "kita",
          "mereka",
          "ia",
          "dia",
          "menjadi",
          "antara",
          "tahun",
          "masih",
          "bisa",
          "dapat",
          "ada",
          "namun",
          "tetapi",
          "setelah",
          "seperti",
          "pihak",
          "kedua",
          "melalui",
          "terhadap",
          "sejak",
          "jika",
          "agar",
          "saja",
          "yakni",
          "yaitu",
          "belum",
          "harus",
          "baru",
          "sebuah",
          "salah",
          "satu",
          "nota",
          "kesepahaman",
          "kerjasama",
          "sekitar",
          "mengatakan",
          "tersebut",
          "selain",
          "sementara",
          "ujarnya",
          "katanya",
          "ketika",
          "kepada",
          "bersama",
          "banyak",
          "kemudian",
          "tak");

  private static final long[] ENGLISH =
      pack(
          "the",
          "and",
          "of",
          "to",
          "in",
          "on",
          "with",
          "for",
          "said",
          "was",
          "is",
          "that",
          "by",
          "at",
          "as",
          "from",
          "it",
          "its",
          "an",
          "are",
          "be",
          "has",
          "have",
          "had",
          "were",
          "will",
          "which",
          "this",
          "their",
          "would",
          "after",
          "also",
          "but",
          "not",
          "who",
          "been",
          "than",
          "they",
          "more",
          "about",
          "into",
          "over",
          "between",
          "signed",
          "agreement",
          "we",
          "he",
          "she",
          "our",
          "year",
          "could",
          "there",
          "these",
          "such",
          "other",
          "told",
          "while");

  public Language guess(CharSequence text) {
    int n = Math.min(text.length(), MAX_CHARS);
    int indonesian = 0;
    int english = 0;
    long key = 0;
    int letters = 0;
    boolean packable = true;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c | 0x20);
      }
      if (c >= 'a' && c <= 'z') {
        if (letters < MAX_WORD) {
          key = (key << 5) | (c - 'a' + 1);
        } else {
          packable = false;
        }
        letters++;
      } else if (Character.isLetterOrDigit(c)) {
        packable = false;
        letters++;
      } else {
        if (letters > 0 && packable) {
          if (Arrays.binarySearch(INDONESIAN, key) >= 0) {
            indonesian++;
          } else if (Arrays.binarySearch(ENGLISH, key) >= 0) {
            english++;
          }
          if (indonesian + english >= DECISIVE_HITS
              && (indonesian >= 3 * english || english >= 3 * indonesian)) {
            break;
          }
        }
        key = 0;
        letters = 0;
        packable = true;
      }
    }
    return english > indonesian ? Language.EN : Language.ID;
  }

  private static long[] pack(String... words) {
    long[] keys = new long[words.length];
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.length() > MAX_WORD) {
        throw new IllegalArgumentException("stop word longer than " + MAX_WORD + ": " + word);
      }
      long key = 0;
      for (int i = 0; i < word.length(); i++) {
        key = (key << 5) | (word.charAt(i) - 'a' + 1);
      }
      keys[w] = key;
    }
    Arrays.sort(keys);
    return keys;
  }
}

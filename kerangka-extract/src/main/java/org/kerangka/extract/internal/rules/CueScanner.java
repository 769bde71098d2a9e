package org.kerangka.extract.internal.rules;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A fast first pass: an article can report an agreement only if it contains a signing or instrument
 * cue. Most general news has none and is skipped after one Aho–Corasick scan. Indonesian stems
 * match inside words (ditandatangani, meneken); short English words and acronyms only as whole
 * words, so "impact", "design" or "mount" do not count.
 */
final class CueScanner {
  /**
   * Stems that may carry Indonesian affixes. The prefix meN- drops the initial t, so
   * "menandatangani" holds "andatangan" and "meneken" does not hold "teken".
   */
  static final String[] STEMS = {"andatangan", "teken", "meneken", "kesepahaman", "memorandum"};

  /** Whole words only. */
  static final String[] WORDS = {
    "mou",
    "moc",
    "hoa",
    "loi",
    "perjanjian",
    "kontrak",
    "protokol",
    "protocol",
    "signed",
    "sign",
    "signing",
    "signs",
    "inked",
    "inks",
    "ink",
    "agreement",
    "agreements",
    "contract",
    "contracts",
    "pact",
    "letter of intent",
    "deklarasi",
    "declaration"
  };

  private final AhoCorasickDoubleArrayTrie<Boolean> trie = new AhoCorasickDoubleArrayTrie<>();

  CueScanner() {
    TreeMap<String, Boolean> map = new TreeMap<>();
    for (String c : STEMS) {
      map.put(c, Boolean.FALSE);
    }
    for (String c : WORDS) {
      map.put(c, Boolean.TRUE);
    }
    trie.build(map);
  }

  boolean mayReportAgreement(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean[] found = new boolean[1];
    trie.parseText(
        lower,
        (begin, end, wholeWord) -> {
          if (!wholeWord || boundary(lower, begin - 1) && boundary(lower, end)) {
            found[0] = true;
            return false;
          }
          return true;
        });
    return found[0];
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }
}

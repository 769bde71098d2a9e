package org.kerangka.app.cli;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A bare Aho–Corasick scan for signing cue words over lower-cased text: the floor the extractor's
 * throughput is compared with. Substring matches, no word boundaries. Immutable, thread-safe.
 */
final class CueScanner {
  static final List<String> CUES =
      List.of(
          "ditandatangani",
          "menandatangani",
          "meneken",
          "diteken",
          "teken",
          "tandatangan",
          "penandatanganan",
          "nota kesepahaman",
          "memorandum of understanding",
          "mou",
          "perjanjian kerja sama",
          "pks",
          "letter of intent",
          "loi",
          "signed",
          "sign",
          "inked",
          "agreement",
          "memorandum",
          "kesepakatan",
          "kontrak",
          "contract");

  private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

  CueScanner() {
    TreeMap<String, String> keywords = new TreeMap<>();
    for (String cue : CUES) {
      keywords.put(cue, cue);
    }
    trie.build(keywords);
  }

  /** How many cue words occur in {@code text} (lower-cased first, as part of the scan). */
  int count(String text) {
    Counter counter = new Counter();
    trie.parseText(text.toLowerCase(Locale.ROOT), counter);
    return counter.hits;
  }

  private static final class Counter implements AhoCorasickDoubleArrayTrie.IHit<String> {
    int hits;

    @Override
    public void hit(int begin, int end, String value) {
      hits++;
    }
  }
}

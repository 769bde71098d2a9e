package org.kerangka.extract.internal.rules;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A fast first pass: an article can report an agreement only if it contains a signing or instrument
 * cue word. Most general news has none and is skipped after one Aho–Corasick scan.
 */
final class CueScanner {
  static final List<String> CUES =
      List.of(
          "tandatangan",
          "teken",
          "nota kesepahaman",
          "memorandum",
          "mou",
          "perjanjian",
          "loi",
          "letter of intent",
          "protokol",
          "protocol",
          "signed",
          "sign ",
          "signing",
          "inked",
          "inks",
          "agreement",
          "contract",
          "kontrak",
          "pks",
          "pact",
          "declaration",
          "deal");

  private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

  CueScanner() {
    TreeMap<String, String> map = new TreeMap<>();
    for (String c : CUES) {
      map.put(c, c);
    }
    trie.build(map);
  }

  boolean mayReportAgreement(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return trie.findFirst(lower) != null;
  }
}

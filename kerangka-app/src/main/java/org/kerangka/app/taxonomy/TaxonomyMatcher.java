package org.kerangka.app.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the taxonomy code that a free-text label from an article stands for, such as {@code
 * "industri fotovoltaik surya"}, {@code "solar energy"} or {@code "industri baja"}.
 *
 * <p>Labels and names are lower-cased, split into words, stripped of stop-words (function words and
 * words every industrial area shares, such as <i>industri</i>, <i>industry</i>, <i>sektor</i>) and
 * of English plural endings. A label word matches a name word when they are equal, or, for words of
 * five letters or more, when one contains the other (<i>kapal</i> in <i>perkapalan</i>), which
 * counts {@value #PARTIAL_WEIGHT} of a full match. Each entry scores the Dice coefficient of the
 * label against its Indonesian and its English name, whichever is higher; the best entry wins if it
 * scores at least {@value #MIN_SCORE}, the earlier entry on a tie.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaxonomyMatcher {

  /** The lowest score that still counts as a match: half the words in common. */
  static final double MIN_SCORE = 0.5;

  /** What a word containing the other (rather than equal to it) counts for. */
  static final double PARTIAL_WEIGHT = 0.8;

  private static final int MIN_PARTIAL_LENGTH = 5;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Set<String> STOP_WORDS =
      Set.of(
          // Indonesian
          "dan",
          "di",
          "ke",
          "dari",
          "yang",
          "untuk",
          "dengan",
          "serta",
          "atau",
          "pada",
          "dalam",
          "antara",
          "bagi",
          "oleh",
          "para",
          "bidang",
          "sektor",
          "kerja",
          "sama",
          "industri",
          "perindustrian",
          "lain",
          "lainnya",
          // English
          "the",
          "and",
          "of",
          "for",
          "in",
          "on",
          "with",
          "to",
          "a",
          "an",
          "between",
          "field",
          "sector",
          "industry",
          "industrial",
          "cooperation",
          "other");

  private final List<Candidate> candidates;

  /**
   * @param entries the taxonomy rows, in the order that breaks ties
   * @throws IllegalArgumentException when a code occurs twice
   */
  public TaxonomyMatcher(List<TaxonomyEntry> entries) {
    List<Candidate> list = new ArrayList<>(entries.size());
    Set<String> codes = new HashSet<>();
    for (TaxonomyEntry entry : entries) {
      if (!codes.add(entry.code())) {
        throw new IllegalArgumentException("entries: duplicate code " + entry.code());
      }
      list.add(new Candidate(entry.code(), words(entry.nameId()), words(entry.nameEn())));
    }
    this.candidates = List.copyOf(list);
  }

  /** The code of the entry that best matches {@code label}, or empty when none is close enough. */
  public Optional<String> match(String label) {
    Set<String> words = words(label);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String best = null;
    double bestScore = 0;
    for (Candidate candidate : candidates) {
      double score = Math.max(dice(words, candidate.nameId()), dice(words, candidate.nameEn()));
      if (score > bestScore) {
        best = candidate.code();
        bestScore = score;
      }
    }
    return bestScore >= MIN_SCORE ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The content words of a text: normalised, without stop-words, in order of appearance. */
  static Set<String> words(String text) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (String token : NON_WORD.split(plain)) {
      String word = singular(token);
      if (!word.isEmpty() && !STOP_WORDS.contains(word) && !STOP_WORDS.contains(token)) {
        words.add(word);
      }
    }
    return words;
  }

  /** Strips English plural endings: batteries, estates, components. */
  private static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static double dice(Set<String> label, Set<String> name) {
    if (name.isEmpty()) {
      return 0;
    }
    double matched = 0;
    for (String word : label) {
      matched += similarity(word, name);
    }
    return 2 * matched / (label.size() + name.size());
  }

  private static double similarity(String word, Set<String> name) {
    if (name.contains(word)) {
      return 1;
    }
    for (String other : name) {
      if (Math.min(word.length(), other.length()) >= MIN_PARTIAL_LENGTH
          && (word.contains(other) || other.contains(word))) {
        return PARTIAL_WEIGHT;
      }
    }
    return 0;
  }

  private record Candidate(String code, Set<String> nameId, Set<String> nameEn) {}
}

package org.kerangka.app.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How text is analysed: each searchable field is indexed three times, stemmed for Indonesian,
 * stemmed for English and unstemmed, so that "perindustrian" finds "industri", "agreements" finds
 * "agreement" and a word the stemmers mangle is still found as typed.
 */
final class Analysis {
  /** Logical fields: what is shown as the title, the rest of the record, and country names. */
  static final String TITLE = "title";

  static final String BODY = "body";
  static final String COUNTRIES = "countries";
  static final List<String> FIELDS = List.of(TITLE, BODY, COUNTRIES);

  /** Suffixes of the analysed variants of each logical field, unstemmed first. */
  static final List<String> VARIANTS = List.of("_std", "_id", "_en");

  /**
   * Words the Indonesian stemmer gets wrong ("kerjasama" to "rjasama", "menandatangani" to
   * "andatangan") or that should only match themselves.
   */
  static final CharArraySet INDONESIAN_STEM_EXCLUSIONS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "kerjasama",
                  "kerja",
                  "sama",
                  "bekerjasama",
                  "menandatangani",
                  "penandatanganan",
                  "ditandatangani",
                  "tandatangan",
                  "fotovoltaik",
                  "tiongkok",
                  "korea"),
              true));

  private static final int ITEM_GAP = 100;

  private Analysis() {}

  static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    Analyzer indonesian =
        new IndonesianAnalyzer(IndonesianAnalyzer.getDefaultStopSet(), INDONESIAN_STEM_EXCLUSIONS);
    Analyzer english = new EnglishAnalyzer();
    for (String field : FIELDS) {
      perField.put(field + "_std", standard);
      perField.put(field + "_id", indonesian);
      perField.put(field + "_en", english);
    }
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return perField.getOrDefault(fieldName, standard);
      }

      /** Items of a field (names, areas) are values of their own: no phrase spans two. */
      @Override
      public int getPositionIncrementGap(String fieldName) {
        return ITEM_GAP;
      }
    };
  }

  /** Title words count most, country names least (they are shared by many records). */
  static Map<String, Float> boosts() {
    Map<String, Float> boosts = new HashMap<>();
    for (String variant : VARIANTS) {
      boosts.put(TITLE + variant, 3f);
      boosts.put(BODY + variant, 1f);
      boosts.put(COUNTRIES + variant, 0.5f);
    }
    return boosts;
  }

  static String[] analysedFields() {
    return FIELDS.stream().flatMap(f -> VARIANTS.stream().map(v -> f + v)).toArray(String[]::new);
  }
}

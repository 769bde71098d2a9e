package org.kerangka.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTests {
  private final Analyzer analyzer = Analysis.analyzer();

  private List<String> terms(String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void indonesianStemmerLeavesTheWordsItWouldMangleAlone() throws IOException {
    assertThat(terms("body_id", "kerjasama menandatangani fotovoltaik"))
        .containsExactly("kerjasama", "menandatangani", "fotovoltaik");
  }

  @Test
  void indonesianStemmerStillReducesOtherWords() throws IOException {
    assertThat(terms("body_id", "perindustrian")).containsExactly("industri");
  }

  @Test
  void englishStemmerReducesPlurals() throws IOException {
    assertThat(terms("body_en", "agreements industries")).containsExactly("agreement", "industri");
  }

  @Test
  void unstemmedFieldKeepsWordsAsWritten() throws IOException {
    assertThat(terms("body_std", "Kerjasama dan Perindustrian"))
        .containsExactly("kerjasama", "dan", "perindustrian");
  }
}

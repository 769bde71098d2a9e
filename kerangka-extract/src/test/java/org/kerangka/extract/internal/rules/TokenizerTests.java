package org.kerangka.extract.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTests {

  private static List<Tok> tokenize(String s) {
    return Tokenizer.tokenize(s, 0, s.length());
  }

  private static List<String> texts(String s) {
    return tokenize(s).stream().map(Tok::text).toList();
  }

  @Test
  void keepsDottedInitialsTogether() {
    List<Tok> t = tokenize("Menteri R.K. Singh hadir.");

    assertThat(t).extracting(Tok::text).containsExactly("Menteri", "R.K.", "Singh", "hadir", ".");
    assertThat(t.get(1).isWord()).isTrue();
    assertThat(t.get(1).initial()).isTrue();
  }

  @Test
  void keepsCountryInitialsTogether() {
    assertThat(texts("the U.S. side")).containsExactly("the", "U.S.", "side");
  }

  @Test
  void keepsInnerHyphensAndApostrophesInWords() {
    assertThat(texts("Menteri Al-Falih dan Ahn Hyun-soo di KTT ke-43"))
        .containsExactly("Menteri", "Al-Falih", "dan", "Ahn", "Hyun-soo", "di", "KTT", "ke-43");
  }

  @Test
  void splitsThePossessiveIntoItsOwnToken() {
    List<Tok> t = tokenize("India's Ministry");

    assertThat(t).extracting(Tok::text).containsExactly("India", "'s", "Ministry");
    assertThat(t.get(1).isPunct()).isTrue();
  }

  @Test
  void keepsTheDotOfKnownAbbreviations() {
    assertThat(texts("Hyundai Motor Co., Ltd. and Sime Darby Bhd."))
        .containsExactly("Hyundai", "Motor", "Co.", ",", "Ltd.", "and", "Sime", "Darby", "Bhd.");
  }

  @Test
  void leavesTheFullStopOfOrdinaryWordsAsPunctuation() {
    assertThat(texts("kerja sama itu.")).containsExactly("kerja", "sama", "itu", ".");
  }

  @Test
  void readsIndonesianDecimalNumbersAsOneNumber() {
    List<Tok> t = tokenize("senilai Rp 1.418,9 triliun");

    assertThat(t).extracting(Tok::text).containsExactly("senilai", "Rp", "1.418,9", "triliun");
    assertThat(t.get(2).kind()).isEqualTo(Tok.NUMBER);
  }

  @Test
  void endsANumberAtATrailingFullStop() {
    assertThat(texts("pada 2023.")).containsExactly("pada", "2023", ".");
  }

  @Test
  void offsetsIndexTheGivenTextAndRespectTheSpan() {
    String s = "xx PT Bio Farma yy";
    List<Tok> t = Tokenizer.tokenize(s, 3, 15);

    assertThat(t).extracting(Tok::text).containsExactly("PT", "Bio", "Farma");
    for (Tok x : t) {
      assertThat(s.substring(x.start(), x.end())).isEqualTo(x.text());
    }
  }

  @Test
  void keepsTheTextAsWrittenAndALowerCasedForm() {
    Tok t = tokenize("MoU").get(0);

    assertThat(t.text()).isEqualTo("MoU");
    assertThat(t.lower()).isEqualTo("mou");
    assertThat(t.is("mou")).isTrue();
    assertThat(t.cap()).isTrue();
  }

  @Test
  void recognisesAcronymsButNotCapitalisedWords() {
    List<Tok> t = tokenize("BNI Pertamina KESDM Kemenperin");

    assertThat(t).extracting(Tok::acronym).containsExactly(true, false, true, false);
  }

  @Test
  void returnsNoTokensForBlankText() {
    assertThat(tokenize(" \n\t ")).isEmpty();
  }
}

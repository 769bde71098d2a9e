package org.kerangka.extract.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.Language;

class LanguageGuesserTests {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void recognisesIndonesianNews() {
    assertThat(guesser.guess(Corpus.read("seed-000"))).isEqualTo(Language.ID);
    assertThat(
            guesser.guess(
                "Zulkifli menilai aturan yang dikeluarkan pemerintah seharusnya tidak hanya"
                    + " membahas tarif ."))
        .isEqualTo(Language.ID);
  }

  @Test
  void recognisesEnglishNews() {
    assertThat(
            guesser.guess(
                "Indonesia and Japan signed a memorandum of understanding on Tuesday to develop"
                    + " low-carbon industry, the ministry said."))
        .isEqualTo(Language.EN);
  }

  @Test
  void agreesWithTheLanguageOfEveryDevArticle() {
    for (Map.Entry<String, Language> article : Corpus.devLanguages().entrySet()) {
      assertThat(guesser.guess(Corpus.read(article.getKey())))
          .as(article.getKey())
          .isEqualTo(article.getValue());
    }
  }

  @Test
  void englishNamesInIndonesianTextDoNotTipTheBalance() {
    assertThat(
            guesser.guess(
                "Kemenperin dan Ministry of Economy, Trade and Industry (METI) menandatangani nota"
                    + " kesepahaman untuk kerja sama di bidang industri."))
        .isEqualTo(Language.ID);
  }

  @Test
  void defaultsToIndonesianWithoutStopWords() {
    assertThat(guesser.guess("")).isEqualTo(Language.ID);
    assertThat(guesser.guess("MoU 2024 PT ABC")).isEqualTo(Language.ID);
  }

  @Test
  void survivesHostileInput() {
    for (String hostile : Corpus.hostile()) {
      assertThat(guesser.guess(hostile)).isNotNull();
    }
  }
}

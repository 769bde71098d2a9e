package org.kerangka.app.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTests {
  private static final String TEXT =
      "Kementerian Perindustrian dan Kementerian Perindustrian dan Teknologi Informasi Republik"
          + " Rakyat Tiongkok menandatangani nota kesepahaman kerja sama industri di Istana Negara"
          + " pada Jumat, disaksikan Presiden, untuk lima tahun dan dapat diperpanjang, meliputi"
          + " industri fotovoltaik surya, komponen elektronik dan industri perkapalan.";

  @Test
  void aSyndicatedCopyWithAnotherHeadlineIsSimilarAnotherStoryIsNot() {
    long[] original = MinHash.signature(TEXT);
    long[] copy = MinHash.signature("Menperin teken MoU dengan RRT. " + TEXT + " (ant/red)");
    long[] other =
        MinHash.signature(
            "Tim nasional sepak bola Indonesia menang dua gol tanpa balas atas Vietnam dalam"
                + " laga persahabatan di Stadion Gelora Bung Karno pada Jumat malam.");
    assertThat(MinHash.similarity(original, copy)).isGreaterThan(0.6);
    assertThat(MinHash.similarity(original, other)).isLessThan(0.2);
  }

  @Test
  void encodesAndDecodes() {
    long[] signature = MinHash.signature(TEXT);
    assertThat(MinHash.decode(MinHash.encode(signature))).isEqualTo(signature);
    assertThat(MinHash.decode("not,a,signature")).isEmpty();
  }
}

package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueScannerTests {

  private final CueScanner scanner = new CueScanner();

  @Test
  void countsCueWordsInAnyCase() {
    assertThat(scanner.count("Kemenperin MENEKEN Nota Kesepahaman")).isEqualTo(2);
  }

  @Test
  void countsOverlappingSubstringsBecauseTheScanIsBare() {
    assertThat(scanner.count("ditandatangani")).isEqualTo(2);
  }

  @Test
  void textWithoutCuesHasNoHits() {
    assertThat(scanner.count("Timnas menang dua gol tanpa balas.")).isZero();
  }
}

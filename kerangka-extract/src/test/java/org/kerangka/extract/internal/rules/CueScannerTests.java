package org.kerangka.extract.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueScannerTests {

  private final CueScanner cues = new CueScanner();

  @Test
  void passesIndonesianSigningNews() {
    assertThat(cues.mayReportAgreement("Kedua pihak meneken nota kesepahaman.")).isTrue();
    assertThat(cues.mayReportAgreement("PKS itu ditandatangani kemarin.")).isTrue();
  }

  @Test
  void passesEnglishSigningNewsInAnyCase() {
    assertThat(cues.mayReportAgreement("PERTAMINA INKS DEAL WITH INPEX")).isTrue();
    assertThat(cues.mayReportAgreement("The firms signed a Letter of Intent.")).isTrue();
  }

  @Test
  void skipsGeneralNews() {
    assertThat(cues.mayReportAgreement("Harga cabai rawit mulai turun menjelang Ramadan."))
        .isFalse();
    assertThat(cues.mayReportAgreement("")).isFalse();
  }
}

package org.kerangka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AgreementExtractorFuzzTests {

  private static final AgreementExtractor EXTRACTOR = AgreementExtractor.create();

  @FuzzTest(maxDuration = "120s")
  void extractsAnyTextWithEvidenceInsideIt(FuzzedDataProvider data) {
    LocalDate published =
        data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(-36_500, 73_000)) : null;
    String text = data.consumeRemainingAsString();

    ExtractionResult result = EXTRACTOR.extract(new Article("fuzz", text, null, published, null));

    assertEvidenceInside(result, text);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void extractsTenMegabytesOfAdversarialText() {
    String unit =
        "Kemenperin dan METI (Ministry of Economy, Trade and Industry/METI) resmi menandatangani"
            + " nota kesepahaman (MoU) \"kerja sama ((((industri [[[\"'rendah' karbon\"))))\","
            + " Jumat (8/9), Kamis pekan lalu, kemarin, on Tuesday, 5-7 September 2023, 31/2/2024,"
            + " senilai Rp5.000,00 US$ 1,5 miliar $1.65 million 1.2.3.4.5,6,7 12345678901234567890"
            + " signed an agreement ditandatangani oleh Menteri (((( \"\"\" )))) 0812-3456-7890.\n";
    StringBuilder sb = new StringBuilder(10_000_000 + unit.length());
    while (sb.length() < 10_000_000) {
      sb.append(unit);
    }
    sb.append("((((((((((".repeat(50_000)).append("\"".repeat(50_000)).append("9".repeat(100_000));
    String text = sb.toString();

    ExtractionResult result =
        EXTRACTOR.extract(new Article("big", text, null, LocalDate.of(2024, 3, 5), null));

    assertThat(result.id()).isEqualTo("big");
    assertEvidenceInside(result, text);
  }

  private static void assertEvidenceInside(ExtractionResult result, String text) {
    for (AgreementRecord record : result.agreements()) {
      for (Evidence e : record.evidence()) {
        assertThat(e.start()).isBetween(0, text.length());
        assertThat(e.end()).isBetween(e.start(), text.length());
      }
    }
  }
}
